#!/usr/bin/env node
// Compiles the host fixtures of test/hosts/ against the package as npm publishes it: `npm pack`,
// the tarball unpacked into a temporary host's node_modules beside the dependencies already
// installed here (offline; nothing is downloaded), then `tsc` (strict TS host, React 19 host) or
// `vue-tsc` (Vue 3 host). A fixture's `@ts-expect-error` / `@vue-expect-error` lines must fail:
// an expectation that no longer fails is an error too. Then runs each host as a page, built from
// that tarball, and pays its order in headless Chromium: Paga → Pagato (host-pages.mjs).
// Also checks that every README snippet marked `<!-- compiled: test/hosts/... -->` is part of
// that fixture, word for word.
//   node scripts/check-hosts.mjs [readme] [strict] [react] [vue]   (all of them by default)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildHost, launchChromium, payInHost } from './host-pages.mjs';

const HOSTS = {
  strict: { compiler: 'typescript/bin/tsc', deps: ['lit', '@lit', '@paypal', 'typescript'] },
  react: {
    compiler: 'typescript/bin/tsc',
    deps: ['lit', '@lit', '@paypal', 'typescript', 'react', 'react-dom', '@types', 'csstype'],
  },
  vue: {
    compiler: 'vue-tsc/bin/vue-tsc.js',
    deps: [
      'lit',
      '@lit',
      '@paypal',
      'typescript',
      'vue',
      '@vue',
      'vite',
      '@vitejs',
      '@types',
      'csstype',
    ],
  },
};
const asked = process.argv.slice(2);
const wanted = asked.length ? asked.filter((name) => name in HOSTS) : Object.keys(HOSTS);
const root = resolve('.');
const modules = join(root, 'node_modules');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

let failures = 0;

// README snippets that claim a fixture must be in it.
if (!asked.length || asked.includes('readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const snippets = [
    ...readme.matchAll(/<!-- compiled: (test\/hosts\/[^ ]+) -->\s*```\w*\n([\s\S]*?)```/g),
  ];
  for (const [, fixture, snippet] of snippets) {
    if (!readFileSync(fixture, 'utf8').includes(snippet.trim())) {
      console.error(`✗ README: a snippet marked ${fixture} is not in it`);
      failures += 1;
    }
  }
  // Files of the package the README names (VS Code's custom data...) are shipped.
  for (const [path] of readme.matchAll(/(?<=node_modules\/customer-area-kit\/)dist\/[\w./-]+/g))
    if (!existsSync(path)) {
      console.error(`✗ README: ${path} is not built`);
      failures += 1;
    }
  if (snippets.length === 0) {
    console.error('✗ README: no snippet is marked <!-- compiled: test/hosts/... -->');
    failures += 1;
  } else console.log(`✓ README: ${snippets.length} host snippets are in the compiled fixtures`);
}

const work = mkdtempSync(join(tmpdir(), 'cak-hosts-'));
try {
  if (wanted.length) await packCompileAndRun();
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failures ? 1 : 0;

async function packCompileAndRun() {
  const pack = run('npm', ['pack', '--silent', '--pack-destination', work]);
  const tarball = pack.output.trim().split('\n').at(-1);
  if (!pack.ok || !tarball) throw new Error(`npm pack failed:\n${pack.output}`);
  /** Chromium, launched for the first host that compiles. */
  let browser;
  try {
    for (const name of wanted) {
      const dir = join(work, name);
      if (!compile(name, join(work, tarball), dir)) continue;
      try {
        const building = performance.now();
        await buildHost(name, dir, modules);
        const built = Math.round((performance.now() - building) / 1000);
        browser ??= await launchChromium();
        const { seconds, paths } = await payInHost(browser, name, dir);
        console.log(
          `✓ ${name} host pays from the npm pack tarball, Paga → Pagato, with ${paths.join(' and ')} (built in ${built} s, paid in ${seconds} s)`,
        );
      } catch (error) {
        failures += 1;
        console.error(`✗ ${name} host, Paga → Pagato:\n${error.message}`);
      }
    }
  } finally {
    await browser?.close();
  }
}

/** Unpacks the tarball into the host's node_modules and compiles the host; true when it does. */
function compile(name, tarball, dir) {
  const host = HOSTS[name];
  mkdirSync(join(dir, 'node_modules', 'customer-area-kit'), { recursive: true });
  const untar = run('tar', [
    '-xzf',
    tarball,
    '-C',
    join(dir, 'node_modules', 'customer-area-kit'),
    '--strip-components=1',
  ]);
  if (!untar.ok) throw new Error(untar.output);
  for (const dep of host.deps) symlinkSync(join(modules, dep), join(dir, 'node_modules', dep));
  cpSync(join(root, 'test', 'hosts', name), dir, { recursive: true });
  const compiled = run('node', [join(modules, host.compiler), '-p', 'tsconfig.json'], {
    cwd: dir,
  });
  if (compiled.ok) console.log(`✓ ${name} host compiles from the npm pack tarball`);
  else {
    failures += 1;
    console.error(`✗ ${name} host:\n${compiled.output}`);
  }
  return compiled.ok;
}
