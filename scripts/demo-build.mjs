// The kit files the demo loads, built in memory by `npm start` from rollup.config.mjs: the demo
// never reads dist/, so `npm test` and `npm run build` can wipe and rebuild dist/ while the demo
// runs. Only the CDN files the demo pages load are built (the whole npm build is eleven more
// bundles, declarations and custom-elements.json), and the build says how far it is.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

/** The kit with Lit's hydration support first, for the server-rendered page. */
export const HYDRATING_FILE = 'cdn/customer-area-kit-hydrate.js';
const HYDRATING = HYDRATING_FILE;
const HYDRATING_ENTRY = '\0cak-demo-hydrate';

/**
 * customer-area-kit.js's rollup config, its entry first loading Lit's hydration support, and its
 * html`` templates as written: hydration checks each template against the server's by a digest
 * of its strings, and the server renders the sources (minified templates would not match).
 */
function hydratingConfig(configs) {
  const base = configs.find((c) => c.output?.file === 'dist/cdn/customer-area-kit.js');
  const all = fileURLToPath(new URL('../src/all.ts', import.meta.url));
  const entry = {
    name: 'demo-hydrate-entry',
    resolveId: (id) => (id === HYDRATING_ENTRY ? id : null),
    load: (id) =>
      id === HYDRATING_ENTRY
        ? `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport ${JSON.stringify(all)};`
        : null,
  };
  return {
    ...base,
    input: HYDRATING_ENTRY,
    plugins: [entry, ...base.plugins.filter((plugin) => plugin.name !== 'minify-html-literals')],
    output: { ...base.output, file: `dist/${HYDRATING}` },
  };
}

/** The URL paths (under /dist/) the demo pages load, and the rollup output that makes each. */
export const DEMO_FILES = [
  'cdn/customer-area-kit.js',
  'cdn/testing.js',
  // The server-rendered Area Clienti (scripts/demo-ssr.mjs): the kit with Lit's hydration
  // support loaded first, built like customer-area-kit.js.
  HYDRATING,
];

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** A rollup plugin that only counts: modules read, then the phase the bundle is in. */
function progress(state) {
  return {
    name: 'demo-progress',
    moduleParsed() {
      // The TypeScript plugin type-checks the sources before the first module comes out.
      state.phase = 'reading modules';
      state.modules += 1;
    },
    buildEnd() {
      state.phase = 'bundling';
    },
    renderStart() {
      state.phase = 'minifying';
    },
  };
}

/**
 * Builds DEMO_FILES in memory, one after the other, writing progress lines with `log` (a line
 * when each bundle starts and ends, and one every `tickMs` while a bundle takes long; the
 * TypeScript compiler holds the event loop while it type-checks, so a tick can come late).
 * Resolves a Map from `cdn/<file>` (and its `.map`) to the file's contents.
 *
 * @param {{ log: (line: string) => void, tickMs?: number }} options
 * @returns {Promise<Map<string, string | Uint8Array>>}
 */
export async function buildDemoKit({ log, tickMs = 5000 }) {
  const { default: configs } = await import('../rollup.config.mjs');
  const files = new Map();
  const started = performance.now();
  const total = DEMO_FILES.length;
  for (const [index, path] of DEMO_FILES.entries()) {
    const config =
      path === HYDRATING
        ? hydratingConfig(configs)
        : configs.find((candidate) => candidate.output?.file === `dist/${path}`);
    if (!config) throw new Error(`rollup.config.mjs has no output dist/${path}`);
    const name = path.split('/').pop();
    const step = `[${index + 1}/${total}] ${name}`;
    const state = { modules: 0, phase: 'compiling TypeScript' };
    const bundleStarted = performance.now();
    log(`${step}: compiling TypeScript, bundling, minifying…`);
    const ticker = setInterval(
      () =>
        log(`${step}: ${state.phase}, ${state.modules} modules read (${seconds(bundleStarted)})`),
      tickMs,
    );
    try {
      const bundle = await rollup({ ...config, plugins: [progress(state), ...config.plugins] });
      const { output } = await bundle.generate(config.output);
      await bundle.close();
      for (const chunk of output) {
        files.set(`cdn/${chunk.fileName}`, chunk.type === 'chunk' ? chunk.code : chunk.source);
      }
    } finally {
      clearInterval(ticker);
    }
    log(`${step}: done, ${state.modules} modules in ${seconds(bundleStarted)}`);
  }
  log(`The demo's kit is built (${seconds(started)}).`);
  return files;
}
