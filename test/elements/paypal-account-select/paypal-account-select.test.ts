import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/paypal-account-select/define.js';
import type { PayPalAccountSelect } from '../../../src/elements/paypal-account-select/paypal-account-select.js';
import type { Order } from '../../../src/model/order.js';
import type { PayPalAccount } from '../../../src/model/paypal-account.js';
import { captureConsole } from '../../kit/console.js';
import { text } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { nextTask } from '../../kit/wait.js';

const accounts = (): PayPalAccount[] => [
  { id: 'acc-1', email: 'mario.rossi@example.it' },
  { id: 'acc-2', email: 'studio@example.it', label: 'Studio' },
];

const order = (product: Order['product'] = { kind: 'pec', name: 'PEC Standard' }): Order => ({
  id: 'A-1',
  status: 'awaiting-payment',
  product,
  lines: [
    {
      description: 'PEC Standard 1 anno',
      quantity: 1,
      unitPrice: { value: '20.00', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  total: { value: '24.40', currency: 'EUR' },
  renewal: { period: 'P1Y', nextChargeDate: '2027-03-01' },
});

const parts = (el: PayPalAccountSelect) => {
  const root = el.shadowRoot!;
  return {
    label: root.querySelector<HTMLElement>('[part="label"]'),
    select: root.querySelector<HTMLSelectElement>('select'),
    options: [...root.querySelectorAll<HTMLOptionElement>('option')],
    note: root.querySelector<HTMLElement>('[part="new-account-note"]'),
    renewal: root.querySelector<HTMLElement>('[part="renewal"]'),
    errors: [...root.querySelectorAll<HTMLElement>('[part="error"]')],
    link: root.querySelector<HTMLAnchorElement>('[part="renewal"] a'),
  };
};

async function select(
  list: unknown = accounts(),
  attrs: { lang?: string; order?: unknown; value?: string } = {},
) {
  return fixture<PayPalAccountSelect>(
    html`<paypal-account-select
      lang=${attrs.lang ?? 'it'}
      .accounts=${list}
      .order=${attrs.order}
      .value=${attrs.value ?? ''}
    ></paypal-account-select>`,
  );
}

/** Creates the element while recording console.error. */
async function withErrors<T>(make: () => Promise<T>): Promise<[T, unknown[][]]> {
  const errors = captureConsole('error');
  try {
    const el = await make();
    return [el, errors.calls];
  } finally {
    errors.restore();
  }
}

function recordEvents(el: HTMLElement): string[] {
  const events: string[] = [];
  el.addEventListener('input', (e) => events.push(`input:${(e.target as Element).localName}`));
  el.addEventListener('change', (e) => events.push(`change:${(e.target as Element).localName}`));
  return events;
}

/** Moves the choice down one option with the keyboard, as a customer does. */
async function arrowDown(el: PayPalAccountSelect) {
  parts(el).select!.focus();
  await press('ArrowDown');
  await el.updateComplete;
}

describe('<paypal-account-select>', () => {
  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible with accounts, without, with renewal on and off, and in error (${lang})`, async () => {
        const el = await select(accounts(), { lang, order: order() });
        expect(parts(el).renewal).to.exist;
        await expect(el).to.be.accessible();
        el.value = 'new';
        await el.updateComplete;
        expect(parts(el).note).to.exist;
        await expect(el).to.be.accessible();
        el.accounts = [];
        el.order = order({ kind: 'firma-digitale', name: 'Firma Digitale Remota' });
        await el.updateComplete;
        expect(parts(el).select === null).to.equal(true);
        await expect(el).to.be.accessible();
        const [, calls] = await withErrors(async () => {
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
        ['acc-1', 'mario.rossi@example.it'],
        ['acc-2', 'Studio — studio@example.it'],
        ['new', 'Nuovo account PayPal'],
      ]);
    });

    it('starts with no choice: value "" and selection undefined', async () => {
      const el = await select();
      expect(el.value).to.equal('');
      expect(el.selection).to.equal(undefined);
      expect(parts(el).select!.value).to.equal('');
      expect(parts(el).note === null).to.equal(true);
    });

    it('renders nothing until the host gives the accounts', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select></paypal-account-select>`,
      );
      expect(el.shadowRoot!.querySelector('[part]') === null).to.equal(true);
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
      expect(deepActiveElement() === parts(el).select).to.equal(true);
    });
  });

  describe('value and attributes', () => {
    it('shows the value set by the host and returns the account object as selection', async () => {
      const list = accounts();
      const el = await select(list);
      el.value = 'acc-2';
      await el.updateComplete;
      expect(parts(el).select!.value).to.equal('acc-2');
      expect(el.selection === list[1]).to.equal(true);
    });

    it('answers "" for an id that is not among the accounts', async () => {
      const el = await select();
      el.value = 'acc-9';
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(parts(el).select!.value).to.equal('');
    });

    it('keeps a value set before the accounts arrive', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select value="acc-1"></paypal-account-select>`,
      );
      expect(el.value).to.equal('');
      el.accounts = accounts();
      await el.updateComplete;
      expect(el.value).to.equal('acc-1');
      expect(parts(el).select!.value).to.equal('acc-1');
    });

    it('accepts JSON attributes for accounts and order', async () => {
      const el = await fixture<PayPalAccountSelect>(
        html`<paypal-account-select
          accounts='[{"id":"a","email":"a@example.it"}]'
          order=${JSON.stringify(order())}
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
      expect(parts(el).select === null).to.equal(true);
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
      const events = recordEvents(el);
      await arrowDown(el);
      expect(el.value).to.equal('acc-1');
      expect(el.selection === list[0]).to.equal(true);
      expect(events).to.deep.equal(['input:paypal-account-select', 'change:paypal-account-select']);
    });

    it('reaches Nuovo account PayPal from the keyboard', async () => {
      const el = await select();
      const events = recordEvents(el);
      await arrowDown(el);
      await press('ArrowDown');
      await press('ArrowDown');
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
      const events = recordEvents(el);
      el.value = 'acc-2';
      el.order = order();
      await el.updateComplete;
      el.accounts = [...accounts(), { id: 'acc-3', email: 'c@example.it' }];
      el.value = 'new';
      await el.updateComplete;
      expect(events).to.deep.equal([]);
    });
  });

  describe('in a form', () => {
    async function inForm(attrs: { required?: boolean; value?: string } = {}) {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset>
            <paypal-account-select
              name="account"
              lang="it"
              ?required=${attrs.required ?? false}
              .accounts=${accounts()}
              .value=${attrs.value ?? ''}
            ></paypal-account-select>
          </fieldset>
          <button>Prosegui</button>
        </form>`,
      );
      const el = form.querySelector('paypal-account-select')!;
      await el.updateComplete;
      return { form, el, fieldset: form.querySelector('fieldset')! };
    }

    it('is form-associated: form and FormData follow the value', async () => {
      const { form, el } = await inForm({ value: 'acc-1' });
      expect(el.form === form).to.equal(true);
      expect(new FormData(form).get('account')).to.equal('acc-1');
      await arrowDown(el);
      expect(new FormData(form).get('account')).to.equal('acc-2');
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
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(
        'Scegli un account PayPal oppure Nuovo account PayPal.',
      );
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(el.reportValidity()).to.equal(false);
      form.requestSubmit();
      expect(submits).to.equal(0);
      await arrowDown(el);
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submits).to.equal(1);
    });

    it('focuses the drop-down when the form reports the missing choice', async () => {
      const { form, el } = await inForm({ required: true });
      form.reportValidity();
      expect(deepActiveElement() === parts(el).select).to.equal(true);
    });

    it('goes back to the initial value on form reset', async () => {
      const { form, el } = await inForm({ value: 'acc-2' });
      el.value = 'new';
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('acc-2');
      expect(parts(el).select!.value).to.equal('acc-2');
    });

    it('is disabled by a disabled fieldset and by its own disabled attribute', async () => {
      const { form, el, fieldset } = await inForm({ value: 'acc-1' });
      fieldset.disabled = true;
      await nextTask();
      await el.updateComplete;
      expect(parts(el).select!.disabled).to.equal(true);
      expect(new FormData(form).has('account')).to.equal(false);
      fieldset.disabled = false;
      await nextTask();
      await el.updateComplete;
      expect(parts(el).select!.disabled).to.equal(false);
      el.disabled = true;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(true);
      expect(parts(el).select!.disabled).to.equal(true);
      expect(new FormData(form).has('account')).to.equal(false);
    });

    it('ignores clicks while disabled', async () => {
      const { el } = await inForm();
      el.disabled = true;
      await el.updateComplete;
      const events = recordEvents(el);
      await click(parts(el).select!);
      await press('ArrowDown');
      await press('Escape');
      expect(events).to.deep.equal([]);
      expect(el.value).to.equal('');
    });

    it('restores a saved state', async () => {
      const { el } = await inForm();
      el.formStateRestoreCallback('acc-2');
      await el.updateComplete;
      expect(parts(el).select!.value).to.equal('acc-2');
    });
  });

  describe('automatic renewal notice', () => {
    it('says PayPal turns automatic renewal on for a PEC, with period and next charge', async () => {
      const el = await select(accounts(), { order: order() });
      expect(text(parts(el).renewal)).to.equal(
        'Il pagamento con PayPal attiva il rinnovo automatico del servizio alla prossima scadenza. Importo del rinnovo: 24,40 € IVA inclusa. Durata del rinnovo: 1 anno. Prossimo addebito: 1 marzo 2027.',
      );
      expect(parts(el).select!.getAttribute('aria-describedby')).to.equal('renewal');
    });

    it('says it is not available for Firma Digitale', async () => {
      const el = await select(accounts(), {
        order: order({ kind: 'firma-digitale', name: 'Firma Digitale Remota' }),
      });
      expect(text(parts(el).renewal)).to.equal(
        'Il rinnovo automatico non è disponibile per Firma Digitale Remota (non previsto per Firma Digitale e Marca Temporale).',
      );
    });

    it('says it is not available for this order when autoRenew is false', async () => {
      const el = await select([], {
        order: order({ kind: 'pec', name: 'PEC Pro', autoRenew: false }),
      });
      expect(text(parts(el).renewal)).to.equal(
        'Il rinnovo automatico non è disponibile per PEC Pro (non previsto per questo ordine).',
      );
    });

    it('shows no notice without an order', async () => {
      const el = await select();
      expect(parts(el).renewal === null).to.equal(true);
      expect(parts(el).select!.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('links to how to turn renewal off, http(s) only', async () => {
      const el = await select(accounts(), { order: order() });
      el.renewalInfoHref = 'https://example.it/guida/rinnovo';
      await el.updateComplete;
      // It opens in a new tab, and says so in its name: the payment is never left.
      expect(text(parts(el).link)).to.equal(
        'Come disattivare il rinnovo automatico (si apre in una nuova scheda)↗',
      );
      expect(parts(el).link!.target).to.equal('_blank');
      expect(parts(el).link!.rel).to.contain('noopener');
      expect(parts(el).link!.href).to.equal('https://example.it/guida/rinnovo');
      const [, calls] = await withErrors(async () => {
        el.setAttribute('renewal-info-href', 'javascript:alert(1)');
        await el.updateComplete;
      });
      expect(parts(el).link === null).to.equal(true);
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
        const [el, calls] = await withErrors(() => select(list));
        expect(parts(el).select === null).to.equal(true);
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
      const [el, calls] = await withErrors(() =>
        fixture<PayPalAccountSelect>(
          html`<paypal-account-select lang="en" accounts="[{id: }"></paypal-account-select>`,
        ),
      );
      expect(text(parts(el).errors[0])).to.contain('The PayPal accounts cannot be shown');
      expect(text(parts(el).errors[0])).to.contain('malformed JSON');
      expect(calls).to.have.length(1);
    });

    it('keeps the drop-down but reports a bad order in place of the notice', async () => {
      const [el, calls] = await withErrors(() =>
        select(accounts(), { order: { ...order(), product: { kind: 'pec' } } }),
      );
      expect(parts(el).select).to.exist;
      expect(parts(el).renewal === null).to.equal(true);
      expect(text(parts(el).errors[0])).to.contain('order.product.name');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"order.product.name"');
    });

    it('renders hostile HTML in labels and e-mails as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await select([{ id: 'a', email: 'x@example.it', label: hostile }]);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(text(parts(el).options[1])).to.equal(`${hostile} — x@example.it`);
      const [, calls] = await withErrors(async () => {
        el.accounts = [{ id: 'b', email: hostile }];
        await el.updateComplete;
      });
      expect(calls).to.have.length(1);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('does not log again on re-render, and recovers when the host fixes the data', async () => {
      const [el, calls] = await withErrors(async () => {
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
        order: order({ kind: 'marca-temporale', name: 'Time Stamp' }),
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
        'Automatic renewal is not available for Time Stamp (not offered for Digital Signature and Time Stamp).',
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
