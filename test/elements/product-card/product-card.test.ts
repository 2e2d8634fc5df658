import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/product-card/define.js';
import type { ProductCard } from '../../../src/elements/product-card/product-card.js';
import type { EnvSelectEvent } from '../../../src/events/env-select-event.js';
import type { ProductJoinEvent } from '../../../src/events/product-join-event.js';
import type { Product } from '../../../src/model/product.js';
import {
  captureConsole,
  click,
  deepActiveElement,
  imageErrorSeen,
  press,
  text,
  until,
} from '../../helpers/user.js';

const LOGO = '/demo/img/pagopa.svg';
const MISSING_LOGO = '/no-such-logo.png';

const manageable = (): Product => ({
  id: 'pagopa',
  name: 'pagoPA',
  logoUrl: LOGO,
  status: 'active',
  canManage: true,
  environments: [
    { id: 'collaudo', href: '#collaudo' },
    { id: 'produzione', href: '#produzione' },
  ],
});
const noRole = (): Product => ({ id: 'io', name: 'App IO', status: 'active', canManage: false });
const pending = (): Product => ({ id: 'pn', name: 'Piattaforma Notifiche', status: 'pending' });
const available = (): Product => ({
  id: 'pagopa',
  name: 'pagoPA',
  logoUrl: LOGO,
  status: 'available',
  infoHref: 'https://example.org/pagopa',
});

const parts = (el: ProductCard) => {
  const root = el.shadowRoot!;
  const picker = root.querySelector('env-picker');
  return {
    card: root.querySelector<HTMLElement>('[part="card"]'),
    logo: root.querySelector<HTMLElement>('[part="logo"]'),
    name: root.querySelector<HTMLElement>('[part="name"]'),
    status: root.querySelector<HTMLElement>('[part="status"]'),
    join: root.querySelector<HTMLButtonElement>('[part="join"]'),
    info: root.querySelector<HTMLAnchorElement>('[part="info"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
    picker,
    manage: picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]') ?? null,
    dialog: picker?.shadowRoot?.querySelector<HTMLDialogElement>('dialog') ?? null,
    options: [...(picker?.shadowRoot?.querySelectorAll<HTMLElement>('[part="option"]') ?? [])],
    enter: picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part="confirm"]') ?? null,
  };
};

/** The accessible name as a screen reader computes it here: aria-label, else the text. */
const accessibleName = (node: Element | null) => node?.getAttribute('aria-label') ?? text(node);

async function card(product: Product, attrs: { lang?: string; headingLevel?: string } = {}) {
  const el = await fixture<ProductCard>(
    html`<product-card
      .product=${product}
      lang=${attrs.lang ?? 'it'}
      heading-level=${attrs.headingLevel ?? '3'}
    ></product-card>`,
  );
  await el.updateComplete;
  await parts(el).picker?.updateComplete;
  return el;
}

/** Builds a card with invalid data, capturing console.error around it. */
async function badCard(product: unknown, lang = 'it') {
  const errors = captureConsole('error');
  let el: ProductCard;
  try {
    el = await card(product as Product, { lang });
  } finally {
    errors.restore();
  }
  return { el, errors };
}

/** Listeners to remove after each test. */
const cleanups: Array<() => void> = [];

function recordJoins(target: EventTarget, { cancel = false } = {}) {
  const events: ProductJoinEvent[] = [];
  const listener = (event: Event) => {
    events.push(event as ProductJoinEvent);
    if (cancel) event.preventDefault();
  };
  target.addEventListener('product-join', listener);
  cleanups.push(() => target.removeEventListener('product-join', listener));
  return events;
}

/** Waits until an <img> has either loaded or been replaced after an error. */
async function settleLogo(el: ProductCard) {
  await until(() => {
    const logo = parts(el).logo;
    return !(logo instanceof HTMLImageElement) || logo.complete;
  });
  await aTimeout(0);
  await el.updateComplete;
}

describe('<product-card>', () => {
  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible active, without role, pending and available (${lang})`, async () => {
        for (const product of [manageable(), noRole(), pending(), available()]) {
          const el = await card(product, { lang });
          await settleLogo(el);
          await expect(el).to.be.accessible();
        }
      });

      it(`is accessible with the Gestisci dialog open (${lang})`, async () => {
        const el = await card(manageable(), { lang });
        await click(parts(el).manage!);
        await aTimeout(0);
        expect(parts(el).dialog!.open).to.equal(true);
        await expect(el).to.be.accessible();
        parts(el).dialog!.close();
      });

      it(`is accessible in error and with the logo fallback (${lang})`, async () => {
        const { el } = await badCard({ id: 'x', status: 'active' }, lang);
        expect(parts(el).error === null).to.equal(false);
        await expect(el).to.be.accessible();
        const fallback = await card({ ...available(), logoUrl: MISSING_LOGO }, { lang });
        await until(() => parts(fallback).logo?.localName === 'span');
        await expect(fallback).to.be.accessible();
      });
    }
  });

  describe('identity', () => {
    it('renders nothing until the host gives a product', async () => {
      const el = await fixture<ProductCard>(html`<product-card></product-card>`);
      expect(el.shadowRoot!.querySelector('[part]') === null).to.equal(true);
    });

    it('is a block that fills its grid cell', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="display: grid; grid-template-columns: 1fr 1fr; inline-size: 700px">
          <product-card .product=${pending()}></product-card>
          <product-card .product=${manageable()}></product-card>
        </div>
      `);
      const [first, second] = [...wrapper.querySelectorAll('product-card')];
      await first!.updateComplete;
      await second!.updateComplete;
      expect(getComputedStyle(first!).display).to.equal('block');
      expect(Math.round(first!.getBoundingClientRect().width)).to.equal(350);
      const cardHeight = (el: ProductCard) => parts(el).card!.getBoundingClientRect().height;
      expect(Math.round(cardHeight(first!))).to.equal(Math.round(cardHeight(second!)));
    });

    it('fits a 320 px wide container without overflowing', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <product-card
            .product=${{
              ...available(),
              name: 'Piattaforma Notifiche Digitali della Pubblica Amministrazione',
            }}
          ></product-card>
        </div>
      `);
      const el = wrapper.querySelector('product-card')!;
      await el.updateComplete;
      const box = parts(el).card!;
      expect(box.scrollWidth <= box.clientWidth).to.equal(true);
      expect(Math.round(box.getBoundingClientRect().width)).to.equal(320);
    });

    it('shows the logo (decorative) and the name as a level-3 heading by default', async () => {
      const el = await card(manageable());
      const { logo, name } = parts(el);
      expect(logo?.localName).to.equal('img');
      expect(logo?.getAttribute('src')).to.equal(new URL(LOGO, location.href).href);
      expect(logo?.getAttribute('alt')).to.equal('');
      expect(name?.localName).to.equal('h3');
      expect(text(name)).to.equal('pagoPA');
    });

    it('uses heading-level 2 to 6 and falls back to 3 otherwise', async () => {
      const el = await card(pending(), { headingLevel: '5' });
      expect(parts(el).name?.localName).to.equal('h5');
      el.headingLevel = 2;
      await el.updateComplete;
      expect(parts(el).name?.localName).to.equal('h2');
      expect(el.getAttribute('heading-level')).to.equal('2');
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(parts(el).name?.localName).to.equal('h3');
      el.setAttribute('heading-level', 'one');
      await el.updateComplete;
      expect(parts(el).name?.localName).to.equal('h3');
    });

    it('shows the initials in a hidden monogram when there is no logo', async () => {
      const el = await card(pending());
      const { logo } = parts(el);
      expect(logo?.localName).to.equal('span');
      expect(logo?.getAttribute('aria-hidden')).to.equal('true');
      expect(text(logo)).to.equal('PN');
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
    });

    it('falls back to the monogram when the logo fails to load', async () => {
      const el = await card({ ...available(), logoUrl: MISSING_LOGO });
      await until(() => parts(el).logo?.localName === 'span');
      expect(text(parts(el).logo)).to.equal('P');
      expect(parts(el).logo?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a new logo again after a failed one', async () => {
      const el = await card({ ...available(), logoUrl: MISSING_LOGO });
      await until(() => parts(el).logo?.localName === 'span');
      el.product = available();
      await el.updateComplete;
      expect(parts(el).logo?.localName).to.equal('img');
    });

    it('renders hostile HTML in the name as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await card({ ...available(), name: hostile, logoUrl: undefined });
      await imageErrorSeen('x');
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(text(parts(el).name)).to.equal(hostile);
      expect(parts(el).join?.getAttribute('aria-label')).to.equal(`Aderisci a ${hostile}`);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('active and manageable', () => {
    it('offers Gestisci named with the product, and nothing else', async () => {
      const el = await card(manageable());
      const { manage, status, join, info } = parts(el);
      expect(text(manage)).to.equal('Gestisci pagoPA');
      expect(status === null && join === null && info === null).to.equal(true);
    });

    it('forwards remember to the env-picker', async () => {
      const el = await card(manageable());
      expect(parts(el).picker!.remember).to.equal(false);
      el.remember = true;
      await el.updateComplete;
      expect(parts(el).picker!.remember).to.equal(true);
    });

    it('exports env-picker parts so the host can style Gestisci', async () => {
      const el = await card(manageable());
      const exported = parts(el).picker!.getAttribute('exportparts') ?? '';
      expect(exported).to.contain('button: manage');
      for (const part of ['dialog', 'option', 'confirm', 'cancel']) {
        expect(exported).to.contain(part);
      }
    });

    it('opens the environment dialog on click and env-select reaches the document', async () => {
      const el = await card(manageable());
      const received: EnvSelectEvent[] = [];
      const listener = (event: Event) => {
        received.push(event as EnvSelectEvent);
        event.preventDefault();
      };
      document.addEventListener('env-select', listener);
      try {
        await click(parts(el).manage!);
        await aTimeout(0);
        expect(parts(el).dialog!.open).to.equal(true);
        await click(parts(el).options[1]!);
        await parts(el).picker!.updateComplete;
        await click(parts(el).enter!);
      } finally {
        document.removeEventListener('env-select', listener);
      }
      expect(received).to.have.length(1);
      expect(received[0]!.detail.environment?.id).to.equal('produzione');
      expect(received[0]!.detail.product.id).to.equal('pagopa');
      expect(received[0]!.target === el).to.equal(true);
      expect(location.hash).to.equal('');
    });

    it('selects the only environment at once from the keyboard', async () => {
      const el = await card({ ...manageable(), environments: [{ id: 'produzione' }] });
      setTimeout(() => {
        parts(el).manage!.focus();
        void press('Enter');
      });
      document.addEventListener('env-select', (e) => e.preventDefault(), { once: true });
      const event = (await oneEvent(document, 'env-select')) as EnvSelectEvent;
      expect(event.detail.environment?.id).to.equal('produzione');
      expect(event.composed && event.bubbles).to.equal(true);
    });
  });

  describe('active without a role', () => {
    it('shows why there is no action, in place of Gestisci', async () => {
      for (const product of [noRole(), { ...noRole(), canManage: undefined }]) {
        const el = await card(product);
        const { status, picker, join } = parts(el);
        expect(text(status)).to.equal('Non hai un ruolo per gestire questo prodotto');
        expect(picker === null && join === null).to.equal(true);
        expect(el.shadowRoot!.querySelector('button, a') === null).to.equal(true);
      }
    });
  });

  describe('pending', () => {
    it('shows “Adesione in corso” and no action', async () => {
      const el = await card({ ...pending(), canManage: true });
      expect(text(parts(el).status)).to.equal('Adesione in corso');
      expect(el.shadowRoot!.querySelector('button, a, env-picker') === null).to.equal(true);
    });
  });

  describe('available', () => {
    it('offers Aderisci, named with the product, and Scopri di più', async () => {
      const el = await card(available());
      const { join, info, picker, status } = parts(el);
      expect(text(join)).to.equal('Aderisci');
      expect(accessibleName(join)).to.equal('Aderisci a pagoPA');
      expect(text(info)).to.equal('Scopri di più');
      expect(accessibleName(info)).to.equal('Scopri di più su pagoPA');
      expect(info?.getAttribute('href')).to.equal('https://example.org/pagopa');
      expect(picker === null && status === null).to.equal(true);
    });

    it('has no Scopri di più without infoHref', async () => {
      const el = await card({ ...available(), infoHref: undefined });
      expect(parts(el).info === null).to.equal(true);
      expect(parts(el).join === null).to.equal(false);
    });

    it('dispatches one product-join per click, with the product', async () => {
      const el = await card(available());
      const events = recordJoins(document);
      await click(parts(el).join!);
      expect(events).to.have.length(1);
      await click(parts(el).join!);
      expect(events).to.have.length(2);
      const onCard = recordJoins(el);
      await click(parts(el).join!);
      expect(onCard).to.have.length(1);
      expect(onCard[0]!.detail.product.id).to.equal('pagopa');
      expect(onCard[0]!.detail.product.name).to.equal('pagoPA');
      expect(onCard[0]!.bubbles && onCard[0]!.composed).to.equal(true);
    });

    it('dispatches one product-join per Enter and per space', async () => {
      const el = await card(available());
      const events = recordJoins(el);
      parts(el).join!.focus();
      await press('Enter');
      expect(events).to.have.length(1);
      await press(' ');
      expect(events).to.have.length(2);
      expect(events.every((e) => e.detail.product.id === 'pagopa')).to.equal(true);
    });

    it('reaches Aderisci and Scopri di più with Tab', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button><product-card .product=${available()}></product-card>
        </div>`,
      );
      const el = wrapper.querySelector('product-card')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await press('Tab');
      expect(deepActiveElement() === parts(el).join).to.equal(true);
      await press('Tab');
      expect(deepActiveElement() === parts(el).info).to.equal(true);
    });

    it('lets the host cancel product-join', async () => {
      const el = await card(available());
      const events = recordJoins(el, { cancel: true });
      await click(parts(el).join!);
      expect(events).to.have.length(1);
      expect(events[0]!.cancelable).to.equal(true);
      expect(events[0]!.defaultPrevented).to.equal(true);
    });

    it('dispatches nothing when the host sets or changes the product', async () => {
      const el = await card(available());
      const joins = recordJoins(document);
      const selects: Event[] = [];
      const onSelect = (e: Event) => selects.push(e);
      document.addEventListener('env-select', onSelect);
      try {
        el.product = { ...available(), name: 'pagoPA 2' };
        await el.updateComplete;
        el.product = manageable();
        await el.updateComplete;
        el.product = available();
        await el.updateComplete;
        el.setAttribute('lang', 'en');
        await aTimeout(0);
      } finally {
        document.removeEventListener('env-select', onSelect);
      }
      expect(joins.length + selects.length).to.equal(0);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, string]> = [
      ['a missing id', { name: 'pagoPA', status: 'active' }, 'product.id'],
      ['a missing name', { id: 'pagopa', status: 'active' }, 'product.name'],
      ['a missing status', { id: 'pagopa', name: 'pagoPA' }, 'product.status'],
      ['an unknown status', { id: 'pagopa', name: 'pagoPA', status: 'archived' }, 'product.status'],
      [
        'a javascript: logoUrl',
        { ...available(), logoUrl: 'javascript:alert(1)' },
        'product.logoUrl',
      ],
      [
        'a data: logoUrl',
        { ...available(), logoUrl: 'data:image/svg+xml,<svg onload=alert(1)>' },
        'product.logoUrl',
      ],
      [
        'a javascript: infoHref',
        { ...available(), infoHref: 'javascript:alert(1)' },
        'product.infoHref',
      ],
      ['a data: infoHref', { ...available(), infoHref: 'data:text/html,hi' }, 'product.infoHref'],
    ];
    for (const [name, product, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { el, errors } = await badCard(product);
        const { error, join, picker, info } = parts(el);
        expect(join === null && picker === null && info === null).to.equal(true);
        expect(error?.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Il prodotto non può essere mostrato');
        expect(text(error)).to.contain(field);
        expect(errors.calls).to.have.length(1);
        expect(String(errors.calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(errors.calls[0]?.[0])).to.contain('<product-card>');
      });
    }

    it('reports a malformed JSON attribute, once', async () => {
      const errors = captureConsole('error');
      let el: ProductCard;
      try {
        el = await fixture<ProductCard>(
          html`<product-card lang="en" product='{"id": "pagopa", name: }'></product-card>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('The product cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('"product"');
    });

    it('accepts a valid JSON attribute', async () => {
      const el = await fixture<ProductCard>(
        html`<product-card
          product='{"id":"pagopa","name":"pagoPA","status":"available"}'
        ></product-card>`,
      );
      expect(text(parts(el).join)).to.equal('Aderisci');
    });

    it('does not log again on re-render, and recovers when the host fixes the product', async () => {
      const { el, errors } = await badCard({ id: 'pagopa', status: 'active' });
      const again = captureConsole('error');
      try {
        el.remember = true;
        el.setAttribute('lang', 'en');
        await aTimeout(0);
        await el.updateComplete;
        expect(text(parts(el).error)).to.contain('The product cannot be shown');
      } finally {
        again.restore();
      }
      expect(errors.calls.length + again.calls.length).to.equal(1);
      el.product = available();
      await el.updateComplete;
      expect(parts(el).error === null).to.equal(true);
      expect(text(parts(el).join)).to.equal('Join');
    });
  });

  describe('languages', () => {
    it('speaks English in every state', async () => {
      const active = await card(manageable(), { lang: 'en' });
      expect(text(parts(active).manage)).to.equal('Manage pagoPA');
      const role = await card(noRole(), { lang: 'en' });
      expect(text(parts(role).status)).to.equal("You don't have a role to manage this product");
      const wait = await card(pending(), { lang: 'en' });
      expect(text(parts(wait).status)).to.equal('Membership pending');
      const join = await card(available(), { lang: 'en' });
      expect(text(parts(join).join)).to.equal('Join');
      expect(accessibleName(parts(join).join)).to.equal('Join pagoPA');
      expect(text(parts(join).info)).to.equal('Learn more');
      expect(accessibleName(parts(join).info)).to.equal('Learn more about pagoPA');
      const { el: bad } = await badCard({ id: 'x', status: 'active' }, 'en');
      expect(text(parts(bad).error)).to.contain('Field “product.name”: missing.');
    });

    it('follows a change of language on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="it"><product-card .product=${available()}></product-card></div>`,
      );
      const el = wrapper.querySelector('product-card')!;
      await el.updateComplete;
      expect(text(parts(el).join)).to.equal('Aderisci');
      wrapper.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(text(parts(el).join)).to.equal('Join');
      expect(accessibleName(parts(el).join)).to.equal('Join pagoPA');
    });
  });
});
