// `npm run bench`: times <party-switch> with 10 000 and 100 000 parties in headless Chromium,
// from real input (clicks and keys through CDP) to the paint of the frame holding the last DOM
// change it caused, as the side-by-side benchmark in the shared folder does (see
// bench/party-switch.bench.ts). A benchmark, not a test: it prints medians, p90 and the targets,
// and always exits 0. CAK_BENCH_DEBUG=1 prints when each keystroke changed what.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import typescript from '@rollup/plugin-typescript';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from './browsers.mjs';

const OPENS = 7;
const QUERY = 'roma';
const CYCLES = 3;
// Two frames at 60 Hz: the keystroke budget at 100 000 (the issue's), and the same at 10 000.
const SIZES = [
  { count: 10_000, target: 33 },
  { count: 100_000, target: 33 },
];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = new URL('..', import.meta.url);
const keystrokes = (cycles) => cycles * QUERY.length * 2;
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p90 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

function benchTsconfig(dir) {
  const here = new URL('.', root).pathname;
  const file = join(dir, 'tsconfig.bench.json');
  writeFileSync(
    file,
    JSON.stringify({
      extends: join(here, 'tsconfig.json'),
      compilerOptions: { rootDir: here },
      include: [join(here, 'src/**/*.ts'), join(here, 'bench/**/*.ts')],
    }),
  );
  return file;
}

async function bundle(dir) {
  const build = await rollup({
    input: new URL('bench/party-switch.bench.ts', root).pathname,
    plugins: [
      replace({ preventAssignment: true, values: { __CAK_VERSION__: JSON.stringify(version) } }),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        // The repo's tsconfig, extended (in the temp dir) to take in bench/ besides src/.
        tsconfig: benchTsconfig(dir),
        filterRoot: new URL('.', root).pathname,
        declaration: false,
        declarationMap: false,
        sourceMap: false,
        outDir: dir,
        noEmitOnError: false,
      }),
    ],
    onwarn: (warning, warn) => {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  await build.write({ dir, format: 'es', entryFileNames: 'bench.js' });
  await build.close();
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="it"><meta charset="utf-8"><title>party-switch bench</title>' +
      '<body><script type="module" src="./bench.js"></script></body></html>',
  );
}

function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const file = path === '/' ? 'index.html' : path.slice(1);
    try {
      const body = readFileSync(join(dir, file));
      const type = file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'cak-bench-'));
  let server;
  let browser;
  try {
    process.stdout.write('Bundling the bench page… ');
    await bundle(dir);
    console.log('done.');
    server = await serve(dir);
    const { port } = server.address();
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('pageerror', (error) => console.error('page error:', error));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.bench !== undefined);

    const rows = [];
    for (const { count, target } of SIZES) {
      const setup = await page.evaluate((n) => window.bench.setup(n), count);
      const button = async () =>
        page.evaluateHandle(() =>
          document.querySelector('party-switch').shadowRoot.querySelector('[part="button"]'),
        );
      const opens = [];
      for (let i = 0; i < OPENS; i++) {
        await page.evaluate(() => window.bench.reset());
        await page.evaluate(() => window.bench.armOpen());
        await (await button()).click();
        opens.push(await page.evaluate(() => window.bench.openResult()));
      }
      const heap = await page.evaluate(() => window.bench.heap());
      const keys = [];
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        for (const key of [...QUERY, ...[...QUERY].map(() => 'Backspace')]) {
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
          await page.evaluate(() => window.bench.armKey());
          await page.keyboard.press(key);
          const result = await page.evaluate(() => window.bench.keyResult());
          keys.push(result.ms);
          if (process.env.CAK_BENCH_DEBUG) {
            console.log(`  ${count} ${key}: ${ms(result.ms)} (${result.results} results)`);
            for (const change of result.changes) console.log(`      +${change}`);
          }
        }
      }
      rows.push({ count, target, setup, opens, keys, heap });
    }

    console.log(
      `\n<party-switch>: ${OPENS} opens, ${keystrokes(CYCLES)} keystrokes per size ("${QUERY}" typed and erased ${CYCLES} times)`,
    );
    console.log('from the click / keydown to the paint of the frame holding the last DOM change\n');
    console.log(
      'parties  | set parties | open median | keystroke median | keystroke p90 | heap    | target | verdict',
    );
    console.log(
      '---------|-------------|-------------|------------------|---------------|---------|--------|--------',
    );
    for (const row of rows) {
      const key = median(row.keys);
      const verdict = key <= row.target ? 'OK' : 'OVER';
      console.log(
        `${row.count.toLocaleString('en').padEnd(8)} | ${ms(row.setup).padStart(11)} | ` +
          `${ms(median(row.opens)).padStart(11)} | ${ms(key).padStart(16)} | ` +
          `${ms(p90(row.keys)).padStart(13)} | ${`${row.heap?.toFixed(1) ?? '?'} MB`.padStart(7)} | ` +
          `${`≤ ${row.target}`.padStart(6)} | ${verdict}`,
      );
    }
    console.log(
      '\nAbsolute figures move with the machine; compare with mui-italia in the shared side-by-side benchmark.',
    );
  } catch (error) {
    console.error('bench failed:', error);
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
