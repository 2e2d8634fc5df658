import { expect, fixture, html } from '@open-wc/testing';
import type { PayPalAccountSelect } from '../../../src/elements/paypal-account-select/paypal-account-select.js';
import type { PayPalAccount } from '../../../src/model/paypal-account.js';
import { logging } from '../../kit/console.js';
import { accounts, firmaOrder, marcaOrder, pecOrder } from '../../kit/fixtures.js';
import { arrowDown, formEvents, inForm, parts, select } from '../../kit/paypal-account-select.js';
import { text } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { nextTask, until } from '../../kit/wait.js';

describe('<paypal-account-select>', () => {
  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible with accounts, without, with renewal on and off, and in error (${lang})`, async () => {
        const el = await select(accounts(), { lang, order: pecOrder() });
        expect(parts(el).renewal).to.exist;
        await expect(el).to.be.accessible();
        el.value = 'new';
        await el.updateComplete;
        expect(parts(el).note).to.exist;
        await expect(el).to.be.accessible();
        el.accounts = [];
        el.order = firmaOrder();
        await el.updateComplete;
        expect(parts(el).select).to.be.null;
        await expect(el).to.be.accessible();
        const { calls } = await logging(async () => {
          el.accounts = [{ id: 'x' }] as PayPalAccount[];
          await el.updateComplete;
        });
        expect(calls).to.have.length(1);
        expect(parts(el).errors).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('defaults', () => {
    it('labels a native select with “Account PayPal”', async () => {
      const el = await select();
      const { label, select: control } = parts(el);
      expect(text(label)).to.equal('Account PayPal');
      expect(label!.localName).to.equal('label');
      expect(label!.getAttribute('for')).to.equal(control!.id);
    });

    it('lists a placeholder, the accounts by e-mail (label — e-mail) and Nuovo account PayPal', async () => {
      const el = await select();
      const { options } = parts(el);
      expect(options.map((o) => [o.value, text(o)])).to.deep.equal([
        ['', 'Scegli un account PayPal'],
        ['pp-1', 'mario.rossi@example.it'],
        ['pp-3', 'Studio — studio@example.it'],
        ['new', 'Nuovo account PayPal'],
      ]);
    });

    it('starts with no choice: value "" and selection undefined', async () => {
      const el = await select();
      expect(el.value).to.equal('');
      expect(el.selection).to.equal(undefined);
      expect(parts(el).select!.value).to.equal('');
      expect(parts(el).note).to.be.null;
    });

    it('renders nothing until the host gives the accounts', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select></paypal-account-select>`,
      );
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
      expect(el.value).to.equal('');
    });

    it('takes a custom label', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select
          label="Conto di addebito"
          .accounts=${accounts()}
        ></paypal-account-select>`,
      );
      expect(text(parts(el).label)).to.equal('Conto di addebito');
    });

    it('moves focus to the select (delegatesFocus)', async () => {
      const el = await select();
      el.focus();
      expect(deepActiveElement()).to.equal(parts(el).select);
    });
  });

  describe('value and attributes', () => {
    it('shows the value set by the host and returns the account object as selection', async () => {
      const list = accounts();
      const el = await select(list);
      el.value = 'pp-3';
      await el.updateComplete;
      expect(parts(el).select!.value).to.equal('pp-3');
      expect(el.selection).to.equal(list[1]);
    });

    it('answers "" for an id that is not among the accounts', async () => {
      const el = await select();
      el.value = 'pp-9';
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(parts(el).select!.value).to.equal('');
    });

    it('keeps a value set before the accounts arrive', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select value="pp-1"></paypal-account-select>`,
      );
      expect(el.value).to.equal('');
      el.accounts = accounts();
      await el.updateComplete;
      expect(el.value).to.equal('pp-1');
      expect(parts(el).select!.value).to.equal('pp-1');
    });

    it('accepts JSON attributes for accounts and order', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select
          accounts='[{"id":"a","email":"a@example.it"}]'
          order=${JSON.stringify(pecOrder())}
          value="a"
        ></paypal-account-select>`,
      );
      expect(parts(el).options.map((o) => o.value)).to.deep.equal(['', 'a', 'new']);
      expect(el.value).to.equal('a');
      expect(text(parts(el).renewal)).to.contain('rinnovo automatico');
    });

    it('explains Nuovo account PayPal when it is chosen and selection is "new"', async () => {
      const el = await select(accounts(), { value: 'new' });
      expect(el.selection).to.equal('new');
      expect(text(parts(el).note)).to.contain('registrare il nuovo account');
      expect(parts(el).select!.getAttribute('aria-describedby')).to.contain('note');
    });
  });

  describe('with no account registered', () => {
    it('shows the sentence about registering on PayPal instead of a drop-down, value "new"', async () => {
      const el = await select([]);
      expect(parts(el).select).to.be.null;
      expect(text(parts(el).note)).to.equal(
        'Non hai ancora registrato un account PayPal: dopo il riepilogo, con Prosegui e paga accederai a PayPal e il nuovo account sarà salvato per i prossimi pagamenti.',
      );
      expect(el.value).to.equal('new');
      expect(el.selection).to.equal('new');
    });
  });

  describe('events', () => {
    it('fires exactly one input and one change from the host when the customer chooses with the keyboard', async () => {
      const list = accounts();
      const el = await select(list);
      const events = formEvents(el);
      await arrowDown(el);
      expect(el.value).to.equal('pp-1');
      expect(el.selection).to.equal(list[0]);
      expect(events).to.deep.equal(['input:paypal-account-select', 'change:paypal-account-select']);
    });

    it('reaches Nuovo account PayPal from the keyboard', async () => {
      const el = await select();
      const events = formEvents(el);
      await arrowDown(el);
      await press('ArrowDown');
      await press('ArrowDown');
      // WebDriver (WebKit) may answer before the page has handled the key: wait for its change.
      await until(() => events.filter((e) => e.startsWith('change')).length === 3, '3 changes');
      await el.updateComplete;
      expect(el.value).to.equal('new');
      expect(events.filter((e) => e.startsWith('change'))).to.have.length(3);
      expect(parts(el).note).to.exist;
    });

    it('lets input cross the shadow boundaries of the page once, composed', async () => {
      const el = await select();
      const seen: boolean[] = [];
      const listener = (e: Event) => seen.push(e.composed);
      document.addEventListener('input', listener);
      try {
        await arrowDown(el);
      } finally {
        document.removeEventListener('input', listener);
      }
      expect(seen).to.deep.equal([true]);
    });

    it('fires nothing when the host sets value, accounts or order', async () => {
      const el = await select();
      const events = formEvents(el);
      el.value = 'pp-3';
      el.order = pecOrder();
      await el.updateComplete;
      el.accounts = [...accounts(), { id: 'pp-4', email: 'c@example.it' }];
      el.value = 'new';
      await el.updateComplete;
      expect(events).to.deep.equal([]);
    });
  });

  describe('in a form', () => {
    it('is form-associated: form and FormData follow the value', async () => {
      const { form, el } = await inForm({ value: 'pp-1' });
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('account')).to.equal('pp-1');
      await arrowDown(el);
      expect(new FormData(form).get('account')).to.equal('pp-3');
    });

    it('submits "new" when no account is registered', async () => {
      const { form, el } = await inForm();
      el.accounts = [];
      await el.updateComplete;
      expect(new FormData(form).get('account')).to.equal('new');
    });

    it('blocks submit while required and empty, with a localised valueMissing message', async () => {
      const { form, el } = await inForm({ required: true });
      let submits = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submits += 1;
      });
      expect(el, 'takes part in validation').to.have.property('willValidate', true);
      expect(el.validity).to.have.property('valueMissing', true);
      expect(el.validationMessage).to.equal(
        'Scegli un account PayPal oppure Nuovo account PayPal.',
      );
      expect({
        form: form.checkValidity(),
        element: el.checkValidity(),
        reported: el.reportValidity(),
      }).to.deep.equal({ form: false, element: false, reported: false });
      form.requestSubmit();
      expect(submits).to.equal(0);
      await arrowDown(el);
      expect(el.validity).to.have.property('valid', true);
      expect({ form: form.checkValidity() }).to.deep.equal({ form: true });
      form.requestSubmit();
      expect(submits).to.equal(1);
    });

    it('focuses the drop-down when the form reports the missing choice', async () => {
      const { form, el } = await inForm({ required: true });
      form.reportValidity();
      expect(deepActiveElement()).to.equal(parts(el).select);
    });

    it('goes back to the initial value on form reset', async () => {
      const { form, el } = await inForm({ value: 'pp-3' });
      el.value = 'new';
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('pp-3');
      expect(parts(el).select!.value).to.equal('pp-3');
    });

    it('is disabled by a disabled fieldset and by its own disabled attribute', async () => {
      const { form, el, fieldset } = await inForm({ value: 'pp-1' });
      fieldset.disabled = true;
      await nextTask();
      await el.updateComplete;
      expect(parts(el).select).to.have.attribute('disabled');
      expect([...new FormData(form).keys()]).not.to.include('account');
      fieldset.disabled = false;
      await nextTask();
      await el.updateComplete;
      expect(parts(el).select).not.to.have.attribute('disabled');
      el.disabled = true;
      await el.updateComplete;
      expect(el).to.have.attribute('disabled');
      expect(parts(el).select).to.have.attribute('disabled');
      expect([...new FormData(form).keys()]).not.to.include('account');
    });

    it('ignores clicks while disabled', async () => {
      const { el } = await inForm();
      el.disabled = true;
      await el.updateComplete;
      const events = formEvents(el);
      await click(parts(el).select!);
      await press('ArrowDown');
      await press('Escape');
      expect(events).to.deep.equal([]);
      expect(el.value).to.equal('');
    });

    it('restores a saved state', async () => {
      const { el } = await inForm();
      el.formStateRestoreCallback('pp-3');
      await el.updateComplete;
      expect(parts(el).select!.value).to.equal('pp-3');
    });
  });

  describe('automatic renewal notice', () => {
    it('says PayPal turns automatic renewal on for a PEC, with period and next charge', async () => {
      const el = await select(accounts(), { order: pecOrder() });
      expect(text(parts(el).renewal)).to.equal(
        'Il pagamento con PayPal attiva il rinnovo automatico del servizio alla prossima scadenza. Importo del rinnovo: 24,40 € IVA inclusa. Durata del rinnovo: 1 anno. Prossimo addebito: 1 marzo 2027.',
      );
      expect(parts(el).select!.getAttribute('aria-describedby')).to.equal('renewal');
    });

    it('says it is not available for Firma Digitale', async () => {
      const el = await select(accounts(), {
        order: firmaOrder(),
      });
      expect(text(parts(el).renewal)).to.equal(
        'Il rinnovo automatico non è disponibile per Firma Digitale Remota (non previsto per Firma Digitale e Marca Temporale).',
      );
    });

    it('says it is not available for this order when autoRenew is false', async () => {
      const el = await select([], {
        order: pecOrder({ product: { kind: 'pec', name: 'PEC Pro', autoRenew: false } }),
      });
      expect(text(parts(el).renewal)).to.equal(
        'Il rinnovo automatico non è disponibile per PEC Pro (non previsto per questo ordine).',
      );
    });

    it('shows no notice without an order', async () => {
      const el = await select();
      expect(parts(el).renewal).to.be.null;
      expect(parts(el).select!).not.to.have.attribute('aria-describedby');
    });

    it('links to how to turn renewal off, http(s) only', async () => {
      const el = await select(accounts(), { order: pecOrder() });
      el.renewalInfoHref = 'https://example.it/guida/rinnovo';
      await el.updateComplete;
      // It opens in a new tab, and says so in its name: the payment is never left.
      expect(text(parts(el).link)).to.equal(
        'Come disattivare il rinnovo automatico (si apre in una nuova scheda)↗',
      );
      expect(parts(el).link!.target).to.equal('_blank');
      expect(parts(el).link!.rel).to.contain('noopener');
      expect(parts(el).link!.href).to.equal('https://example.it/guida/rinnovo');
      const { calls } = await logging(async () => {
        el.setAttribute('renewal-info-href', 'javascript:alert(1)');
        await el.updateComplete;
      });
      expect(parts(el).link).to.be.null;
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"renewal-info-href"');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, string]> = [
      ['accounts that are not an array', { id: 'a', email: 'a@example.it' }, 'accounts'],
      [
        'a duplicate id',
        [
          { id: 'a', email: 'a@example.it' },
          { id: 'a', email: 'b@example.it' },
        ],
        'accounts[1].id',
      ],
      [
        'a duplicate e-mail',
        [
          { id: 'a', email: 'a@example.it' },
          { id: 'b', email: 'A@example.it' },
        ],
        'accounts[1].email',
      ],
      ['a missing e-mail', [{ id: 'a' }], 'accounts[0].email'],
    ];
    for (const [name, list, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { value: el, calls } = await logging(() => select(list));
        expect(parts(el).select).to.be.null;
        expect(text(parts(el).errors[0])).to.contain(
          'Gli account PayPal non possono essere mostrati',
        );
        expect(text(parts(el).errors[0])).to.contain(field);
        expect(parts(el).errors[0]!.getAttribute('role')).to.equal('alert');
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<paypal-account-select>');
        expect(el.value).to.equal('');
      });
    }

    it('reports a malformed JSON attribute, in English', async () => {
      const { value: el, calls } = await logging(() =>
        fixture<PayPalAccountSelect>(
          html`<paypal-account-select lang="en" accounts="[{id: }"></paypal-account-select>`,
        ),
      );
      expect(text(parts(el).errors[0])).to.contain('The PayPal accounts cannot be shown');
      expect(text(parts(el).errors[0])).to.contain('malformed JSON');
      expect(calls).to.have.length(1);
    });

    it('keeps the drop-down but reports a bad order in place of the notice', async () => {
      const { value: el, calls } = await logging(() =>
        select(accounts(), { order: { ...pecOrder(), product: { kind: 'pec' } } }),
      );
      expect(parts(el).select).to.exist;
      expect(parts(el).renewal).to.be.null;
      expect(text(parts(el).errors[0])).to.contain('order.product.name');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"order.product.name"');
    });

    it('renders hostile HTML in labels and e-mails as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await select([{ id: 'a', email: 'x@example.it', label: hostile }]);
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(text(parts(el).options[1])).to.equal(`${hostile} — x@example.it`);
      const { calls } = await logging(async () => {
        el.accounts = [{ id: 'b', email: hostile }];
        await el.updateComplete;
      });
      expect(calls).to.have.length(1);
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('does not log again on re-render, and recovers when the host fixes the data', async () => {
      const { value: el, calls } = await logging(async () => {
        const created = await select('nope');
        created.label = 'Altro';
        created.setAttribute('lang', 'en');
        await nextTask();
        await created.updateComplete;
        return created;
      });
      expect(calls).to.have.length(1);
      el.accounts = accounts();
      await el.updateComplete;
      expect(parts(el).errors).to.have.length(0);
      expect(parts(el).options).to.have.length(4);
    });
  });

  describe('languages', () => {
    it('speaks English, validation message included', async () => {
      const el = await select(accounts(), {
        lang: 'en',
        order: marcaOrder(),
      });
      el.required = true;
      await el.updateComplete;
      expect(text(parts(el).label)).to.equal('PayPal account');
      expect(parts(el).options.map((o) => text(o))).to.deep.equal([
        'Choose a PayPal account',
        'mario.rossi@example.it',
        'Studio — studio@example.it',
        'New PayPal account',
      ]);
      expect(text(parts(el).renewal)).to.equal(
        'Automatic renewal is not available for Marca Temporale (not offered for Digital Signature and Time Stamp).',
      );
      expect(el.validationMessage).to.equal('Choose a PayPal account or New PayPal account.');
    });

    it('follows a change of language', async () => {
      const el = await select([]);
      el.setAttribute('lang', 'en');
      await nextTask();
      await el.updateComplete;
      expect(text(parts(el).note)).to.contain('You have not registered a PayPal account yet');
    });
  });
});
