// The kit files the demo loads, built in memory by `npm start` from rollup.config.mjs: the demo
// never reads dist/, so `npm test` and `npm run build` can wipe and rebuild dist/ while the demo
// runs. Only the CDN build is made (the npm build adds the unbundled modules, declarations and
// custom-elements.json), with one more file for the server-rendered Area Clienti, and the build
// says how far it is.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

/** The kit with Lit's hydration support first, for the server-rendered page (demo-ssr.mjs). */
export const HYDRATING_FILE = 'cdn/customer-area-kit-hydrate.js';
const HYDRATING_ENTRY = '\0cak-demo-hydrate';

/** The URL paths (under /dist/) the demo pages load; the CDN build makes them and their chunks. */
export const DEMO_FILES = ['cdn/customer-area-kit.js', 'cdn/testing.js', HYDRATING_FILE];

/**
 * The CDN config made into one file whose entry loads Lit's hydration support first, its
 * html`` templates as written: hydration checks each template against the server's by a digest
 * of its strings, and the server renders the sources (minified templates would not match).
 */
function hydratingConfig(cdn) {
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
    ...cdn,
    input: HYDRATING_ENTRY,
    plugins: [entry, ...cdn.plugins.filter((plugin) => plugin.name !== 'minify-html-literals')],
    output: {
      format: 'esm',
      file: `dist/${HYDRATING_FILE}`,
      inlineDynamicImports: true,
      sourcemap: false,
    },
  };
}

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
 * Builds the CDN files (DEMO_FILES and the chunks they share) and the hydrating file in memory, writing progress lines
 * with `log` (a line when the bundle starts and ends, and one every `tickMs` while it takes long;
 * the TypeScript compiler holds the event loop while it type-checks, so a tick can come late).
 * Resolves a Map from `cdn/<file>` (and its `.map`) to the file's contents.
 *
 * @param {{ log: (line: string) => void, tickMs?: number }} options
 * @returns {Promise<Map<string, string | Uint8Array>>}
 */
export async function buildDemoKit({ log, tickMs = 5000 }) {
  const { cdn } = await import('../rollup.config.mjs');
  const files = new Map();
  const started = performance.now();
  const builds = [
    ['dist/cdn', cdn],
    [`dist/${HYDRATING_FILE}`, hydratingConfig(cdn)],
  ];
  for (const [index, [name, config]] of builds.entries()) {
    const step = `[${index + 1}/${builds.length}] ${name}`;
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
      for (const file of output) {
        files.set(`cdn/${file.fileName}`, file.type === 'chunk' ? file.code : file.source);
      }
    } finally {
      clearInterval(ticker);
    }
    log(`${step}: done, ${state.modules} modules in ${seconds(bundleStarted)}`);
  }
  log(`The demo's kit is built (${seconds(started)}).`);
  return files;
}
