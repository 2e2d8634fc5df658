// Runs every test/**/*.test.ts in Debian's Chromium and Firefox ESR (nothing is downloaded):
// puppeteer-core drives Chromium over CDP and Firefox over WebDriver BiDi.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findBrowsers } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const { chromium, firefox } = findBrowsers();
const only = process.env.CAK_BROWSERS?.split(',');

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const browsers = [];
if (chromium && (!only || only.includes('chromium'))) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromium, headless: true, args: chromiumFlags },
    }),
  );
}
if (firefox && (!only || only.includes('firefox'))) {
  browsers.push(
    chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  );
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrentBrowsers: 2,
  // Real keyboard and mouse input needs the focused tab: one test file at a time per browser.
  concurrency: 1,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      define: { __CAK_VERSION__: JSON.stringify(version) },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
