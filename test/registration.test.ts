/**
 * `import 'customer-area-kit'` registers nothing, and every class can be registered under a tag of
 * the host's own. This file runs in a page of its own: nothing else has registered a kit tag.
 */
import { expect } from '@open-wc/testing';
import type { KitElement } from '../src/internal/kit-element.js';
import { mario, pecOrder, pecService } from './kit/fixtures.js';
import { text } from './kit/screen.js';

const KIT_TAGS = [
  'auto-renewal-control',
  'env-picker',
  'order-pay-button',
  'order-summary',
  'party-switch',
  'paypal-account-select',
  'paypal-accounts',
  'product-card',
  'product-switch',
];

const product = {
  id: 'pagopa',
  name: 'pagoPA',
  status: 'active',
  canManage: true,
  environments: [{ id: 'collaudo' }, { id: 'produzione' }],
} as const;

/** Creates `<tag>` with `properties`, in the document, rendered. */
async function create(tag: string, properties: Record<string, unknown>) {
  const element = Object.assign(document.createElement(tag) as KitElement, properties);
  element.lang = 'it';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const shadowText = (element: Element) => text(element.shadowRoot!.querySelector('[part]'));

describe('registration', () => {
  const defined: string[] = [];
  let kit: typeof import('../src/index.js');

  before(async () => {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => {
      defined.push(name);
      define(name, constructor, options);
    };
    try {
      kit = await import('../src/index.js');
    } finally {
      customElements.define = define;
    }
  });

  after(() => document.body.replaceChildren());

  it('registers no tag when the index is imported', () => {
    expect(defined).to.deep.equal([]);
    for (const tag of KIT_TAGS) expect(customElements.get(tag), tag).to.be.undefined;
  });

  it('registers the children an element renders when the element is defined', () => {
    kit.ProductCard.define('host-product-card');
    expect(customElements.get('env-picker')).to.equal(kit.EnvPicker);
    expect(customElements.get('product-card')).to.be.undefined;
    // The pay button's dialog children come with the dialog's steps, loaded when first needed.
    kit.OrderPayButton.define('host-order-pay-button');
    expect(customElements.get('order-pay-button')).to.be.undefined;
    expect(customElements.get('order-summary')).to.be.undefined;
  });

  it('registers every class under a tag of the host, children registered already included', () => {
    kit.ProductSwitch.define('host-product-switch');
    kit.PartySwitch.define('host-party-switch');
    // EnvPicker holds its own tag already (as a child): a subclass takes the host's.
    kit.EnvPicker.define('host-env-picker');
    kit.OrderSummary.define('host-order-summary');
    kit.PayPalAccountSelect.define('host-paypal-account-select');
    kit.AutoRenewalControl.define('host-auto-renewal-control');
    kit.PayPalAccounts.define('host-paypal-accounts');
    const classes = {
      'host-auto-renewal-control': kit.AutoRenewalControl,
      'host-paypal-accounts': kit.PayPalAccounts,
      'host-env-picker': kit.EnvPicker,
      'host-order-pay-button': kit.OrderPayButton,
      'host-order-summary': kit.OrderSummary,
      'host-party-switch': kit.PartySwitch,
      'host-paypal-account-select': kit.PayPalAccountSelect,
      'host-product-card': kit.ProductCard,
      'host-product-switch': kit.ProductSwitch,
    };
    for (const [tag, constructor] of Object.entries(classes))
      expect(document.createElement(tag), tag).to.be.instanceOf(constructor);
  });

  it('renders every element under the host tag, with its children', async () => {
    const picker = await create('host-env-picker', { product });
    expect(shadowText(picker)).to.contain('Gestisci');

    const card = await create('host-product-card', { product });
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('pagoPA');
    const inner = card.shadowRoot!.querySelector('env-picker');
    expect(inner).to.be.instanceOf(kit.EnvPicker);
    await (inner as InstanceType<typeof kit.EnvPicker>).updateComplete;
    expect(shadowText(inner!)).to.contain('Gestisci');

    const menu = await create('host-product-switch', {
      products: [product, { id: 'io', name: 'App IO', href: '#io' }],
      currentProductId: 'pagopa',
      currentEnvironment: 'collaudo',
    });
    expect(text(menu.shadowRoot!.querySelector('button'))).to.contain('pagoPA');
    expect(menu.shadowRoot!.querySelector('env-picker')).to.be.instanceOf(kit.EnvPicker);

    const parties = await create('host-party-switch', {
      parties: [{ id: 'milano', name: 'Comune di Milano', role: 'admin' }],
      currentPartyId: 'milano',
    });
    expect(text(parties.shadowRoot!.querySelector('button'))).to.contain('Comune di Milano');

    const select = await create('host-paypal-account-select', { accounts: [mario] });
    expect(select.shadowRoot!.textContent).to.contain(mario.email);

    const renewal = await create('host-auto-renewal-control', { service: pecService() });
    expect(text(renewal.shadowRoot!.querySelector('[part="state"]'))).to.equal(
      'Rinnovo automatico attivo',
    );
    const accounts = await create('host-paypal-accounts', { accounts: [mario] });
    expect(accounts.shadowRoot!.textContent).to.contain(mario.email);

    const summary = await create('host-order-summary', {
      order: pecOrder(),
      payment: { method: 'paypal', account: mario },
    });
    expect(summary.shadowRoot!.textContent).to.contain('Riepilogo ordine');

    const pay = await create('host-order-pay-button', { order: pecOrder() });
    expect(shadowText(pay)).to.contain('Paga');
    // Its dialog's steps load when the page is idle, and register the two children the dialog
    // renders (as subclasses: the host registered both classes under tags of its own above).
    await customElements.whenDefined('order-summary');
    await customElements.whenDefined('paypal-account-select');
    expect(document.createElement('order-summary')).to.be.instanceOf(kit.OrderSummary);
    expect(document.createElement('paypal-account-select')).to.be.instanceOf(
      kit.PayPalAccountSelect,
    );
  });
});
