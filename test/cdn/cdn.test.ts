import { expect } from '@open-wc/testing';
import type { OrderPayButton } from '../../src/elements/order-pay-button/order-pay-button.js';
import { choose, open, parts, settle, untilStep } from '../kit/pay-button.js';
import { text } from '../kit/screen.js';
import { click, press } from '../kit/user.js';
import { until } from '../kit/wait.js';

/**
 * The built CDN files (`npm run build` makes dist/cdn/) in plain HTML pages, each in an iframe of
 * its own: no bundler, no framework, what a host page with `<script type="module">` gets.
 */

type KitElement = HTMLElement & { updateComplete: Promise<unknown> };
type PageWindow = Window &
  typeof globalThis & {
    litHtmlVersions?: string[];
    reactiveElementVersions?: string[];
    litElementVersions?: string[];
    violations?: string[];
    ready?: boolean;
    loadPayPal?: (options: object) => Promise<unknown>;
  };

const CDN = 'https://cdn.jsdelivr.net/npm/customer-area-kit@0.1.0/dist/cdn/';

/**
 * Opens `src` in an iframe and resolves once it has loaded; `{ html }` is written into a blank
 * page of this server (an http: page, as a host's is, where `about:srcdoc` would not be).
 */
async function page(src: string | { html: string }): Promise<Document> {
  const frame = document.createElement('iframe');
  // The whole viewport: the real mouse clicks what the page shows, wherever it is in the frame.
  frame.style.cssText = 'position: fixed; inset: 0; width: 100%; height: 100%; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = typeof src === 'string' ? src : '/test/cdn/blank.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  if (typeof src !== 'string') {
    doc.open();
    doc.write(src.html);
    doc.close();
  }
  return doc;
}

const windowOf = (doc: Document) => doc.defaultView as PageWindow;

/** The paths under /dist/cdn/ the page has requested so far. */
function requested(doc: Document): string[] {
  return windowOf(doc)
    .performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'))
    .map((path) => path.slice('/dist/cdn/'.length));
}

async function defined(doc: Document, ...tags: string[]): Promise<void> {
  await Promise.all(tags.map((tag) => windowOf(doc).customElements.whenDefined(tag)));
}

function element<T extends HTMLElement = KitElement>(root: Document | ShadowRoot, tag: string): T {
  return root.querySelector(tag) as T;
}

/** The ```html blocks of the README that load the kit from the CDN. */
async function readmeSnippets(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map(([, code]) => code!)
    .filter((code) => code.includes(CDN));
}

/** A snippet as a page of this server: the only change is the CDN's address. */
const onThisServer = (snippet: string, head = '') =>
  `<!doctype html><html lang="it"><head><meta charset="utf-8">${head}</head><body>${snippet.replaceAll(CDN, '/dist/cdn/')}</body></html>`;

describe('the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('registers every element from one file and completes the environment choice', async () => {
    const source = await (await fetch('/dist/cdn/customer-area-kit.js')).text();
    expect(source, 'no bare specifier a browser cannot resolve').not.to.match(/from\s*["']lit/);

    const doc = await page('/test/cdn/plain-page.html');
    await defined(doc, 'env-picker', 'order-pay-button', 'party-switch', 'product-card');
    const picker = element(doc, 'env-picker');
    await picker.updateComplete;
    const root = picker.shadowRoot!;
    expect(text(root.querySelector('button'))).to.equal('Gestisci pagoPA');

    await click(root.querySelector('button')!);
    await picker.updateComplete;
    expect(root.querySelector('dialog')).to.have.attribute('open');
    await click(root.querySelectorAll('[part="option"]')[1]!);
    await picker.updateComplete;
    await click(root.querySelector('[part="confirm"]')!);

    expect(doc.getElementById('log')!.textContent).to.equal('produzione');
    expect(doc.defaultView!.location.hash).to.equal('#produzione');
  });

  it('loads Lit once for a page with two per-element files, and each shared file once', async () => {
    const doc = await page('/test/cdn/two-files.html');
    await defined(doc, 'env-picker', 'party-switch');
    const win = windowOf(doc);
    expect(win.litHtmlVersions).to.have.length(1);
    expect(win.reactiveElementVersions).to.have.length(1);
    expect(win.litElementVersions).to.have.length(1);
    const files = requested(doc);
    expect(files).to.include.members(['env-picker.js', 'party-switch.js']);
    expect(files.filter((file) => file === 'chunks/lit-kit.js')).to.have.length(1);
    expect(new Set(files).size).to.equal(files.length);
  });

  it("loads <party-switch>'s panel only when the switcher is first opened", async () => {
    const doc = await page('/test/cdn/two-files.html');
    await defined(doc, 'party-switch');
    const switcher = element(doc, 'party-switch');
    await switcher.updateComplete;
    expect(requested(doc).some((file) => file === 'chunks/panel.js')).to.equal(false);

    await click(switcher.shadowRoot!.querySelector('[part="button"]')!);
    await until(
      () => switcher.shadowRoot!.querySelectorAll('[role="option"]').length === 2,
      'the organisations are listed',
    );
    expect(requested(doc).filter((file) => file === 'chunks/panel.js')).to.have.length(1);
  });

  it("says on screen and in the console when <party-switch>'s panel cannot be loaded", async () => {
    // The panel's file, as a failed network would leave it: not found.
    const importMap = `<script type="importmap">${JSON.stringify({
      imports: { '/dist/cdn/chunks/panel.js': '/dist/cdn/chunks/panel-missing.js' },
    })}</script>`;
    const doc = await page({
      html: onThisServer(
        `<party-switch current-party-id="roma"
          parties='[{"id":"roma","name":"Comune di Roma","role":"admin"},{"id":"milano","name":"Comune di Milano","role":"operator"}]'
        ></party-switch>`,
        `${importMap}<script>
          window.errors = [];
          const error = console.error;
          console.error = (...args) => (window.errors.push(args.map(String).join(' ')), error(...args));
        </script><script type="module" src="/dist/cdn/party-switch.js"></script>`,
      ),
    });
    await defined(doc, 'party-switch');
    const switcher = element(doc, 'party-switch');
    await switcher.updateComplete;
    const root = switcher.shadowRoot!;
    expect(root.querySelector('[part="error"]'), 'no message before the customer asks').to.equal(
      null,
    );

    await click(root.querySelector('[part="button"]')!);
    const errors = (windowOf(doc) as PageWindow & { errors: string[] }).errors;
    await until(() => errors.length > 0, 'the failure is logged');
    await until(() => !!root.querySelector('[part="error"]'), 'the failure is shown');
    // One per attempt: the pointer reaching the button fetches the panel early, the click again.
    expect(errors.length).to.be.within(1, 2);
    for (const logged of errors)
      expect(logged).to.contain('<party-switch>: the list of organisations could not be loaded.');
    expect(root.querySelector('[part="panel"]')).not.to.match(':popover-open');
    expect(text(root.querySelector('[part="button"]'))).to.contain('Comune di Roma');
    const error = root.querySelector('[part="error"]');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal(
      'Non è stato possibile aprire questa scelta: controlla la connessione e riprova.',
    );
  });

  describe("<env-picker>'s dialog, loaded on the first Gestisci", () => {
    const pagoPA =
      '{"id":"pagopa","name":"pagoPA","environments":[{"id":"collaudo","href":"#c"},{"id":"produzione","href":"#p"}]}';
    /** A page with only env-picker.js; `head` goes before its script (an import map). */
    const onlyEnvPicker = (head = '') =>
      onThisServer(
        `<env-picker product='${pagoPA}'></env-picker>`,
        `${head}<script>
          window.errors = [];
          const error = console.error;
          console.error = (...args) => (window.errors.push(args.map(String).join(' ')), error(...args));
        </script><script type="module" src="/dist/cdn/env-picker.js"></script>`,
      );
    const dialogChunk = (file: string) => file === 'chunks/env-dialog.js';

    it('is not requested before Gestisci, then opens with the focus on the first environment', async () => {
      const doc = await page({ html: onlyEnvPicker() });
      await defined(doc, 'env-picker');
      const picker = element(doc, 'env-picker');
      await picker.updateComplete;
      const root = picker.shadowRoot!;
      expect(text(root.querySelector('button'))).to.equal('Gestisci pagoPA');
      expect(requested(doc).filter(dialogChunk), 'the dialog before Gestisci').to.deep.equal([]);
      expect(root.querySelector('dialog')!.open).to.equal(false);

      await click(root.querySelector('button')!);
      await until(() => !!root.querySelector('dialog')?.open, 'the dialog opens');
      expect(requested(doc).filter(dialogChunk)).to.have.length(1);
      expect(root.activeElement).to.equal(root.querySelector('input[value="collaudo"]'));
      expect(text(root.querySelector('[part="title"]'))).to.equal(
        'In quale ambiente vuoi entrare?',
      );
      await press('Escape');
      await until(() => !root.querySelector('dialog')!.open, 'the dialog closes');
      expect(root.activeElement).to.equal(root.querySelector('[part="button"]'));
    });

    it('keeps Gestisci and says why, on screen and in the console, when the dialog cannot be loaded', async () => {
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as object;
      const chunk = Object.keys(integrity).find(dialogChunk)!;
      // The dialog's file, as a failed network would leave it: not found.
      const importMap = `<script type="importmap">${JSON.stringify({
        imports: { [`/dist/cdn/${chunk}`]: '/dist/cdn/chunks/env-dialog-missing.js' },
      })}</script>`;
      const doc = await page({ html: onlyEnvPicker(importMap) });
      await defined(doc, 'env-picker');
      const picker = element(doc, 'env-picker');
      await picker.updateComplete;
      const root = picker.shadowRoot!;

      await click(root.querySelector('button')!);
      const errors = (windowOf(doc) as PageWindow & { errors: string[] }).errors;
      await until(() => errors.length > 0, 'the failure is logged');
      await picker.updateComplete;
      expect(errors[0]).to.contain('<env-picker>: the choice of environment could not be loaded.');
      expect(root.querySelector('dialog')!.open, 'an empty dialog').to.equal(false);
      expect(text(root.querySelector('button'))).to.equal('Gestisci pagoPA');
      const error = root.querySelector('[part="error"]');
      expect(error?.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.equal(
        'Non è stato possibile aprire questa scelta: controlla la connessione e riprova.',
      );
    });
  });

  describe('the autoloader', () => {
    it('defines the tags on the page and inside kit elements, loading only their files', async () => {
      const doc = await page('/test/cdn/autoloader.html');
      await defined(doc, 'product-card');
      const card = element(doc, 'product-card');
      await card.updateComplete;
      const picker = element(card.shadowRoot!, 'env-picker');
      await until(() => !!picker.shadowRoot?.querySelector('button'), 'Gestisci is shown');
      expect(text(picker.shadowRoot!.querySelector('button'))).to.equal('Gestisci pagoPA');

      const files = requested(doc);
      expect(files).to.include.members(['autoloader.js', 'product-card.js', 'env-picker.js']);
      for (const other of ['party-switch.js', 'order-pay-button.js', 'customer-area-kit.js'])
        expect(files).not.to.include(other);
      expect(windowOf(doc).customElements.get('party-switch')).to.equal(undefined);
    });

    it('defines a tag added to the page later', async () => {
      const doc = await page('/test/cdn/autoloader.html');
      await defined(doc, 'product-card');
      const switcher = doc.createElement('party-switch');
      switcher.setAttribute('current-party-id', 'a');
      switcher.setAttribute('parties', '[{"id":"a","name":"Comune di Roma","role":"admin"}]');
      doc.body.append(switcher);
      await defined(doc, 'party-switch');
      await (switcher as KitElement).updateComplete;
      expect(text(switcher.shadowRoot!.querySelector('[part="button"]'))).to.contain(
        'Comune di Roma',
      );
      expect(requested(doc)).to.include('party-switch.js');
    });
  });

  describe('integrity', () => {
    it('publishes the sha384 of every file, matching what the CDN serves', async () => {
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<
        string,
        string
      >;
      expect(Object.keys(integrity)).to.include.members([
        'autoloader.js',
        'customer-area-kit.js',
        'env-picker.js',
        'testing.js',
      ]);
      for (const [file, hash] of Object.entries(integrity)) {
        const bytes = await (await fetch(`/dist/cdn/${file}`)).arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
        expect(`sha384-${btoa(String.fromCharCode(...digest))}`, file).to.equal(hash);
      }
    });

    it('names no source map in a file a browser downloads', async () => {
      const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as object;
      for (const file of Object.keys(integrity)) {
        const source = await (await fetch(`/dist/cdn/${file}`)).text();
        expect(source, file).not.to.contain('sourceMappingURL');
      }
    });

    it('refuses a file whose bytes are not those of the hash', async () => {
      const doc = await page({ html: onThisServer('<env-picker></env-picker>') });
      const script = doc.createElement('script');
      script.type = 'module';
      // Its own URL: no other test's page shares a cached copy of a refused response.
      script.src = '/dist/cdn/env-picker.js?tampered';
      script.integrity = `sha384-${'A'.repeat(64)}`;
      script.crossOrigin = 'anonymous';
      const refused = new Promise((resolve) => script.addEventListener('error', resolve));
      doc.head.append(script);
      await refused;
      expect(windowOf(doc).customElements.get('env-picker')).to.equal(undefined);
    });
  });

  describe('the README, verbatim', () => {
    it('has CDN snippets with integrity and crossorigin on every kit script', async () => {
      const snippets = await readmeSnippets();
      expect(snippets.length).to.be.at.least(2);
      for (const snippet of snippets)
        for (const [tag] of snippet.matchAll(/<script[^>]*\bsrc="[^"]*"[^>]*>/g)) {
          expect(tag).to.match(/\bintegrity="sha384-[\w+/=]+"/);
          expect(tag).to.contain('crossorigin="anonymous"');
        }
    });

    it('the CDN example shows Gestisci on a plain page', async () => {
      const [snippet] = (await readmeSnippets()).filter((code) => code.includes('<env-picker'));
      const doc = await page({ html: onThisServer(snippet!) });
      await defined(doc, 'env-picker');
      const picker = element(doc, 'env-picker');
      await picker.updateComplete;
      expect(text(picker.shadowRoot!.querySelector('button'))).to.equal('Gestisci pagoPA');
    });

    it('the plain JavaScript wiring pays an order with a registered account', async () => {
      const [snippet] = (await readmeSnippets()).filter((code) =>
        code.includes('<order-pay-button'),
      );
      // The host's backend the snippet calls, answered in the page (and what it was asked).
      const backend = `<script>
        window.asked = [];
        window.fetch = async (url, init) => {
          window.asked.push([String(url), init && init.body]);
          const body = String(url).endsWith('/api/paypal-accounts')
            ? [{ id: 'tok-1', email: 'mario.rossi@example.it' }]
            : { status: 'completed', paymentId: 'PAY-1' };
          return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
        };
      </script>`;
      const doc = await page({ html: onThisServer(snippet!, backend) });
      await defined(doc, 'order-pay-button');
      const button = element<OrderPayButton>(doc, 'order-pay-button');
      await button.updateComplete;

      await open(button);
      await until(() => parts(button).nativeSelect !== null, 'the accounts are listed');
      await choose(button, 'tok-1');
      await click(parts(button).proceed!);
      await untilStep(button, 'reviewing');
      await click(parts(button).confirm!);
      await untilStep(button, 'result');
      await settle(button);

      const asked = (doc.defaultView as unknown as { asked: [string, string | undefined][] }).asked;
      const pay = asked.find(([url]) => url.endsWith('/api/orders/ord-42/pay'));
      expect(pay, 'the order was charged').not.to.equal(undefined);
      expect(JSON.parse(pay![1]!)).to.include({ accountId: 'tok-1' });
      expect(text(parts(button).result)).to.match(/pagamento|pagato/i);
    });
  });

  describe('under a strict Content Security Policy and Trusted Types', () => {
    it('runs every element and a new-account payment with no violation', async () => {
      const doc = await page('/test/cdn/strict-csp.html?csp=strict');
      const win = windowOf(doc);
      await defined(
        doc,
        'product-switch',
        'party-switch',
        'product-card',
        'paypal-account-select',
        'order-pay-button',
      );
      await until(() => win.ready === true, 'the host script has run');
      for (const tag of ['product-switch', 'party-switch', 'product-card', 'paypal-account-select'])
        await element(doc, tag).updateComplete;

      // The header's menus, the environment dialog of a card.
      const products = element(doc, 'product-switch');
      await click(products.shadowRoot!.querySelector('button')!);
      await products.updateComplete;
      await press('Escape');
      const parties = element(doc, 'party-switch');
      await click(parties.shadowRoot!.querySelector('[part="button"]')!);
      await until(
        () => parties.shadowRoot!.querySelectorAll('[role="option"]').length === 2,
        'the organisations are listed',
      );
      await press('Escape');
      const picker = element(element(doc, 'product-card').shadowRoot!, 'env-picker');
      await until(() => !!picker.shadowRoot?.querySelector('button'), 'Gestisci is shown');
      await click(picker.shadowRoot!.querySelector('button')!);
      await until(() => !!picker.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
      await click(picker.shadowRoot!.querySelector('[part="cancel"]')!);

      // Paga with a new PayPal account, through the PayPal simulator.
      const button = element<OrderPayButton>(doc, 'order-pay-button');
      await open(button);
      await until(() => parts(button).nativeSelect !== null, 'the account choice is shown');
      await choose(button, 'new');
      await click(parts(button).proceed!);
      await untilStep(button, 'reviewing');
      await until(
        () => parts(button).confirm !== null && parts(button).summary?.busy === false,
        'PayPal is ready',
      );
      await click(parts(button).confirm!);
      await until(() => doc.getElementById('log')!.textContent === 'paid', 'the order is paid');

      expect(win.violations).to.deep.equal([]);
    });
  });

  describe("PayPal's script under the page's policy", () => {
    const options = { clientId: 'client', environment: 'sandbox', locale: 'it-IT' };

    it("inserts it with the kit's Trusted Types policy and no violation", async function () {
      const doc = await page('/test/cdn/paypal-script.html?csp=strict');
      const win = windowOf(doc);
      if (!('trustedTypes' in win)) this.skip();
      await until(() => !!win.loadPayPal, 'the page has loaded the kit');
      // PayPal cannot be reached from here: only the insertion is looked at.
      win.loadPayPal!(options).catch(() => undefined);
      await until(
        () => !!doc.querySelector('script[src="https://www.sandbox.paypal.com/web-sdk/v6/core"]'),
        "PayPal's script is inserted",
      );
      expect(win.violations).to.deep.equal([]);
    });

    it("says Trusted Types refused it when the kit's policy is not allowed", async function () {
      const doc = await page('/test/cdn/paypal-script.html?csp=no-kit-policy');
      const win = windowOf(doc);
      if (!('trustedTypes' in win)) this.skip();
      await until(() => !!win.loadPayPal, 'the page has loaded the kit');
      const error = await win.loadPayPal!(options).then(
        () => null,
        (reason: unknown) => reason as { code: string; reason: string },
      );
      expect(error).to.include({ code: 'blocked', reason: 'trusted-types' });
    });

    it('says the Content Security Policy refused it when script-src does not allow it', async () => {
      const doc = await page('/test/cdn/paypal-script.html?csp=nonce-only');
      const win = windowOf(doc);
      await until(() => !!win.loadPayPal, 'the page has loaded the kit');
      const error = await win.loadPayPal!(options).then(
        () => null,
        (reason: unknown) => reason as { code: string; reason: string },
      );
      expect(error).to.include({ code: 'blocked', reason: 'csp' });
    });
  });
});
