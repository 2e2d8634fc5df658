import { expect, fixture, html } from '@open-wc/testing';
import type { ProductSwitch } from '../../../src/elements/product-switch/product-switch.js';
import type { Product } from '../../../src/model/product.js';
import { withFakeClock } from '../../kit/clock.js';
import { logging } from '../../kit/console.js';
import { appIO, LOGO, notifiche, pagoPA, products } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  badProductSwitch,
  focusedName,
  itemNames,
  openByKey,
  parts,
  productSwitch,
  settle,
} from '../../kit/product-switch.js';
import { spoken, text, visibleText } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { nextTask } from '../../kit/wait.js';

describe('<product-switch>', () => {
  afterEach(() => {
    host.reset();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible closed, open, with one product, unknown current and in error (${lang})`, async () => {
        const el = await productSwitch({ lang });
        await expect(el).to.be.accessible();
        await click(parts(el).button!);
        await settle(el);
        expect(parts(el).menu).to.match(':popover-open');
        await expect(el).to.be.accessible();
        await press('Escape');

        el.products = [pagoPA()];
        await el.updateComplete;
        expect(parts(el).title).not.to.be.null;
        await expect(el).to.be.accessible();

        await logging(async () => {
          el.products = products();
          el.currentProductId = 'nope';
          await el.updateComplete;
          await expect(el).to.be.accessible();
          el.products = [{ id: 'x' }] as Product[];
          await el.updateComplete;
        });
        expect(parts(el).error).not.to.be.null;
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible with the environment dialog open', async () => {
      const el = await productSwitch();
      host.record('env-select', { on: el, cancel: true });
      await click(parts(el).button!);
      await settle(el);
      await click(parts(el).items[0]!);
      await settle(el);
      expect(parts(el).dialog).to.have.attribute('open');
      await expect(el).to.be.accessible();
    });
  });

  describe('the menu button', () => {
    it('follows the menu button pattern, closed', async () => {
      const el = await productSwitch();
      const { button, menu } = parts(el);
      expect(button!.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button!.getAttribute('aria-expanded')).to.equal('false');
      expect(button!.getAttribute('aria-controls')).to.equal(menu!.id);
      expect(menu!.getAttribute('role')).to.equal('menu');
      expect(menu!.getAttribute('aria-label')).to.equal('Prodotti');
      expect(menu!).to.have.attribute('popover');
      expect(parts(el).menu).not.to.match(':popover-open');
    });

    it('shows the current product and a Collaudo badge, and names both with the action', async () => {
      const el = await productSwitch();
      const { button, badge } = parts(el);
      expect(visibleText(button)).to.equal('pagoPA Collaudo');
      expect(text(badge)).to.equal('Collaudo');
      expect(spoken(button)).to.equal('pagoPA, ambiente Collaudo, cambia prodotto');
      const logo = button!.querySelector<HTMLImageElement>('[part="logo"]');
      expect(logo?.getAttribute('src')).to.equal(new URL(LOGO, location.href).href);
      expect(logo?.getAttribute('alt')).to.equal('');
    });

    it('shows Produzione, a custom environment by its label, or no badge', async () => {
      const el = await productSwitch({ environment: 'produzione' });
      expect(text(parts(el).badge)).to.equal('Produzione');
      expect(spoken(parts(el).button)).to.equal('pagoPA, ambiente Produzione, cambia prodotto');

      el.products = [
        { id: 'interop', name: 'Interoperabilità', environments: [{ id: 'uat', label: 'UAT' }] },
        ...products(),
      ];
      el.currentProductId = 'interop';
      el.currentEnvironment = 'uat';
      await el.updateComplete;
      expect(text(parts(el).badge)).to.equal('UAT');

      el.currentProductId = 'pn';
      el.currentEnvironment = 'collaudo';
      await el.updateComplete;
      expect(parts(el).badge).to.be.null;

      el.currentProductId = 'io';
      el.currentEnvironment = undefined;
      await el.updateComplete;
      expect(parts(el).badge).to.be.null;
      expect(spoken(parts(el).button)).to.equal('App IO, cambia prodotto');
    });

    it('reads its data from JSON attributes', async () => {
      const el = await fixture<ProductSwitch>(
        html`<product-switch
          products='[{"id":"pagopa","name":"pagoPA","environments":[{"id":"collaudo"},{"id":"produzione"}]},{"id":"io","name":"App IO"}]'
          current-product-id="pagopa"
          current-environment="produzione"
        ></product-switch>`,
      );
      expect(el.currentProductId).to.equal('pagopa');
      expect(spoken(parts(el).button)).to.equal('pagoPA, ambiente Produzione, cambia prodotto');
    });

    it('renders nothing without products, or with an empty list', async () => {
      const el = await fixture<ProductSwitch>(html`<product-switch></product-switch>`);
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
      expect(el.getBoundingClientRect().width).to.equal(0);
      el.products = [];
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
    });
  });

  describe('with one product', () => {
    it('shows a plain title with logo, name and badge, without button or menu', async () => {
      const el = await productSwitch({ products: [pagoPA()] });
      const { title, button, menu, badge } = parts(el);
      expect(button).to.be.null;
      expect(menu).to.be.null;
      expect(visibleText(title)).to.equal('pagoPA Collaudo');
      expect(spoken(title)).to.equal('pagoPA, ambiente Collaudo');
      expect(text(badge)).to.equal('Collaudo');
      expect(title!.querySelector('[part="logo"]')).not.to.be.null;
      expect(el.shadowRoot!.querySelector('env-picker')).to.be.null;
    });

    it('still shows the only product when current-product-id names another, logging once', async () => {
      const { el, calls } = await badProductSwitch({
        products: [appIO()],
        current: 'pagopa',
      });
      expect(spoken(parts(el).title)).to.equal('App IO');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"current-product-id"');
    });
  });

  describe('opening and closing', () => {
    it('opens on click, under the button, on the first item with the current product checked', async () => {
      const el = await productSwitch({ current: 'pn', environment: 'produzione' });
      await click(parts(el).button!);
      await settle(el);
      const { button, menu, items } = parts(el);
      expect(parts(el).menu).to.match(':popover-open');
      expect(button!.getAttribute('aria-expanded')).to.equal('true');
      expect(itemNames(el)).to.deep.equal(['pagoPA', 'Piattaforma Notifiche', 'App IO']);
      expect(items.map((item) => item.getAttribute('aria-checked'))).to.deep.equal([
        'false',
        'true',
        'false',
      ]);
      expect(focusedName()).to.equal('pagoPA');
      const b = button!.getBoundingClientRect();
      const m = menu!.getBoundingClientRect();
      expect(m.top, 'the menu’s top').to.be.at.least(b.bottom);
      expect(m.top - b.bottom, 'the gap under the button').to.be.below(16);
      expect(Math.round(m.left)).to.equal(Math.round(b.left));
    });

    it('keeps the menu inside the viewport when the button is at the right edge', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="display:flex;justify-content:flex-end">
          <product-switch .products=${products()} current-product-id="io"></product-switch>
        </div>`,
      );
      const el = wrapper.querySelector('product-switch')!;
      await click(parts(el).button!);
      await settle(el);
      const m = parts(el).menu!.getBoundingClientRect();
      expect(m.left, 'the menu’s left edge').to.be.at.least(0);
      expect(m.right, 'the menu’s right edge').to.be.at.most(window.innerWidth);
      expect(m.width, 'the menu’s width').to.be.at.least(
        parts(el).button!.getBoundingClientRect().width - 1,
      );
    });

    for (const key of ['Enter', ' ', 'ArrowDown']) {
      it(`opens with ${key === ' ' ? 'Space' : key} on the first item, not the checked one`, async () => {
        const el = await productSwitch({ current: 'io', environment: '' });
        await openByKey(el, key);
        expect(parts(el).menu).to.match(':popover-open');
        expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('true');
        expect(focusedName()).to.equal('pagoPA');
      });
    }

    it('opens with ArrowUp with focus on the last item', async () => {
      const el = await productSwitch();
      await openByKey(el, 'ArrowUp');
      expect(parts(el).menu).to.match(':popover-open');
      expect(focusedName()).to.equal('App IO');
    });

    it('opens on the first item when no product is current', async () => {
      const { el } = await badProductSwitch({ current: 'nope' });
      await openByKey(el, 'ArrowDown');
      expect(focusedName()).to.equal('pagoPA');
      expect(parts(el).items.every((i) => i.getAttribute('aria-checked') === 'false')).to.equal(
        true,
      );
    });

    it('closes on Escape and gives focus back to the button', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByKey(el);
      await press('Escape');
      await settle(el);
      expect(parts(el).menu).not.to.match(':popover-open');
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(parts(el).button);
      expect(events).to.have.length(0);
    });

    it('closes on Tab and moves focus on to the next element', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <product-switch .products=${products()} current-product-id="pagopa"></product-switch>
          <a href="#next" id="next">Next</a>
        </div>`,
      );
      const el = wrapper.querySelector('product-switch')!;
      await openByKey(el);
      await press('ArrowDown');
      await press('Tab');
      await settle(el);
      expect(parts(el).menu).not.to.match(':popover-open');
      expect(deepActiveElement()?.id).to.equal('next');
    });

    it('closes when the button is clicked again', async () => {
      const el = await productSwitch();
      await click(parts(el).button!);
      await settle(el);
      await click(parts(el).button!);
      await settle(el);
      expect(parts(el).menu).not.to.match(':popover-open');
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes on a click outside, without an event', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <product-switch .products=${products()} current-product-id="pagopa"></product-switch>
          <p id="outside" style="margin-top:300px">Outside</p>
        </div>`,
      );
      const el = wrapper.querySelector('product-switch')!;
      const events = host.record('env-select', { on: el, cancel: true });
      await click(parts(el).button!);
      await settle(el);
      expect(parts(el).menu).to.match(':popover-open');
      await click(wrapper.querySelector('#outside')!);
      await settle(el);
      expect(parts(el).menu).not.to.match(':popover-open');
      expect(events).to.have.length(0);
    });
  });

  describe('moving in the menu', () => {
    it('moves with ArrowDown and ArrowUp, wrapping at both ends', async () => {
      const el = await productSwitch();
      await openByKey(el);
      expect(focusedName()).to.equal('pagoPA');
      await press('ArrowDown');
      expect(focusedName()).to.equal('Piattaforma Notifiche');
      await press('ArrowDown');
      expect(focusedName()).to.equal('App IO');
      await press('ArrowDown');
      expect(focusedName()).to.equal('pagoPA');
      await press('ArrowUp');
      expect(focusedName()).to.equal('App IO');
      await press('ArrowUp');
      expect(focusedName()).to.equal('Piattaforma Notifiche');
    });

    it('jumps with Home and End', async () => {
      const el = await productSwitch({ current: 'pn' });
      await openByKey(el);
      await press('End');
      expect(focusedName()).to.equal('App IO');
      await press('Home');
      expect(focusedName()).to.equal('pagoPA');
    });

    it('moves to the next item starting with the typed characters', async () => {
      const el = await productSwitch();
      await openByKey(el);
      await withFakeClock(async (clock) => {
        await press('a');
        expect(focusedName()).to.equal('App IO');
        await clock.tickAsync(500);
        await press('p');
        expect(focusedName()).to.equal('pagoPA');
        await press('p');
        expect(focusedName()).to.equal('Piattaforma Notifiche');
        await clock.tickAsync(500);
        await press('P');
        await press('i');
        expect(focusedName()).to.equal('Piattaforma Notifiche');
        await clock.tickAsync(500);
        await press('z');
        expect(focusedName()).to.equal('Piattaforma Notifiche');
      });
      expect(parts(el).menu).to.match(':popover-open');
    });

    it('falls back to the last key when the typed keys match nothing', async () => {
      const el = await productSwitch();
      await openByKey(el);
      expect(focusedName()).to.equal('pagoPA');
      await withFakeClock(async () => {
        // Inside the type-ahead window (the clock does not move): "xa" names no product, "a" does.
        await press('x');
        await press('a');
        expect(focusedName()).to.equal('App IO');
        await press('q');
        await press('p');
        expect(focusedName()).to.equal('pagoPA');
      });
    });

    it('keeps the typed characters for half a second, then starts again', async () => {
      const el = await productSwitch();
      await openByKey(el);
      await withFakeClock(async (clock) => {
        await press('a');
        expect(focusedName()).to.equal('App IO');
        await clock.tickAsync(499);
        await press('p');
        expect(focusedName(), '"ap" within 500 ms').to.equal('App IO');
        await clock.tickAsync(500);
        await press('p');
        expect(focusedName(), '"p" alone 500 ms later').to.equal('pagoPA');
      });
    });
  });

  describe('choosing a product', () => {
    it('selects the only environment at once with Enter, and keeps focus on the button', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByKey(el);
      await press('ArrowDown');
      await press('Enter');
      await settle(el);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.product.id).to.equal('pn');
      expect(events[0]!.detail.environment?.id).to.equal('produzione');
      expect(parts(el).menu).not.to.match(':popover-open');
      expect(deepActiveElement()).to.equal(parts(el).button);
    });

    it('selects with Space too, once', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByKey(el);
      await press('End');
      await press(' ');
      await settle(el);
      expect(events.map((e) => e.detail.product.id)).to.deep.equal(['io']);
      expect(events[0]!.detail.environment).to.equal(null);
      const { dialog } = parts(el);
      expect(dialog?.open ? dialog : null, 'an open environment dialog').to.equal(null);
    });

    it('selects a product on click and lets the host cancel the navigation', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { on: el, cancel: true });
      await click(parts(el).button!);
      await settle(el);
      await click(parts(el).items[1]!);
      await settle(el);
      expect(events).to.have.length(1);
      expect(events[0], 'cancelled by the host').to.have.property('defaultPrevented', true);
      expect(location.hash).to.equal('');
    });

    it('navigates to the environment when the host does not cancel', async () => {
      const el = await productSwitch();
      host.record('env-select', { on: el });
      await click(parts(el).button!);
      await settle(el);
      await click(parts(el).items[1]!);
      await settle(el);
      expect(location.hash).to.equal('#pn');
    });

    it('dispatches env-select out of the page as a bubbling, composed, cancelable event', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { cancel: true });
      await click(parts(el).button!);
      await settle(el);
      await click(parts(el).items[2]!);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event).to.include({ bubbles: true, composed: true, cancelable: true });
      expect(event!.target).to.equal(el);
    });

    it('asks the environment for pagoPA, then selects Produzione and returns focus to the button', async () => {
      const el = await productSwitch({ current: 'io', environment: '' });
      const events = host.record('env-select', { on: el, cancel: true });
      await openByKey(el);
      await press('Home');
      await press('Enter');
      await settle(el);
      const { dialog, envOptions } = parts(el);
      expect(dialog).to.have.attribute('open');
      expect(text(dialog!.querySelector('h2'))).to.equal('In quale ambiente vuoi entrare?');
      expect(text(dialog!.querySelector('.product-name'))).to.equal('pagoPA');
      expect(events).to.have.length(0);
      await click(envOptions[1]!);
      await click(parts(el).envEnter!);
      await settle(el);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.product.id).to.equal('pagopa');
      expect(events[0]!.detail.environment?.id).to.equal('produzione');
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(deepActiveElement()).to.equal(parts(el).button);
    });

    it('returns focus to the button when the environment dialog is dismissed', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { on: el, cancel: true });
      await click(parts(el).button!);
      await settle(el);
      await click(parts(el).items[0]!);
      await settle(el);
      expect(parts(el).dialog).to.have.attribute('open');
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(events).to.have.length(0);
      expect(deepActiveElement()).to.equal(parts(el).button);
    });

    it('lets the customer choose the current product and environment again', async () => {
      const el = await productSwitch({ current: 'pn', environment: 'produzione' });
      const events = host.record('env-select', { on: el, cancel: true });
      await openByKey(el);
      await press('ArrowDown');
      expect(focusedName()).to.equal('Piattaforma Notifiche');
      await press('Enter');
      await settle(el);
      expect(events.map((e) => e.detail.product.id)).to.deep.equal(['pn']);
    });

    it('dispatches nothing when the host changes products or current values', async () => {
      const el = await productSwitch();
      const events = host.record('env-select', { on: el, cancel: true });
      el.currentProductId = 'pn';
      el.currentEnvironment = 'produzione';
      await el.updateComplete;
      el.products = products().slice(1);
      await el.updateComplete;
      el.products = [notifiche()];
      await el.updateComplete;
      await nextTask();
      expect(events).to.have.length(0);
    });
  });

  describe('invalid data', () => {
    const cases: [string, unknown, string][] = [
      ['products that are not an array', { id: 'pagopa', name: 'pagoPA' }, 'products'],
      [
        'a product without id',
        [{ name: 'pagoPA' }, { id: 'io', name: 'App IO' }],
        'products[0].id',
      ],
      [
        'a product without name',
        [{ id: 'pagopa', name: 'pagoPA' }, { id: 'io' }],
        'products[1].name',
      ],
      [
        'duplicate product ids',
        [
          { id: 'io', name: 'App IO' },
          { id: 'io', name: 'IO' },
        ],
        'products[1].id',
      ],
      [
        'a javascript: logo',
        [{ id: 'a', name: 'A', logoUrl: 'javascript:alert(1)' }],
        'products[0].logoUrl',
      ],
      [
        'a data: logo',
        [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B', logoUrl: 'data:image/svg+xml,<svg/>' },
        ],
        'products[1].logoUrl',
      ],
    ];
    for (const [name, list, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { el, calls } = await badProductSwitch({ products: list });
        const { error, button, title } = parts(el);
        expect(button).to.be.null;
        expect(title).to.be.null;
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Il menu dei prodotti non può essere mostrato');
        expect(text(error)).to.contain(`«${field}»`);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<product-switch>');
      });
    }

    it('refuses 100 000 products at once with an error naming the limit of 100', async () => {
      const many = Array.from({ length: 100_000 }, (_, i) => ({ id: `p-${i}`, name: `P ${i}` }));
      const { el, calls } = await badProductSwitch({ products: many, current: 'p-0', lang: 'en' });
      expect(parts(el).button).to.equal(null);
      expect(text(parts(el).error)).to.contain('Field “products”: at most 100 products.');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.equal(
        '<product-switch>: invalid "products" (tooManyProducts).',
      );
    });

    it("names the limit of a product's environments, in Italian and in Slovenian", async () => {
      const environments = Array.from({ length: 21 }, (_, i) => ({ id: `e${i}`, label: `E${i}` }));
      const products = [{ id: 'p', name: 'P', environments }];
      const italian = await badProductSwitch({ products, current: 'p' });
      expect(text(parts(italian.el).error)).to.contain(
        'Campo «products[0].environments»: al massimo 20 ambienti.',
      );
      const slovenian = await badProductSwitch({ products, current: 'p', lang: 'sl' });
      expect(text(parts(slovenian.el).error)).to.contain('največ 20 okolij');
      expect(String(slovenian.calls[0]?.[0])).to.equal(
        '<product-switch>: invalid "products[0].environments" (tooManyEnvironments).',
      );
    });

    it('takes 100 products: the menu opens and End reaches the last one', async () => {
      const many = Array.from({ length: 100 }, (_, i) => ({ id: `p-${i}`, name: `P ${i}` }));
      const el = await productSwitch({ products: many, current: 'p-0', environment: '' });
      await openByKey(el);
      expect(parts(el).items).to.have.length(100);
      await press('End');
      expect(focusedName()).to.equal('P 99');
    });

    it('reports a malformed JSON attribute once, in English', async () => {
      const { value: el, calls } = await logging(async () => {
        const created = await fixture<ProductSwitch>(
          html`<product-switch lang="en" products='[{"id": "pagopa", name: }]'></product-switch>`,
        );
        created.currentProductId = 'pagopa';
        await created.updateComplete;
        return created;
      });
      expect(text(parts(el).error)).to.contain('The product menu cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"products"');
    });

    it('renders hostile HTML in names as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await productSwitch({
        products: [{ id: 'x', name: hostile }, ...products()],
        current: 'x',
        environment: '',
      });
      await click(parts(el).button!);
      await settle(el);
      expect(el.shadowRoot!.querySelector('img:not([part="logo"])')).to.be.null;
      expect(text(parts(el).button!.querySelector('.name'))).to.equal(hostile);
      expect(text(parts(el).items[0]!.querySelector('.name'))).to.equal(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows “Scegli un prodotto” and no badge for an unknown current product, logging once', async () => {
      const { el, calls } = await badProductSwitch({ current: 'nope' });
      const { button, badge, error } = parts(el);
      expect(error).to.be.null;
      expect(badge).to.be.null;
      expect(visibleText(button)).to.equal('Scegli un prodotto');
      expect(spoken(button)).to.equal('Scegli un prodotto');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"current-product-id"');

      const again = await logging(async () => {
        el.currentEnvironment = 'produzione';
        el.lang = 'en';
        await el.updateComplete;
        await nextTask();
      });
      expect(visibleText(parts(el).button)).to.equal('Choose a product');
      expect(again.calls).to.have.length(0);
    });

    it('recovers when the host fixes the data', async () => {
      const { el } = await badProductSwitch({ products: [{ id: 'pagopa' }] });
      el.products = products();
      await el.updateComplete;
      expect(parts(el).error).to.be.null;
      expect(visibleText(parts(el).button)).to.equal('pagoPA Collaudo');
    });
  });

  describe('languages', () => {
    it('speaks English: badge, accessible names and menu', async () => {
      const el = await productSwitch({ lang: 'en' });
      expect(visibleText(parts(el).badge)).to.equal('Test');
      expect(spoken(parts(el).button)).to.equal('pagoPA, Test environment, switch product');
      expect(parts(el).menu!.getAttribute('aria-label')).to.equal('Products');
      el.currentEnvironment = 'produzione';
      await el.updateComplete;
      expect(visibleText(parts(el).badge)).to.equal('Production');
      el.products = [pagoPA()];
      await el.updateComplete;
      expect(spoken(parts(el).title)).to.equal('pagoPA, Production environment');
    });

    it('follows a change of the page language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="it">
          <product-switch
            .products=${products()}
            current-product-id="pagopa"
            current-environment="collaudo"
          ></product-switch>
        </div>`,
      );
      const el = wrapper.querySelector('product-switch')!;
      wrapper.setAttribute('lang', 'en');
      await nextTask();
      await el.updateComplete;
      expect(visibleText(parts(el).badge)).to.equal('Test');
    });

    it('asks the environment in English', async () => {
      const el = await productSwitch({ lang: 'en' });
      host.record('env-select', { on: el, cancel: true });
      await openByKey(el);
      await press('Enter');
      await settle(el);
      expect(text(parts(el).dialog!.querySelector('h2'))).to.equal(
        'Which environment do you want to enter?',
      );
    });
  });
});
