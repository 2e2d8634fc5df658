// Runs a host fixture of test/hosts/ as a page, built from the package as npm publishes it (see
// check-hosts.mjs, which unpacks the tarball into the host's node_modules): the host's entries
// bundled (esbuild; Vite with the host's own vite.config.ts for Vue), served by a small static
// server that is also the host's backend, and paid in headless Chromium the way a customer does:
// Paga, the registered PayPal account (or Nuovo account PayPal, approved by the kit's PayPal
// simulator, customer-area-kit/testing), Prosegui, Prosegui e paga, Chiudi, then Pagato.
// Every wait is on what the page shows (no sleeps); the timeouts are generous, for loaded machines.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_FLAGS, findBrowsers, installHint } from './browsers.mjs';
import { CONTENT_TYPES } from './content-types.mjs';

/**
 * How each host becomes a page: its entries, the elements it mounts into, and its orders to pay
 * (the `<order-pay-button>` of each, and the account the customer picks for it).
 */
export const PAGES = {
  strict: {
    entries: ['main.ts', 'new-account.js'],
    mount: '<main id="orders"></main>',
    orders: [
      ['#orders > order-pay-button:nth-of-type(1)', 'registered'],
      ['#orders > order-pay-button:nth-of-type(2)', 'new'],
    ],
  },
  react: {
    entries: ['page.tsx'],
    mount: '<div id="root"></div><main id="orders"></main>',
    orders: [['order-pay-button', 'registered']],
  },
  vue: {
    entries: ['page.ts'],
    mount: '<div id="app"></div>',
    vite: true,
    orders: [['order-pay-button', 'registered']],
  },
};

/**
 * The customer's orders awaiting payment, as the backend gives them to the pages that ask
 * (`/api/orders`): a PEC mailbox, paid with a registered account, and a SPID identity, paid
 * with a new PayPal account.
 */
const ORDERS = [
  {
    id: 'ord-42',
    number: 'A-2026-0042',
    status: 'awaiting-payment',
    product: { kind: 'pec', name: 'PEC Standard' },
    lines: [
      {
        description: 'Casella PEC Standard, 1 anno',
        quantity: 1,
        unitPrice: { value: '5.00', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    total: { value: '6.10', currency: 'EUR' },
  },
  {
    id: 'ord-43',
    number: 'A-2026-0043',
    status: 'awaiting-payment',
    product: { kind: 'spid', name: 'SPID Professionale' },
    lines: [
      {
        description: 'Identità SPID per uso professionale, 1 anno',
        quantity: 1,
        unitPrice: { value: '20.00', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    total: { value: '24.40', currency: 'EUR' },
  },
];
/** The backend's registered PayPal account (the page's `paypal-accounts` answer). */
const ACCOUNT = { id: 'acc-mario', email: 'mario.rossi@example.it' };
/** The account PayPal registers when the customer pays with a new one. */
const NEW_ACCOUNT = { id: 'acc-new', email: 'nuovo.conto@example.it' };
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
  const html = (scripts) =>
    `<!doctype html>\n<html lang="it">\n<head><meta charset="utf-8"><title>${name} host</title></head>\n` +
    `<body>${page.mount}${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</body>\n</html>\n`;
  if (page.vite) {
    await writeFile(join(dir, 'index.html'), html(page.entries.map((entry) => `/${entry}`)));
    const built = spawnSync(
      process.execPath,
      // Vue's development build: it warns about a kit tag it takes for a component (a missing
      // isCustomElement), and the page fails on any [Vue warn].
      [
        join(modules, 'vite', 'bin', 'vite.js'),
        'build',
        '--mode',
        'development',
        '--logLevel',
        'error',
        '--outDir',
        'dist',
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'development' } },
    );
    if (built.status !== 0) throw new Error(`vite build:\n${built.stdout}${built.stderr}`);
    return;
  }
  const { build } = await import('esbuild');
  // Several entries share their chunks (the kit, Lit), as a bundler splits a host's pages.
  await build({
    absWorkingDir: dir,
    entryPoints: page.entries,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'dist',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const scripts = page.entries.map((entry) => `/${entry.replace(/\.\w+$/, '.js')}`);
  await writeFile(join(dir, 'dist', 'index.html'), html(scripts));
}

/**
 * Serves `root` and answers the host's backend calls as README's backend does: the registered
 * accounts, a client token, a PayPal order, and a charge (of a registered account, or the capture
 * of the PayPal order) made once per `PayPal-Request-Id`.
 */
async function serve(root) {
  /** Every charge asked: `{ orderId, requestId, body, result }`. */
  const charges = [];
  /** Every PayPal order created: `{ orderId, requestId }`. */
  const created = [];
  const outcomes = new Map();
  const json = (response, value) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(value));
  };
  const charge = (orderId, requestId, body, account) => {
    if (!outcomes.has(requestId))
      outcomes.set(requestId, {
        status: 'completed',
        paymentId: `PAY-${randomUUID().slice(0, 8)}`,
        renewalActivated: true,
        ...(account && { account }),
      });
    const result = outcomes.get(requestId);
    charges.push({ orderId, requestId, body, result });
    return result;
  };
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://host');
    const requestId = request.headers['paypal-request-id'];
    let body = '';
    for await (const chunk of request) body += chunk;
    if (request.method === 'GET' && pathname === '/api/paypal-accounts')
      return json(response, [ACCOUNT]);
    if (request.method === 'GET' && pathname === '/api/orders') return json(response, ORDERS);
    if (request.method === 'GET' && pathname === '/api/paypal/client-token')
      return response.writeHead(200, { 'Content-Type': 'text/plain' }).end('simulated-token');
    const [, orderId, action] =
      pathname.match(/^\/api\/orders\/([^/]+)\/(pay|paypal-order|capture)$/) ?? [];
    if (request.method === 'POST' && action === 'pay')
      return json(response, charge(decodeURIComponent(orderId), requestId, JSON.parse(body)));
    if (request.method === 'POST' && action === 'paypal-order') {
      created.push({ orderId: decodeURIComponent(orderId), requestId });
      return json(response, { id: `PPO-${requestId}` });
    }
    if (request.method === 'POST' && action === 'capture')
      return json(
        response,
        charge(decodeURIComponent(orderId), requestId, JSON.parse(body), NEW_ACCOUNT),
      );
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const content = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(content);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${server.address().port}`, charges, created, server };
}

/**
 * Pays every order of the host `name` built in `dir/dist`, in `browser`. Resolves with the
 * seconds it took and how each order was paid; rejects with what went wrong.
 */
export async function payInHost(browser, name, dir) {
  const started = performance.now();
  const backend = await serve(join(dir, 'dist'));
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
      else if (message.text().includes('[Vue warn]')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Nothing leaves the page's origin: no PayPal, no CDN.
    page.on('request', (request) => {
      if (!request.url().startsWith(backend.origin) && !request.url().startsWith('data:'))
        problems.push(`request outside the page: ${request.url()}`);
    });
    await page.goto(backend.origin, { waitUntil: 'load' });
    for (const [selector, choice] of PAGES[name].orders)
      await payOrder(page, selector, choice, backend, logs, problems);
  } finally {
    await context.close();
    backend.server.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return {
    seconds: Math.round((performance.now() - started) / 1000),
    paths: PAGES[name].orders.map(([, choice]) =>
      choice === 'new' ? 'a new PayPal account' : 'a registered PayPal account',
    ),
  };
}

/**
 * Pays the order of the `<order-pay-button>` at `selector` with the registered account or a new
 * one, with the real mouse and keyboard; then checks what the backend and the host saw.
 */
async function payOrder(page, selector, choice, backend, logs, problems) {
  const part = (path) => page.locator(`${selector} >>> ${path}`);
  /** Waits until `check(shadowRoot, ...args)` is true of the element's shadow root. */
  const shows = (what, check, ...args) => {
    const root = `document.querySelector(${JSON.stringify(selector)})?.shadowRoot`;
    const expression = `!!${root} && !!(${check})(${[root, ...args.map((arg) => JSON.stringify(arg))].join(', ')})`;
    return page.waitForFunction(expression, { timeout: WAIT, polling: 100 }).catch((error) => {
      throw new Error(`${selector} never showed ${what} (${error.message})`);
    });
  };
  const value = choice === 'new' ? 'new' : ACCOUNT.id;
  const orderId = await page.$eval(selector, (element) => element.order.id);

  await part('[part="button"]').click();
  // The dialog moves focus to the account drop-down: placeholder, the registered account, then
  // Nuovo account PayPal. ArrowDown goes down one.
  await shows(
    'the account drop-down, focused',
    (root) =>
      root.querySelector('paypal-account-select')?.shadowRoot?.activeElement?.localName ===
      'select',
  );
  for (let i = 0; i < (choice === 'new' ? 2 : 1); i++) await page.keyboard.press('ArrowDown');
  await shows(
    `${value} chosen`,
    (root, value) => root.querySelector('paypal-account-select')?.value === value,
    value,
  );
  await part('[part="proceed"]').click();
  // Ready to pay: the summary is not busy (for a new account, PayPal has loaded).
  await shows('the summary, ready to pay', (root) => {
    const summary = root.querySelector('order-summary');
    const confirm = summary?.shadowRoot?.querySelector('[part="confirm"]');
    return (
      confirm && !summary.busy && !confirm.disabled && !root.querySelector('[part="progress"]')
    );
  });
  await part('order-summary >>> [part="confirm"]').click();
  await shows('Pagamento completato', (root) =>
    root.querySelector('[part="result"]')?.textContent?.includes('Pagamento completato'),
  );
  await part('[part="close"]').click();
  await shows('Pagato in place of Paga', (root) => {
    const status = root.querySelector('[part="status"]');
    return (
      !root.querySelector('dialog')?.open &&
      !root.querySelector('[part="button"]') &&
      status?.textContent?.trim() === 'Pagato' &&
      status.checkVisibility()
    );
  });

  // The backend charged once, under a UUID PayPal-Request-Id (for a new account, the one that
  // created the PayPal order); the host's order-pay-success handler, which logs the payment's
  // id, ran once.
  const charges = backend.charges.filter((charge) => charge.orderId === orderId);
  if (charges.length !== 1) problems.push(`${orderId}: ${charges.length} charges, not 1`);
  const [charge] = charges;
  if (!charge) return;
  if (!UUID.test(charge.requestId ?? ''))
    problems.push(`${orderId}: PayPal-Request-Id ${charge.requestId} is not a UUID`);
  if (choice === 'new') {
    const created = backend.created.filter((order) => order.orderId === orderId);
    if (created.length !== 1 || created[0].requestId !== charge.requestId)
      problems.push(`${orderId}: ${created.length} PayPal orders, not 1 with the capture's key`);
  } else if (charge.body.accountId !== ACCOUNT.id)
    problems.push(`${orderId}: charged ${charge.body.accountId}, not ${ACCOUNT.id}`);
  const successes = logs.filter((line) => line.includes(charge.result.paymentId));
  if (successes.length !== 1)
    problems.push(
      `${orderId}: the host's order-pay-success handler ran ${successes.length} times, not once`,
    );
}
