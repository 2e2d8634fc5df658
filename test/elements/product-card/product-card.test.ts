import { expect, fixture, html } from '@open-wc/testing';
import type { ProductCard } from '../../../src/elements/product-card/product-card.js';
import { logging } from '../../kit/console.js';
import {
  appIOWithoutRole,
  LOGO,
  MISSING_LOGO,
  notificheJoining,
  pagoPAToJoin,
  pagoPAToManage,
} from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import { badCard, card, parts, settleLogo } from '../../kit/product-card.js';
import { accessibleName, text } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { imageErrorSeen, nextTask, until } from '../../kit/wait.js';

describe('<product-card>', () => {
  afterEach(() => {
    host.reset();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible active, without role, pending and available (${lang})`, async () => {
        for (const product of [
          pagoPAToManage(),
          appIOWithoutRole(),
          notificheJoining(),
          pagoPAToJoin(),
        ]) {
          const el = await card(product, { lang });
          await settleLogo(el);
          await expect(el).to.be.accessible();
        }
      });

      it(`is accessible with the Gestisci dialog open (${lang})`, async () => {
        const el = await card(pagoPAToManage(), { lang });
        await click(parts(el).manage!);
        await parts(el).picker!.updateComplete;
        expect(parts(el).dialog).to.have.attribute('open');
        await expect(el).to.be.accessible();
        parts(el).dialog!.close();
      });

      it(`is accessible in error and with the logo fallback (${lang})`, async () => {
        const { el } = await badCard({ id: 'x', status: 'active' }, lang);
        expect(parts(el).error).not.to.be.null;
        await expect(el).to.be.accessible();
        const fallback = await card({ ...pagoPAToJoin(), logoUrl: MISSING_LOGO }, { lang });
        await until(() => parts(fallback).logo?.localName === 'span');
        await expect(fallback).to.be.accessible();
      });
    }
  });

  describe('identity', () => {
    it('renders nothing until the host gives a product', async () => {
      const el = await fixture<ProductCard>(html`<product-card></product-card>`);
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
    });

    it('is a block that fills its grid cell', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="display: grid; grid-template-columns: 1fr 1fr; inline-size: 700px">
          <product-card .product=${notificheJoining()}></product-card>
          <product-card .product=${pagoPAToManage()}></product-card>
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
              ...pagoPAToJoin(),
              name: 'Piattaforma Notifiche Digitali della Pubblica Amministrazione',
            }}
          ></product-card>
        </div>
      `);
      const el = wrapper.querySelector('product-card')!;
      await el.updateComplete;
      const box = parts(el).card!;
      expect(box.scrollWidth, 'the card’s content width').to.be.at.most(box.clientWidth);
      expect(Math.round(box.getBoundingClientRect().width)).to.equal(320);
    });

    it('shows the logo (decorative) and the name as a level-3 heading by default', async () => {
      const el = await card(pagoPAToManage());
      const { logo, name } = parts(el);
      expect(logo?.localName).to.equal('img');
      expect(logo?.getAttribute('src')).to.equal(new URL(LOGO, location.href).href);
      expect(logo?.getAttribute('alt')).to.equal('');
      expect(name?.localName).to.equal('h3');
      expect(text(name)).to.equal('pagoPA');
    });

    it('uses heading-level 1 to 6', async () => {
      const el = await card(notificheJoining(), { headingLevel: '5' });
      expect(parts(el).name?.localName).to.equal('h5');
      el.headingLevel = 2;
      await el.updateComplete;
      expect(parts(el).name?.localName).to.equal('h2');
      expect(el.getAttribute('heading-level')).to.equal('2');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(parts(el).name?.localName).to.equal('h1');
    });

    for (const [value, problem] of [
      ['9', 'valore non riconosciuto'],
      ['one', 'tipo non valido'],
    ] as const)
      it(`shows the invalid-data error and logs one console.error for heading-level="${value}"`, async () => {
        const el = await card(notificheJoining());
        const { calls } = await logging(async () => {
          el.setAttribute('heading-level', value);
          await el.updateComplete;
        });
        expect(parts(el).name).to.be.null;
        expect(text(parts(el).error)).to.contain(`Campo «heading-level»: ${problem}`);
        expect(calls).to.have.length(1);
        expect(String(calls[0]![0])).to.contain('heading-level');
      });

    it('shows the initials in a hidden monogram when there is no logo', async () => {
      const el = await card(notificheJoining());
      const { logo } = parts(el);
      expect(logo?.localName).to.equal('span');
      expect(logo?.getAttribute('aria-hidden')).to.equal('true');
      expect(text(logo)).to.equal('PN');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('falls back to the monogram when the logo fails to load', async () => {
      const el = await card({ ...pagoPAToJoin(), logoUrl: MISSING_LOGO });
      await until(() => parts(el).logo?.localName === 'span');
      expect(text(parts(el).logo)).to.equal('P');
      expect(parts(el).logo?.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a new logo again after a failed one', async () => {
      const el = await card({ ...pagoPAToJoin(), logoUrl: MISSING_LOGO });
      await until(() => parts(el).logo?.localName === 'span');
      el.product = pagoPAToJoin();
      await el.updateComplete;
      expect(parts(el).logo?.localName).to.equal('img');
    });

    it('renders hostile HTML in the name as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await card({ ...pagoPAToJoin(), name: hostile, logoUrl: undefined });
      await imageErrorSeen('x');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(text(parts(el).name)).to.equal(hostile);
      expect(parts(el).join?.getAttribute('aria-label')).to.equal(`Aderisci a ${hostile}`);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('active and manageable', () => {
    it('offers Gestisci named with the product, and nothing else', async () => {
      const el = await card(pagoPAToManage());
      const { manage, status, join, info } = parts(el);
      expect(text(manage)).to.equal('Gestisci pagoPA');
      expect(status).to.be.null;
      expect(join).to.be.null;
      expect(info).to.be.null;
    });

    it('forwards remember to the env-picker', async () => {
      const el = await card(pagoPAToManage());
      expect(parts(el).picker).to.have.property('remember', false);
      el.remember = true;
      await el.updateComplete;
      expect(parts(el).picker).to.have.property('remember', true);
    });

    it('exports env-picker parts so the host can style Gestisci', async () => {
      const el = await card(pagoPAToManage());
      const exported = parts(el).picker!.getAttribute('exportparts') ?? '';
      expect(exported).to.contain('button: manage');
      for (const part of ['dialog', 'option', 'confirm', 'cancel']) {
        expect(exported).to.contain(part);
      }
    });

    it('opens the environment dialog on click and env-select reaches the document', async () => {
      const el = await card(pagoPAToManage());
      const received = host.record('env-select', { cancel: true });
      await click(parts(el).manage!);
      await parts(el).picker!.updateComplete;
      expect(parts(el).dialog).to.have.attribute('open');
      await click(parts(el).options[1]!);
      await parts(el).picker!.updateComplete;
      await click(parts(el).enter!);
      expect(received).to.have.length(1);
      expect(received[0]!.detail.environment?.id).to.equal('produzione');
      expect(received[0]!.detail.product.id).to.equal('pagopa');
      expect(received[0]!.target).to.equal(el);
      expect(location.hash).to.equal('');
    });

    it('selects the only environment at once from the keyboard', async () => {
      const el = await card({ ...pagoPAToManage(), environments: [{ id: 'produzione' }] });
      const events = host.record('env-select', { cancel: true });
      parts(el).manage!.focus();
      await press('Enter');
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.detail.environment?.id).to.equal('produzione');
      expect(event).to.include({ composed: true, bubbles: true });
    });
  });

  describe('active without a role', () => {
    it('shows why there is no action, in place of Gestisci', async () => {
      for (const product of [appIOWithoutRole(), { ...appIOWithoutRole(), canManage: undefined }]) {
        const el = await card(product);
        const { status, picker, join } = parts(el);
        expect(text(status)).to.equal('Non hai un ruolo per gestire questo prodotto');
        expect(picker).to.be.null;
        expect(join).to.be.null;
        expect(el.shadowRoot!.querySelector('button, a')).to.be.null;
      }
    });
  });

  describe('pending', () => {
    it('shows “Adesione in corso” and no action', async () => {
      const el = await card({ ...notificheJoining(), canManage: true });
      expect(text(parts(el).status)).to.equal('Adesione in corso');
      expect(el.shadowRoot!.querySelector('button, a, env-picker')).to.be.null;
    });
  });

  describe('available', () => {
    it('offers Aderisci, named with the product, and Scopri di più', async () => {
      const el = await card(pagoPAToJoin());
      const { join, info, picker, status } = parts(el);
      expect(text(join)).to.equal('Aderisci');
      expect(accessibleName(join)).to.equal('Aderisci a pagoPA');
      expect(text(info)).to.equal('Scopri di più');
      expect(accessibleName(info)).to.equal('Scopri di più su pagoPA');
      expect(info?.getAttribute('href')).to.equal('https://example.org/pagopa');
      expect(picker).to.be.null;
      expect(status).to.be.null;
    });

    it('has no Scopri di più without infoHref', async () => {
      const el = await card({ ...pagoPAToJoin(), infoHref: undefined });
      expect(parts(el).info).to.be.null;
      expect(parts(el).join).not.to.be.null;
    });

    it('dispatches one product-join per click, with the product', async () => {
      const el = await card(pagoPAToJoin());
      const events = host.record('product-join');
      await click(parts(el).join!);
      expect(events).to.have.length(1);
      await click(parts(el).join!);
      expect(events).to.have.length(2);
      const onCard = host.record('product-join', { on: el });
      await click(parts(el).join!);
      expect(onCard).to.have.length(1);
      expect(onCard[0]!.detail.product.id).to.equal('pagopa');
      expect(onCard[0]!.detail.product.name).to.equal('pagoPA');
      expect(onCard[0]!).to.include({ bubbles: true, composed: true });
    });

    it('dispatches one product-join per Enter and per space', async () => {
      const el = await card(pagoPAToJoin());
      const events = host.record('product-join', { on: el });
      parts(el).join!.focus();
      await press('Enter');
      expect(events).to.have.length(1);
      await press(' ');
      expect(events).to.have.length(2);
      expect(events.map((e) => e.detail.product.id)).to.deep.equal(['pagopa', 'pagopa']);
    });

    it('reaches Aderisci and Scopri di più with Tab', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button>before</button><product-card .product=${pagoPAToJoin()}></product-card>
        </div>`,
      );
      const el = wrapper.querySelector('product-card')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await press('Tab');
      expect(deepActiveElement()).to.equal(parts(el).join);
      await press('Tab');
      expect(deepActiveElement()).to.equal(parts(el).info);
    });

    it('lets the host cancel product-join', async () => {
      const el = await card(pagoPAToJoin());
      const events = host.record('product-join', { on: el, cancel: true });
      await click(parts(el).join!);
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ cancelable: true, defaultPrevented: true });
    });

    it('dispatches nothing when the host sets or changes the product', async () => {
      const el = await card(pagoPAToJoin());
      const joins = host.record('product-join');
      const selects = host.record('env-select');
      el.product = { ...pagoPAToJoin(), name: 'pagoPA 2' };
      await el.updateComplete;
      el.product = pagoPAToManage();
      await el.updateComplete;
      el.product = pagoPAToJoin();
      await el.updateComplete;
      el.setAttribute('lang', 'en');
      await nextTask();
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
        { ...pagoPAToJoin(), logoUrl: 'javascript:alert(1)' },
        'product.logoUrl',
      ],
      [
        'a data: logoUrl',
        { ...pagoPAToJoin(), logoUrl: 'data:image/svg+xml,<svg onload=alert(1)>' },
        'product.logoUrl',
      ],
      [
        'a javascript: infoHref',
        { ...pagoPAToJoin(), infoHref: 'javascript:alert(1)' },
        'product.infoHref',
      ],
      [
        'a data: infoHref',
        { ...pagoPAToJoin(), infoHref: 'data:text/html,hi' },
        'product.infoHref',
      ],
    ];
    for (const [name, product, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { el, calls } = await badCard(product);
        const { error, join, picker, info } = parts(el);
        expect(join).to.be.null;
        expect(picker).to.be.null;
        expect(info).to.be.null;
        expect(error?.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Il prodotto non può essere mostrato');
        expect(text(error)).to.contain(field);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<product-card>');
      });
    }

    it('reports a malformed JSON attribute, once', async () => {
      const { value: el, calls } = await logging(async () => {
        const created = await fixture<ProductCard>(
          html`<product-card lang="en" product='{"id": "pagopa", name: }'></product-card>`,
        );
        created.requestUpdate();
        await created.updateComplete;
        return created;
      });
      expect(text(parts(el).error)).to.contain('The product cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"product"');
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
      const { el, calls } = await badCard({ id: 'pagopa', status: 'active' });
      const again = await logging(async () => {
        el.remember = true;
        el.setAttribute('lang', 'en');
        await nextTask();
        await el.updateComplete;
        expect(text(parts(el).error)).to.contain('The product cannot be shown');
      });
      expect(calls.length + again.calls.length).to.equal(1);
      el.product = pagoPAToJoin();
      await el.updateComplete;
      expect(parts(el).error).to.be.null;
      expect(text(parts(el).join)).to.equal('Join');
    });
  });

  describe('languages', () => {
    it('speaks English in every state', async () => {
      const active = await card(pagoPAToManage(), { lang: 'en' });
      expect(text(parts(active).manage)).to.equal('Manage pagoPA');
      const role = await card(appIOWithoutRole(), { lang: 'en' });
      expect(text(parts(role).status)).to.equal("You don't have a role to manage this product");
      const wait = await card(notificheJoining(), { lang: 'en' });
      expect(text(parts(wait).status)).to.equal('Membership pending');
      const join = await card(pagoPAToJoin(), { lang: 'en' });
      expect(text(parts(join).join)).to.equal('Join');
      expect(accessibleName(parts(join).join)).to.equal('Join pagoPA');
      expect(text(parts(join).info)).to.equal('Learn more');
      expect(accessibleName(parts(join).info)).to.equal('Learn more about pagoPA');
      const { el: bad } = await badCard({ id: 'x', status: 'active' }, 'en');
      expect(text(parts(bad).error)).to.contain('Field “product.name”: missing.');
    });

    it('follows a change of language on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="it"><product-card .product=${pagoPAToJoin()}></product-card></div>`,
      );
      const el = wrapper.querySelector('product-card')!;
      await el.updateComplete;
      expect(text(parts(el).join)).to.equal('Aderisci');
      wrapper.setAttribute('lang', 'en');
      await nextTask();
      await el.updateComplete;
      expect(text(parts(el).join)).to.equal('Join');
      expect(accessibleName(parts(el).join)).to.equal('Join pagoPA');
    });
  });
});
