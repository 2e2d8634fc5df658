/**
 * Every element rendered on a server (Lit SSR, declarative shadow DOM), then hydrated, shows what
 * the same element rendered in the browser shows — in every state — and hydrating keeps the
 * server's nodes (no flash, no second render of other content).
 *
 * Hydration support must load before the element definitions: it is the first import.
 */
import { hydrated, renderings, serverRendered, settled } from '../kit/ssr.js';
import '../../src/all.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { paymentRegistry } from '../../src/internal/payment-registry.js';
import { cleanupFixtures } from '@lit-labs/testing/fixtures.js';
import type { TemplateResult } from 'lit';
import { firmaOrder, mario, pecOrder } from '../kit/fixtures.js';
import { text } from '../kit/screen.js';
import { click } from '../kit/user.js';
import { until } from '../kit/wait.js';

const product = {
  id: 'pagopa',
  name: 'pagoPA',
  status: 'active',
  canManage: true,
  environments: [
    { id: 'collaudo', href: 'https://example.it/pagopa/collaudo' },
    { id: 'produzione', href: 'https://example.it/pagopa/produzione' },
  ],
};
const io = { ...product, id: 'io', name: 'App IO' };
const parties = [
  { id: 'roma', name: 'Comune di Roma', role: 'admin', taxCode: '02438750586' },
  { id: 'forli', name: 'Comune di Forlì', role: 'operator', parentName: 'Unione della Romagna' },
];
// Dates and ids fixed: the server and the browser must render the same thing.
const order = {
  ...pecOrder(),
  id: 'ORD-SSR-1',
  renewal: { period: 'P1Y', nextChargeDate: '2027-03-01' },
};

const service = {
  id: 'SRV-SSR-1',
  name: 'PEC Standard',
  kind: 'pec',
  expiryDate: '2027-03-01',
  renewal: {
    enabled: true,
    period: 'P1Y',
    nextChargeDate: '2027-03-01',
    amount: { value: '24.40', currency: 'EUR' },
    account: mario,
  },
};

/** Every element, in each of its states (data as a host's server would give them). */
const states: Record<string, Array<[string, TemplateResult]>> = {
  'env-picker': [
    ['several environments', html`<env-picker .product=${product}></env-picker>`],
    [
      'one environment',
      html`<env-picker
        .product=${{ ...product, environments: [product.environments[0]] }}
      ></env-picker>`,
    ],
    ['invalid data', html`<env-picker .product=${{ id: 'x' }}></env-picker>`],
    ['English', html`<env-picker lang="en" .product=${product}></env-picker>`],
  ],
  'product-card': [
    ['active', html`<product-card .product=${product}></product-card>`],
    ['no role', html`<product-card .product=${{ ...product, canManage: false }}></product-card>`],
    ['pending', html`<product-card .product=${{ ...product, status: 'pending' }}></product-card>`],
    [
      'available',
      html`<product-card
        .product=${{ ...product, status: 'available', infoHref: 'https://example.it/info' }}
      ></product-card>`,
    ],
    ['invalid data', html`<product-card .product=${{ name: 'x' }}></product-card>`],
  ],
  'product-switch': [
    [
      'several products',
      html`<product-switch
        .products=${[product, io]}
        current-product-id="pagopa"
        current-environment="collaudo"
      ></product-switch>`,
    ],
    [
      'one product',
      html`<product-switch .products=${[product]} current-product-id="pagopa"></product-switch>`,
    ],
    ['invalid data', html`<product-switch .products=${[{ id: 'x' }]}></product-switch>`],
  ],
  'party-switch': [
    [
      'two parties',
      html`<party-switch .parties=${parties} current-party-id="roma"></party-switch>`,
    ],
    [
      'with search',
      html`<party-switch
        .parties=${parties}
        current-party-id="forli"
        search-threshold="1"
      ></party-switch>`,
    ],
    ['invalid data', html`<party-switch .parties=${[{ id: 'x' }]}></party-switch>`],
  ],
  'paypal-account-select': [
    [
      'accounts',
      html`<paypal-account-select .accounts=${[mario]} .order=${order}></paypal-account-select>`,
    ],
    [
      'no account',
      html`<paypal-account-select .accounts=${[]} .order=${order}></paypal-account-select>`,
    ],
    [
      'no renewal',
      html`<paypal-account-select
        .accounts=${[mario]}
        .order=${firmaOrder({ id: 'F-1' })}
      ></paypal-account-select>`,
    ],
    [
      'invalid data',
      html`<paypal-account-select
        .accounts=${[{ id: 'new', email: 'x@y.it' }]}
      ></paypal-account-select>`,
    ],
  ],
  'order-summary': [
    [
      'registered account',
      html`<order-summary
        .order=${order}
        .payment=${{ method: 'paypal', account: mario }}
      ></order-summary>`,
    ],
    [
      'new account',
      html`<order-summary
        .order=${order}
        .payment=${{ method: 'paypal', account: 'new' }}
      ></order-summary>`,
    ],
    [
      'no renewal',
      html`<order-summary
        .order=${firmaOrder({ id: 'F-2' })}
        .payment=${{ method: 'paypal', account: mario }}
      ></order-summary>`,
    ],
    [
      'invalid data',
      html`<order-summary
        .order=${{ ...order, total: 6.1 }}
        .payment=${{ method: 'paypal', account: mario }}
      ></order-summary>`,
    ],
  ],
  'order-pay-button': [
    ['awaiting payment', html`<order-pay-button .order=${order}></order-pay-button>`],
    ['paid', html`<order-pay-button .order=${{ ...order, status: 'paid' }}></order-pay-button>`],
    [
      'cancelled',
      html`<order-pay-button .order=${{ ...order, status: 'cancelled' }}></order-pay-button>`,
    ],
    [
      'expired',
      html`<order-pay-button .order=${{ ...order, status: 'expired' }}></order-pay-button>`,
    ],
    [
      'invalid data',
      html`<order-pay-button .order=${{ ...order, status: 'refunded' }}></order-pay-button>`,
    ],
    ['English', html`<order-pay-button lang="en" .order=${order}></order-pay-button>`],
  ],
  'auto-renewal-control': [
    [
      'on',
      html`<auto-renewal-control .service=${service} .accounts=${[mario]}></auto-renewal-control>`,
    ],
    [
      'off',
      html`<auto-renewal-control
        .service=${{ ...service, renewal: { enabled: false, period: 'P1Y' } }}
      ></auto-renewal-control>`,
    ],
    [
      'not available',
      html`<auto-renewal-control
        .service=${{ id: 'SRV-SSR-2', name: 'Firma Digitale', kind: 'firma-digitale' }}
      ></auto-renewal-control>`,
    ],
    ['invalid data', html`<auto-renewal-control .service=${{ id: 'x' }}></auto-renewal-control>`],
    ['English', html`<auto-renewal-control lang="en" .service=${service}></auto-renewal-control>`],
  ],
  'paypal-accounts': [
    ['list', html`<paypal-accounts .accounts=${[mario]} .services=${[service]}></paypal-accounts>`],
    ['empty', html`<paypal-accounts .accounts=${[]}></paypal-accounts>`],
    ['invalid data', html`<paypal-accounts .accounts=${[{ id: 'x' }]}></paypal-accounts>`],
    ['English', html`<paypal-accounts lang="en" .accounts=${[mario]}></paypal-accounts>`],
  ],
};

/** What a shadow tree shows: elements, attributes that mean something, text; no Lit markers. */
function snapshot(node: Node): string {
  const out: string[] = [];
  const walk = (current: Node) => {
    for (const child of current.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = child.textContent!.replace(/\s+/g, ' ').trim();
        if (value) out.push(value);
      } else if (child instanceof Element) {
        if (child.localName === 'style') continue;
        const attributes = [...child.attributes]
          .filter((a) => a.name !== 'defer-hydration')
          .map((a) => `${a.name}="${a.value}"`)
          .sort();
        out.push(`<${child.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
        if (child.shadowRoot) {
          out.push('#shadow');
          walk(child.shadowRoot);
          out.push('/shadow');
        }
        walk(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  walk(node);
  return out.join('');
}

/** A button's own visible words (not the visually hidden description inside it). */
const label = (button: Element) =>
  [...button.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

// Lit's SSR fixtures are not @open-wc's: they are removed here, after every test, with the
// payment records a test made.
afterEach(() => {
  cleanupFixtures();
  for (const key of Object.keys(localStorage))
    if (key.startsWith('customer-area-kit:')) localStorage.removeItem(key);
});

describe('server-side rendering and hydration', () => {
  for (const [tag, list] of Object.entries(states)) {
    describe(`<${tag}>`, () => {
      for (const [name, template] of list) {
        it(`shows the same, server-rendered then hydrated, as rendered in the browser (${name})`, async () => {
          const client = await fixture<HTMLElement>(template);
          await settled(client);
          const expected = snapshot(client.shadowRoot!);

          const server = await serverRendered<HTMLElement>(template);
          expect(server.shadowRoot, 'declarative shadow DOM').to.exist;
          const first = server.shadowRoot!.firstElementChild;
          expect(first, 'the server rendered content').to.exist;
          await hydrated(server, template);
          expect(server.shadowRoot!.contains(first), 'the server’s nodes are kept').to.be.true;
          expect(snapshot(server.shadowRoot!)).to.equal(expected);
        });
      }
    });
  }
});

describe('server-rendered, before the page’s script has run', () => {
  it('shows Paga, which says it is not available yet and does nothing until hydrated', async () => {
    const template = html`<order-pay-button
      .order=${order}
      .accounts=${[mario]}
    ></order-pay-button>`;
    const el = await serverRendered<HTMLElement>(template);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(label(button)).to.equal('Paga');
    expect(button).to.have.attribute('aria-disabled', 'true');
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
    expect(text(description)).to.equal('disponibile al termine del caricamento della pagina');
    let opened = 0;
    el.addEventListener('order-pay-open', () => (opened += 1));
    button.click();
    expect(opened, 'order-pay-open events before hydration').to.equal(0);
    expect(el.shadowRoot!.querySelector('dialog[open]'), 'an open dialog').to.equal(null);

    await hydrated(el, template);
    const alive = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(alive, 'the same button, hydrated').to.equal(button);
    expect(alive).not.to.have.attribute('aria-disabled');
    expect(alive).not.to.have.attribute('aria-describedby');
    expect(label(alive)).to.equal('Paga');
    const open = oneEvent(el, 'order-pay-open');
    await click(alive);
    await open;
  });

  it('shows, once hydrated, a payment this browser made since the server rendered the page', async () => {
    paymentRegistry().set({
      orderId: order.id,
      requestId: 'req-ssr-paid',
      state: 'paid',
      account: mario,
      result: { status: 'completed', paymentId: 'PAY-SSR' },
    });
    const template = html`<order-pay-button .order=${order}></order-pay-button>`;
    const el = await serverRendered<HTMLElement>(template);
    expect(label(el.shadowRoot!.querySelector('[part="button"]')!), 'the server’s Paga').to.equal(
      'Paga',
    );
    await hydrated(el, template);
    await until(() => !el.shadowRoot!.querySelector('[part="button"]'), 'Paga gone');
    expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.include('Pagato');
  });

  it('speaks the element’s own language, else Italian', async () => {
    const english = await serverRendered<HTMLElement>(
      html`<order-pay-button lang="en" .order=${order}></order-pay-button>`,
    );
    expect(label(english.shadowRoot!.querySelector('[part="button"]')!)).to.equal('Pay');
    const italian = await serverRendered<HTMLElement>(
      html`<env-picker .product=${product}></env-picker>`,
    );
    expect(label(italian.shadowRoot!.querySelector('[part="button"]')!)).to.equal('Gestisci');
  });

  it('keeps closed panels, menus and dialogs hidden', async () => {
    const party = await serverRendered<HTMLElement>(
      html`<party-switch .parties=${parties} current-party-id="roma"></party-switch>`,
    );
    const products = await serverRendered<HTMLElement>(
      html`<product-switch
        .products=${[product, io]}
        current-product-id="pagopa"
      ></product-switch>`,
    );
    const picker = await serverRendered<HTMLElement>(
      html`<env-picker .product=${product}></env-picker>`,
    );
    const hidden = [
      party.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!,
      products.shadowRoot!.querySelector<HTMLElement>('[part="menu"]')!,
      picker.shadowRoot!.querySelector<HTMLElement>('dialog')!,
    ];
    for (const node of hidden) {
      expect(getComputedStyle(node).display, `${node.localName}#${node.id} display`).to.equal(
        'none',
      );
      expect(node.getBoundingClientRect().height, `${node.localName} height`).to.equal(0);
    }
    // What does show: the openers.
    for (const el of [party, products, picker])
      expect(
        el.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect().height,
      ).to.be.above(0);
  });
});

describe('alive whether rendered in the browser or on a server', () => {
  for (const [how, render] of Object.entries(renderings)) {
    describe(how, () => {
      it('<env-picker>: the customer chooses Collaudo and enters', async () => {
        const el = await render(html`<env-picker .product=${product}></env-picker>`);
        const root = el.shadowRoot!;
        await click(root.querySelector('[part="button"]')!);
        await until(() => root.querySelector('dialog')!.open, 'the dialog open');
        const radio = root.querySelector<HTMLInputElement>('input[value="collaudo"]')!;
        await click(radio);
        const chosen = oneEvent(el, 'env-select');
        el.addEventListener('env-select', (event) => event.preventDefault(), { once: true });
        await click(root.querySelector('[part="confirm"]')!);
        expect((await chosen).detail.environment.id).to.equal('collaudo');
      });

      it('<product-card>: Aderisci asks the host to join', async () => {
        const el = await render(
          html`<product-card .product=${{ ...product, status: 'available' }}></product-card>`,
        );
        const joined = oneEvent(el, 'product-join');
        await click(el.shadowRoot!.querySelector('[part="join"]')!);
        expect((await joined).detail.product.id).to.equal('pagopa');
      });

      it('<product-switch>: the menu opens with every product', async () => {
        const el = await render(
          html`<product-switch
            .products=${[product, io]}
            current-product-id="pagopa"
          ></product-switch>`,
        );
        await click(el.shadowRoot!.querySelector('[part="button"]')!);
        const menu = el.shadowRoot!.querySelector<HTMLElement>('[part="menu"]')!;
        await until(() => menu.matches(':popover-open'), 'the menu open');
        const items = [...menu.querySelectorAll('[role="menuitemradio"]')].map((item) =>
          text(item),
        );
        expect(items.join(' | ')).to.include('pagoPA').and.to.include('App IO');
      });

      it('<party-switch>: the customer chooses another organisation', async () => {
        const el = await render(
          html`<party-switch .parties=${parties} current-party-id="roma"></party-switch>`,
        );
        await click(el.shadowRoot!.querySelector('[part="button"]')!);
        const root = el.shadowRoot!;
        await until(
          () =>
            [...root.querySelectorAll('[role="option"]')].some((o) => text(o).includes('Forlì')),
          'the organisations listed',
        );
        const forli = [...root.querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
          text(o).includes('Forlì'),
        )!;
        const chosen = oneEvent(el, 'party-select');
        await click(forli);
        expect((await chosen).detail.party.id).to.equal('forli');
      });

      it('<paypal-account-select>: the customer picks an account', async () => {
        const el = await render<HTMLElement & { value: string }>(
          html`<paypal-account-select
            .accounts=${[mario]}
            .order=${order}
          ></paypal-account-select>`,
        );
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
        const changed = oneEvent(el, 'change');
        select.value = 'new';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await changed;
        expect(el.value).to.equal('new');
      });

      it('<order-pay-button>: Paga opens the dialog', async () => {
        const el = await render(
          html`<order-pay-button .order=${order} .accounts=${[mario]}></order-pay-button>`,
        );
        const open = oneEvent(el, 'order-pay-open');
        await click(el.shadowRoot!.querySelector('[part="button"]')!);
        await open;
        await until(() => !!el.shadowRoot!.querySelector('dialog[open]'), 'the dialog open');
      });
    });
  }
});
