import { expect, fixture, html } from '@open-wc/testing';
import type { EnvPicker } from '../../../src/elements/env-picker/env-picker.js';
import type { Product } from '../../../src/model/product.js';
import { logging } from '../../kit/console.js';
import { openByClick, optionNames, parts, picker } from '../../kit/env-picker.js';
import { appIO, notifiche, pagoPA } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import { text, visibleText } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { nextTask } from '../../kit/wait.js';

describe('<env-picker>', () => {
  afterEach(() => {
    host.reset();
    localStorage.removeItem('cak-env:pagopa');
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible closed, open and in error (${lang})`, async () => {
        const el = await picker(pagoPA(), { lang });
        await expect(el).to.be.accessible();
        await openByClick(el);
        expect(parts(el).dialog).to.have.attribute('open');
        await expect(el).to.be.accessible();
        parts(el).dialog!.close();
        await logging(async () => {
          el.product = { id: 'x' } as Product;
          await el.updateComplete;
        });
        expect(parts(el).error).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the Gestisci button', () => {
    it('is named with the product, visible text first', async () => {
      const el = await picker();
      const trigger = parts(el).trigger!;
      expect(text(trigger)).to.equal('Gestisci pagoPA');
      expect(visibleText(trigger)).to.equal('Gestisci');
      expect(trigger.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('renders nothing until the host gives a product', async () => {
      const el = await fixture<EnvPicker>(html`<env-picker></env-picker>`);
      expect(el.shadowRoot!.querySelector('button, dialog, [part]')).to.be.null;
      expect(el.getBoundingClientRect().width).to.equal(0);
    });

    it('is hidden with trigger="none"', async () => {
      const el = await fixture<EnvPicker>(
        html`<env-picker trigger="none" .product=${pagoPA()}></env-picker>`,
      );
      expect(parts(el).trigger).to.equal(null);
    });

    it('dispatches nothing when the product is set or changed by the host', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      el.product = { ...pagoPA(), name: 'pagoPA 2' };
      await el.updateComplete;
      el.product = { id: 'one', name: 'One', environments: [{ id: 'produzione' }] };
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(parts(el).dialog).to.equal(null);
    });
  });

  describe('with zero or one environment', () => {
    it('selects the only environment at once on click', async () => {
      const el = await picker(notifiche());
      expect(parts(el).trigger!).not.to.have.attribute('aria-haspopup');
      const events = host.record('env-select', { on: el, cancel: true });
      await click(parts(el).trigger!);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.environment?.id).to.equal('produzione');
      expect(events[0]!.detail.product.name).to.equal('Piattaforma Notifiche');
      expect(parts(el).dialog).to.equal(null);
    });

    it('selects the product itself (environment null) and goes to its href', async () => {
      const el = await picker(appIO());
      const events = host.record('env-select', { on: el });
      parts(el).trigger!.focus();
      await press('Enter');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.environment).to.equal(null);
      expect(location.hash).to.equal('#io');
    });
  });

  describe('with several environments', () => {
    it('opens a modal dialog named “In quale ambiente vuoi entrare?” with Collaudo then Produzione', async () => {
      const el = await picker();
      await openByClick(el);
      const { dialog, options, radios, enter, cancel } = parts(el);
      expect(dialog).to.have.attribute('open');
      expect(dialog!).to.match(':modal');
      const title = el.shadowRoot!.getElementById(dialog!.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal('In quale ambiente vuoi entrare?');
      expect(optionNames(el)).to.deep.equal(['Ambiente di Collaudo', 'Ambiente di Produzione']);
      expect(text(options[0])).to.contain(
        'Ti permette di conoscere il prodotto e fare prove in tutta sicurezza',
      );
      expect(
        radios.filter((radio) => radio.checked),
        'no environment chosen',
      ).to.be.empty;
      expect(enter!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(enter)).to.equal('Entra');
      expect(text(cancel)).to.equal('Annulla');
    });

    it('moves focus into the dialog', async () => {
      const el = await picker();
      await openByClick(el);
      expect(deepActiveElement()).to.equal(parts(el).radios[0]);
    });

    it('keeps Entra in the Tab order before a choice, says why, and leads to the choice', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await press('Tab');
      await press('Tab');
      const { enter, dialog, radios } = parts(el);
      expect(deepActiveElement()).to.equal(enter);
      expect(enter!.getAttribute('aria-disabled')).to.equal('true');
      const hint = el.shadowRoot!.getElementById(enter!.getAttribute('aria-describedby')!);
      expect(text(hint)).to.equal('Scegli prima un ambiente.');
      expect(hint!.checkVisibility(), 'the hint is shown').to.be.true;
      await press('Enter');
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(dialog).to.have.attribute('open');
      expect(deepActiveElement()).to.equal(radios[0]);
      await press('ArrowDown');
      await el.updateComplete;
      expect(enter!.getAttribute('aria-disabled')).to.equal('false');
      expect(enter!).not.to.have.attribute('aria-describedby');
      expect(hint!.checkVisibility(), 'the hint is shown').to.be.false;
      await expect(el).to.be.accessible();
    });

    it('enables Entra once an environment is chosen, then selects it', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).options[1]!);
      await el.updateComplete;
      expect(parts(el).radios[1]!).to.be.checked;
      expect(parts(el).enter!.getAttribute('aria-disabled')).to.equal('false');
      await click(parts(el).enter!);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.environment?.id).to.equal('produzione');
      expect(events[0]!.detail.product.id).to.equal('pagopa');
      expect(parts(el).dialog).not.to.have.attribute('open');
    });

    it('completes the choice from the keyboard alone and returns focus to Gestisci', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      parts(el).trigger!.focus();
      await press('Enter');
      await el.updateComplete;
      expect(parts(el).dialog).to.have.attribute('open');
      await press(' ');
      await press('ArrowDown');
      await el.updateComplete;
      expect(parts(el).radios[1]!).to.be.checked;
      await press('Tab');
      expect(deepActiveElement()).to.equal(parts(el).cancel);
      await press('Tab');
      expect(deepActiveElement()).to.equal(parts(el).enter);
      await press('Enter');
      expect(events.map((e) => e.detail.environment?.id)).to.deep.equal(['produzione']);
      expect(deepActiveElement()).to.equal(parts(el).trigger);
    });

    it('navigates to the chosen environment when the host does not cancel', async () => {
      const el = await picker();
      host.record('env-select', { on: el });
      await openByClick(el);
      await click(parts(el).options[0]!);
      await click(parts(el).enter!);
      expect(location.hash).to.equal('#collaudo');
    });

    it('does not navigate when the host cancels env-select', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).options[0]!);
      await click(parts(el).enter!);
      expect(events).to.have.length(1);
      expect(events[0], 'cancelled by the host').to.have.property('defaultPrevented', true);
      expect(location.hash).to.equal('');
    });

    it('dispatches env-select so that it bubbles out of the page’s own shadow roots', async () => {
      const el = await picker();
      const events = host.record('env-select', { cancel: true });
      await openByClick(el);
      await click(parts(el).options[0]!);
      await click(parts(el).enter!);
      expect(events).to.have.length(1);
      expect(events[0]).to.include({ bubbles: true, composed: true, cancelable: true });
    });

    it('closes on Escape without an event and returns focus to Gestisci', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).options[0]!);
      await press('Escape');
      await el.updateComplete;
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(events).to.have.length(0);
      expect(deepActiveElement()).to.equal(parts(el).trigger);
    });

    it('closes on Annulla without an event and returns focus to Gestisci', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).cancel!);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(events).to.have.length(0);
      expect(deepActiveElement()).to.equal(parts(el).trigger);
    });

    it('selects once however many times Entra is pressed', async () => {
      const el = await picker();
      const events = host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).options[0]!);
      parts(el).enter!.focus();
      await press('Enter');
      await press('Enter');
      await press(' ');
      expect(events).to.have.length(1);
    });

    it('starts without a choice the next time when remember is off', async () => {
      const el = await picker();
      host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).options[1]!);
      await click(parts(el).enter!);
      await openByClick(el);
      expect(
        parts(el).radios.filter((radio) => radio.checked),
        'no environment chosen',
      ).to.be.empty;
    });

    it('shows a custom environment by its label and description, after the well-known ones', async () => {
      const el = await picker({
        id: 'pagopa',
        name: 'pagoPA',
        environments: [
          {
            id: 'uat',
            label: 'Ambiente di Pre-produzione',
            description: 'Per i partner tecnologici',
          },
          { id: 'produzione' },
          { id: 'collaudo' },
        ],
      });
      await openByClick(el);
      expect(optionNames(el)).to.deep.equal([
        'Ambiente di Collaudo',
        'Ambiente di Produzione',
        'Ambiente di Pre-produzione',
      ]);
      expect(text(parts(el).options[2])).to.contain('Per i partner tecnologici');
    });
  });

  describe('remember', () => {
    it('pre-selects the last choice for the product', async () => {
      const el = await picker(pagoPA(), { remember: true });
      host.record('env-select', { on: el, cancel: true });
      await openByClick(el);
      await click(parts(el).options[1]!);
      await click(parts(el).enter!);

      const again = await picker(pagoPA(), { remember: true });
      await openByClick(again);
      expect(parts(again).radios[1]!).to.be.checked;
      expect(parts(again).enter!.getAttribute('aria-disabled')).to.equal('false');
      expect(deepActiveElement()).to.equal(parts(again).radios[1]);
    });

    it('ignores a remembered environment the product no longer has', async () => {
      localStorage.setItem('cak-env:pagopa', 'gone');
      const el = await picker(pagoPA(), { remember: true });
      await openByClick(el);
      expect(
        parts(el).radios.filter((radio) => radio.checked),
        'no environment chosen',
      ).to.be.empty;
    });

    it('keeps working when storage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await picker(pagoPA(), { remember: true });
        const events = host.record('env-select', { on: el, cancel: true });
        await openByClick(el);
        await click(parts(el).options[0]!);
        await click(parts(el).enter!);
        expect(events.map((e) => e.detail.environment?.id)).to.deep.equal(['collaudo']);
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('open()', () => {
    it('opens the dialog without a button and gives focus back to where it was', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="host-button">Scegli ambiente</button><env-picker trigger="none"></env-picker>
        </div>`,
      );
      const el = wrapper.querySelector('env-picker')!;
      el.product = pagoPA();
      const events = host.record('env-select', { on: el, cancel: true });
      const hostButton = wrapper.querySelector<HTMLButtonElement>('#host-button')!;
      hostButton.addEventListener('click', () => void el.open());
      await click(hostButton);
      await el.updateComplete;
      await nextTask();
      expect(parts(el).dialog).to.have.attribute('open');
      await press('Escape');
      expect(document.activeElement).to.equal(hostButton);
      expect(events).to.have.length(0);
    });

    it('selects at once for a product with one environment', async () => {
      const el = await fixture<EnvPicker>(
        html`<env-picker
          trigger="none"
          .product=${{ id: 'a', name: 'A', environments: [{ id: 'collaudo' }] }}
        ></env-picker>`,
      );
      const events = host.record('env-select', { on: el, cancel: true });
      await el.open();
      expect(events.map((e) => e.detail.environment?.id)).to.deep.equal(['collaudo']);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, string]> = [
      ['a product without a name', { id: 'pagopa' }, 'product.name'],
      ['a product without an id', { name: 'pagoPA' }, 'product.id'],
      [
        'environments that are not an array',
        { id: 'p', name: 'P', environments: 'collaudo' },
        'product.environments',
      ],
      [
        'a duplicate environment id',
        { id: 'p', name: 'P', environments: [{ id: 'collaudo' }, { id: 'collaudo' }] },
        'product.environments[1].id',
      ],
      [
        'a javascript: href',
        { id: 'p', name: 'P', environments: [{ id: 'collaudo', href: 'javascript:alert(1)' }] },
        'product.environments[0].href',
      ],
    ];
    for (const [name, product, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { value: el, calls } = await logging(() => picker(product as Product));
        const { error, trigger } = parts(el);
        expect(trigger).to.equal(null);
        expect(text(error)).to.contain('Il prodotto non può essere mostrato');
        expect(text(error)).to.contain(field);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<env-picker>');
      });
    }

    it('refuses 100 000 environments at once with an error naming the limit of 20', async () => {
      const environments = Array.from({ length: 100_000 }, (_, i) => ({
        id: `env-${i}`,
        label: `Ambiente ${i}`,
      }));
      const { value: el, calls } = await logging(() =>
        picker({ id: 'p', name: 'P', environments }),
      );
      expect(parts(el).trigger).to.equal(null);
      expect(text(parts(el).error)).to.contain(
        'Campo «product.environments»: al massimo 20 ambienti.',
      );
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.equal(
        '<env-picker>: invalid "product.environments" (tooManyEnvironments).',
      );
    });

    it('reports a malformed JSON attribute', async () => {
      const { value: el, calls } = await logging(() =>
        fixture<EnvPicker>(
          html`<env-picker lang="en" product='{"id": "pagopa", name: }'></env-picker>`,
        ),
      );
      expect(text(parts(el).error)).to.contain('The product cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(calls).to.have.length(1);
    });

    it('accepts a valid JSON attribute', async () => {
      const el = await fixture<EnvPicker>(
        html`<env-picker
          product='{"id":"pagopa","name":"pagoPA","environments":[{"id":"collaudo"},{"id":"produzione"}]}'
        ></env-picker>`,
      );
      expect(text(parts(el).trigger)).to.equal('Gestisci pagoPA');
    });

    it('renders hostile HTML in names as text', async () => {
      const el = await picker({ ...pagoPA(), name: '<img src=x onerror="window.__pwned=1">' });
      await openByClick(el);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(parts(el).trigger)).to.equal('Gestisci <img src=x onerror="window.__pwned=1">');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('recovers when the host fixes the product', async () => {
      const { value: el } = await logging(() => picker({ id: 'pagopa' } as Product));
      el.product = pagoPA();
      await el.updateComplete;
      expect(parts(el).error).to.equal(null);
      expect(text(parts(el).trigger)).to.equal('Gestisci pagoPA');
    });
  });

  describe('languages', () => {
    it('speaks English, including the well-known environments', async () => {
      const el = await picker(pagoPA(), { lang: 'en' });
      expect(text(parts(el).trigger)).to.equal('Manage pagoPA');
      await openByClick(el);
      expect(text(parts(el).title)).to.equal('Which environment do you want to enter?');
      expect(optionNames(el)).to.deep.equal(['Test environment', 'Production environment']);
      expect(text(parts(el).enter)).to.equal('Enter');
      expect(text(parts(el).cancel)).to.equal('Cancel');
    });

    it('follows a change of language while open', async () => {
      const el = await picker(pagoPA(), { lang: 'it' });
      await openByClick(el);
      el.setAttribute('lang', 'en');
      await nextTask();
      await el.updateComplete;
      expect(text(parts(el).title)).to.equal('Which environment do you want to enter?');
      expect(parts(el).dialog).to.have.attribute('open');
    });
  });
});
