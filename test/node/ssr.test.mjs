// Server-side rendering in Node, as a host's server does it: the kit's elements rendered with
// Lit SSR in the language the page asks for, and `npm start`'s Area Clienti orders page, which
// shows every order's status and Paga with JavaScript off.
//
// Run by `npm test` (node --test); the kit's TypeScript sources run as they are.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import process from 'node:process';
import { once } from 'node:events';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import '../../scripts/ts-loader.mjs';

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('../../src/all.ts');
const { loadLanguages, setServerLanguage } = await import('../../src/internal/localize.ts');
await loadLanguages(['en']);

const { pecOrder } = await import('../kit/fixtures.ts');
/** The kit's PEC order, its product name with markup a server must escape. */
const order = pecOrder({ product: { kind: 'pec', name: 'PEC <b>Standard</b>' } });

const serverRender = (template) => collectResult(render(template));

/** The text of the Paga button's label in server-rendered HTML. */
const payLabel = (page) =>
  page.match(/part="button"[^>]*>\s*(?:<!--[^>]*-->)*\s*([^<\s][^<]*?)\s*</)?.[1];

describe('elements rendered on a server', () => {
  after(() => setServerLanguage('it'));

  it('speak Italian by default', async () => {
    const page = await serverRender(html`<order-pay-button .order=${order}></order-pay-button>`);
    assert.match(page, /<template shadowroot(mode)?="open"/);
    assert.equal(payLabel(page), 'Paga');
  });

  it('speak the language the server sets for the page, unless the element has its own', async () => {
    setServerLanguage('en');
    const page = await serverRender(html`<order-pay-button .order=${order}></order-pay-button>`);
    assert.equal(payLabel(page), 'Pay');
    const own = await serverRender(
      html`<order-pay-button lang="it" .order=${order}></order-pay-button>`,
    );
    assert.equal(payLabel(own), 'Paga');
  });

  it('render Paga as not available yet, and say so', async () => {
    setServerLanguage('it');
    const page = await serverRender(html`<order-pay-button .order=${order}></order-pay-button>`);
    const button = page.match(/<button[^>]*part="button"[^>]*>/)[0];
    assert.match(button, /aria-disabled="true"/);
    assert.match(button, /aria-describedby="not-ready"/);
    assert.match(
      page,
      /id="not-ready"[^>]*>(<!--[^>]*-->)*disponibile al termine del caricamento della pagina/,
    );
  });

  it('escape what the host gives them', async () => {
    const page = await serverRender(
      html`<order-summary
        .order=${order}
        .payment=${{ method: 'paypal', account: 'new' }}
      ></order-summary>`,
    );
    assert.doesNotMatch(page, /<b>Standard<\/b>/);
    assert.match(page, /PEC &lt;b&gt;Standard&lt;\/b&gt;/);
  });
});

describe('npm start: the Area Clienti orders page, server-rendered', () => {
  let server;
  let origin;

  before(async () => {
    // --no-build: the page itself needs no build (its kit script then fails to load, like a
    // page with JavaScript off).
    server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stderr.resume();
    const [line] = await Promise.race([
      once(server.stdout.setEncoding('utf8'), 'data'),
      once(server, 'exit').then(([code]) =>
        Promise.reject(new Error(`npm start exited (${code})`)),
      ),
    ]);
    origin = line.match(/http:\/\/\S+?(?=\/?\s)/)[0];
  });
  after(() => server?.kill());

  it('sends every order with its status and, in declarative shadow DOM, its Paga', async () => {
    const response = await fetch(`${origin}/demo/area-clienti.html`);
    assert.equal(response.status, 200);
    const page = await response.text();
    const rows = [...page.matchAll(/<tr role="row" data-order="([^"]+)"[\s\S]*?<\/tr>/g)];
    assert.deepEqual(
      rows.map(([, id]) => id),
      ['ord-42', 'ord-43', 'ord-44', 'ord-31'],
    );
    const statuses = rows.map(
      ([row]) => row.match(/class="state"[^>]*>\s*<span>(?:<!--[^>]*-->)*([^<]+)/)[1],
    );
    assert.deepEqual(statuses, [
      'Attesa pagamento',
      'Attesa pagamento',
      'Attesa pagamento',
      'Pagato',
    ]);
    const pays = rows.map(([row]) => payLabel(row) ?? null);
    assert.deepEqual(pays, ['Paga', 'Paga', 'Paga', null]);
    assert.equal(page.match(/<template shadowroot(mode)?="open"/g)?.length, 4);
  });

  it('shows Paga with JavaScript off, and tells assistive technology it is not available yet', async (t) => {
    const { CHROMIUM_FLAGS, findBrowsers } = await import('../../scripts/browsers.mjs');
    const executablePath = findBrowsers().chromium;
    assert.ok(executablePath, 'Chromium (apt-get install chromium)');
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    t.after(() => browser.close());
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/demo/area-clienti.html`, { waitUntil: 'load' });
    const tree = await page.accessibility.snapshot({ interestingOnly: true });
    const found = [];
    const walk = (node) => {
      if (node.role === 'button' && node.name.startsWith('Paga '))
        found.push({ name: node.name, description: node.description, disabled: node.disabled });
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
    assert.deepEqual(
      found,
      ['A-2026-0042', 'A-2026-0043', 'A-2026-0044'].map((number) => ({
        name: `Paga l’ordine ${number}`,
        description: 'disponibile al termine del caricamento della pagina',
        disabled: true,
      })),
    );
  });
});

describe('the README’s server-rendering snippet', () => {
  it('renders a page’s Paga buttons, as written', async (t) => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const [, snippet] = readme.match(
      /<!-- README snippet: run by test\/node\/ssr\.test\.mjs -->\s*```js\n([\s\S]*?)```/,
    );
    // The package's specifiers, pointed at the sources the package is built from.
    const source = (path) => JSON.stringify(new URL(`../../src/${path}`, import.meta.url).href);
    const runnable = snippet
      .replace("'customer-area-kit/all.js'", source('all.ts'))
      .replace("'customer-area-kit'", source('index.ts'));
    assert.notEqual(runnable, snippet);
    const file = new URL(`./.readme-ssr-${process.pid}.tmp.mjs`, import.meta.url);
    await writeFile(file, runnable);
    t.after(() => rm(file, { force: true }));
    const { payButtons } = await import(file.href);
    const page = await payButtons([order, { ...order, id: 'ord-2', number: 'A-2' }]);
    assert.equal(page.match(/<order-pay-button /g).length, 2);
    assert.equal(page.match(/<template shadowroot(mode)?="open"/g).length, 2);
    assert.equal(payLabel(page), 'Paga');
  });
});
