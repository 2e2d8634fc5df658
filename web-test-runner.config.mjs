// Runs every test/**/*.test.ts in Debian's three engines (nothing is downloaded):
//   Chromium     – puppeteer-core over CDP;
//   Firefox ESR  – puppeteer-core over WebDriver BiDi;
//   WebKitGTK    – MiniBrowser through WebKitWebDriver under Xvfb (scripts/webkit-launcher.mjs).
// CAK_BROWSERS=chromium,webkit picks some of them.
import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { reactPlugin } from './scripts/react-plugin.mjs';
import {
  CHROMIUM_FLAGS,
  findBrowsers,
  installHint,
  missingEngines,
  wantedEngines,
} from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { viewportPlugin } from './scripts/viewport-plugin.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const found = findBrowsers();
const wanted = wantedEngines();
const missing = missingEngines(found, wanted);
if (missing.length) throw new Error(installHint(missing));

// Vue's browser build compiles the Vue host's templates at run time, as a page would.
const vueInTheBrowser = {
  name: 'vue-browser-build',
  resolveImport: ({ source }) =>
    source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined,
};

/**
 * Content Security Policies a test page under test/cdn/ is served with, by `?csp=<name>`: the
 * strict one the README gives hosts, and two that refuse PayPal's script (to see the kit say so).
 */
const STRICT_CSP = [
  "script-src 'nonce-cak-test' 'strict-dynamic'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html customer-area-kit',
].join('; ');
const POLICIES = {
  strict: STRICT_CSP,
  // Trusted Types enforced, but the kit's policy not allowed.
  'no-kit-policy': STRICT_CSP.replace(
    'trusted-types lit-html customer-area-kit',
    'trusted-types lit-html',
  ),
  // A nonce without 'strict-dynamic': scripts the page's own scripts insert are refused.
  'nonce-only': STRICT_CSP.replace(" 'strict-dynamic'", ''),
};

/** Each launcher under its own engine's name in the output (@web/test-runner-chrome says "Chrome"). */
const named = (name, launcher) => Object.assign(launcher, { name });

const launchers = {
  chromium: () =>
    named(
      'Chromium',
      chromeLauncher({
        launchOptions: { executablePath: found.chromium, headless: true, args: CHROMIUM_FLAGS },
      }),
    ),
  firefox: () =>
    named(
      'Firefox',
      chromeLauncher({
        launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
      }),
    ),
  webkit: () => webkitLauncher(found.webkit),
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers: wanted.map((name) => launchers[name]()),
  concurrentBrowsers: 3,
  // Real keyboard and mouse input needs the focused tab: one test file at a time per browser.
  concurrency: 1,
  // No test waits on the clock (fake timers or events): these limits only catch a hang, and are
  // wide enough that a machine busy with other work never trips them.
  browserStartTimeout: 180_000,
  testsStartTimeout: 180_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 60_000 } },
  middleware: [
    // dist/cdn/ and the plain pages of test/cdn/ are served as a CDN or a host's server would:
    // the bytes on disk (the dev server's plugins would rewrite scripts, so that their SRI hashes
    // no longer match, and add a script of their own to pages), with the page's policy.
    async (context, next) => {
      const { path } = context;
      const raw =
        /^\/dist\/cdn\/[\w./-]+\.(js|json)$/.test(path) || /^\/test\/cdn\/[\w-]+\.html$/.test(path);
      if (!raw || path.includes('..')) return next();
      const file = new URL(`.${path}`, import.meta.url);
      if (!existsSync(file)) return next();
      context.body = readFileSync(file);
      context.type = path.endsWith('.html')
        ? 'text/html'
        : path.endsWith('.json')
          ? 'application/json'
          : 'text/javascript';
      const policy = POLICIES[context.URL.searchParams.get('csp') ?? ''];
      if (policy && path.endsWith('.html')) context.set('Content-Security-Policy', policy);
    },
  ],
  plugins: [
    viewportPlugin(),
    vueInTheBrowser,
    reactPlugin(),
    // Server-side rendering for test/ssr: Lit SSR in a worker, the kit's .ts sources as they are.
    litSsrPlugin({ workerInitModules: ['./scripts/ts-loader.mjs'] }),
    esbuildPlugin({
      ts: true,
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      define: { __CAK_VERSION__: JSON.stringify(version) },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
