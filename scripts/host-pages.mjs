// Runs a host fixture of test/hosts/ as a page, built from the package as npm publishes it (see
// check-hosts.mjs, which unpacks the tarball into the host's node_modules): the host's entry
// bundled (esbuild; Vite with the host's own vite.config.ts for Vue), served by a small static
// server that is also the host's backend, and paid in headless Chromium the way a customer does:
// Paga, the registered PayPal account, Prosegui, Prosegui e paga, Chiudi, then Pagato.
// Every wait is on what the page shows (no sleeps); the timeouts are generous, for loaded machines.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_FLAGS, findBrowsers, installHint } from './browsers.mjs';

/** How each host becomes a page: its entry and the element it mounts into. */
export const PAGES = {
  strict: { entry: 'main.ts', mount: '<main id="orders"></main>' },
  react: { entry: 'page.tsx', mount: '<div id="root"></div><main id="orders"></main>' },
  vue: { entry: 'page.ts', mount: '<div id="app"></div>', vite: true },
};

/** The backend's registered PayPal account (the page's `paypal-accounts` answer). */
const ACCOUNT = { id: 'acc-mario', email: 'mario.rossi@example.it' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Per wait: a loaded 2-core machine can take long; a broken page fails at the first one. */
const WAIT = 90_000;

/** Launches Debian's Chromium headless, as every browser check of the kit does. */
export async function launchChromium() {
  const executablePath = findBrowsers().chromium;
  if (!executablePath) throw new Error(installHint(['chromium']));
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

/** Builds the host in `dir` into `dir/dist`, with the tools found in `modules`. */
export async function buildHost(name, dir, modules) {
  const page = PAGES[name];
  const html = (script) =>
    `<!doctype html>\n<html lang="it">\n<head><meta charset="utf-8"><title>${name} host</title></head>\n` +
    `<body>${page.mount}<script type="module" src="${script}"></script></body>\n</html>\n`;
  if (page.vite) {
    await writeFile(join(dir, 'index.html'), html(`/${page.entry}`));
    const built = spawnSync(
      process.execPath,
      [join(modules, 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--outDir', 'dist'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (built.status !== 0) throw new Error(`vite build:\n${built.stdout}${built.stderr}`);
    return;
  }
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: dir,
    entryPoints: [page.entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: 'dist/page.js',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await writeFile(join(dir, 'dist', 'index.html'), html('/page.js'));
}

/**
 * Serves `root` and answers the host's backend calls as README's backend does: the registered
 * accounts, and a payment charged once per `PayPal-Request-Id`.
 */
async function serve(root) {
  const payments = [];
  const outcomes = new Map();
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const json = (response, value) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(value));
  };
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://host');
    if (request.method === 'GET' && pathname === '/api/paypal-accounts')
      return json(response, [ACCOUNT]);
    const pay = pathname.match(/^\/api\/orders\/([^/]+)\/pay$/);
    if (request.method === 'POST' && pay) {
      let body = '';
      for await (const chunk of request) body += chunk;
      const requestId = request.headers['paypal-request-id'];
      payments.push({ orderId: decodeURIComponent(pay[1]), requestId, body: JSON.parse(body) });
      if (!outcomes.has(requestId))
        outcomes.set(requestId, {
          status: 'completed',
          paymentId: `PAY-${randomUUID().slice(0, 8)}`,
          renewalActivated: true,
        });
      return json(response, outcomes.get(requestId));
    }
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const content = await readFile(file);
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(content);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${server.address().port}`, payments, outcomes, server };
}

/**
 * Pays the order of the host built in `dir/dist` in `browser`. Resolves with the seconds it took;
 * rejects with what went wrong.
 */
export async function payInHost(browser, dir) {
  const started = performance.now();
  const { origin, payments, outcomes, server } = await serve(join(dir, 'dist'));
  const context = await browser.createBrowserContext();
  const problems = [];
  const logs = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.on('console', (message) => {
      logs.push(message.text());
      if (message.type() === 'error')
        problems.push(`console.error: ${message.text()} ${message.location().url ?? ''}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Nothing leaves the page's origin: no PayPal, no CDN.
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        problems.push(`request outside the page: ${request.url()}`);
    });
    const inButton = (selector) => page.locator(`order-pay-button >>> ${selector}`);
    const shows = (check, what, ...args) =>
      page.waitForFunction(check, { timeout: WAIT, polling: 100 }, ...args).catch((error) => {
        throw new Error(`the page never showed ${what} (${error.message})`);
      });

    await page.goto(origin, { waitUntil: 'load' });
    await inButton('[part="button"]').click();
    // The dialog moves focus to the account drop-down; ArrowDown picks the first account.
    await shows(() => {
      const root = document.querySelector('order-pay-button')?.shadowRoot;
      const select = root?.querySelector('paypal-account-select');
      return select?.shadowRoot?.activeElement?.localName === 'select';
    }, 'the account drop-down, focused');
    await page.keyboard.press('ArrowDown');
    await shows(
      (id) =>
        document
          .querySelector('order-pay-button')
          ?.shadowRoot?.querySelector('paypal-account-select')?.value === id,
      `${ACCOUNT.email} chosen`,
      ACCOUNT.id,
    );
    await inButton('[part="proceed"]').click();
    await inButton('order-summary >>> [part="confirm"]').click();
    await shows(
      () =>
        document
          .querySelector('order-pay-button')
          ?.shadowRoot?.querySelector('[part="result"]')
          ?.textContent?.includes('Pagamento completato'),
      'Pagamento completato',
    );
    await inButton('[part="close"]').click();
    await shows(() => {
      const root = document.querySelector('order-pay-button')?.shadowRoot;
      const status = root?.querySelector('[part="status"]');
      return (
        !root?.querySelector('dialog')?.open &&
        !root?.querySelector('[part="button"]') &&
        status?.textContent?.trim() === 'Pagato' &&
        status.checkVisibility()
      );
    }, 'Pagato in place of Paga');

    // The backend was asked once, with a PayPal-Request-Id; the host's order-pay-success
    // handler, which logs the payment's id, ran once.
    if (payments.length !== 1) problems.push(`${payments.length} payment requests, not 1`);
    const [payment] = payments;
    if (payment && !UUID.test(payment.requestId ?? ''))
      problems.push(`PayPal-Request-Id ${payment.requestId} is not a UUID`);
    if (payment && payment.body.accountId !== ACCOUNT.id)
      problems.push(`charged ${payment.body.accountId}, not ${ACCOUNT.id}`);
    const paymentId = payment && outcomes.get(payment.requestId)?.paymentId;
    const successes = logs.filter((line) => paymentId && line.includes(paymentId));
    if (successes.length !== 1)
      problems.push(`the host's order-pay-success handler ran ${successes.length} times, not once`);
  } finally {
    await context.close();
    server.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return Math.round((performance.now() - started) / 1000);
}
