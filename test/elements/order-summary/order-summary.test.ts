import { expect, fixture, html } from '@open-wc/testing';
import type { OrderSummary } from '../../../src/elements/order-summary/order-summary.js';
import { captureConsole, logging } from '../../kit/console.js';
import {
  firmaOrder,
  largeOrder,
  marcaOrder,
  newAccountChoice,
  pecOrder,
  registeredChoice,
} from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import { badSummary, parts, summary } from '../../kit/order-summary.js';
import { pairs, plain, renderedText, text } from '../../kit/screen.js';
import { click, press } from '../../kit/user.js';
import { imageErrorSeen, nextFrame, nextTask, until } from '../../kit/wait.js';

describe('<order-summary>', () => {
  afterEach(() => host.reset());

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible with a registered account and renewal on (${lang})`, async () => {
        const el = await summary(largeOrder(), registeredChoice(), { lang });
        expect(parts(el).renewal).to.exist;
        await expect(el).to.be.accessible();
      });

      it(`is accessible with a new account (${lang})`, async () => {
        const el = await summary(pecOrder(), newAccountChoice(), { lang });
        await expect(el).to.be.accessible();
      });

      it(`is accessible with renewal not available (${lang})`, async () => {
        const el = await summary(firmaOrder(), registeredChoice(), { lang });
        await expect(el).to.be.accessible();
      });

      it(`is accessible while busy and with the actions hidden (${lang})`, async () => {
        const el = await summary(pecOrder(), registeredChoice(), { lang, busy: true });
        expect(parts(el).confirm).to.have.attribute('disabled');
        await expect(el).to.be.accessible();
        el.hideActions = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`is accessible in error (${lang})`, async () => {
        const { el } = await badSummary({ ...pecOrder(), total: undefined }, registeredChoice(), {
          lang,
        });
        expect(parts(el).error).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('content', () => {
    it('renders nothing until the host gives both order and payment', async () => {
      const el = await fixture<OrderSummary>(html`<order-summary></order-summary>`);
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
      el.order = pecOrder();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
      el.payment = registeredChoice();
      await el.updateComplete;
      expect(text(parts(el).heading)).to.equal('Riepilogo ordine');
    });

    it('has an h2 “Riepilogo ordine” by default and sections one level below', async () => {
      const el = await summary();
      expect(parts(el).heading!.localName).to.equal('h2');
      expect(text(parts(el).heading)).to.equal('Riepilogo ordine');
      expect(parts(el).payment!.querySelector('h3')).not.to.be.null;
      expect(parts(el).renewal!.querySelector('h3')).not.to.be.null;
    });

    it('follows heading-level, its sections one level below', async () => {
      const el = await summary(pecOrder(), registeredChoice(), { headingLevel: 1 });
      expect(parts(el).heading!.localName).to.equal('h1');
      expect(parts(el).payment!.querySelector('h2')).not.to.be.null;
    });

    it('shows the invalid-data error and logs one console.error for heading-level 9', async () => {
      const { el, calls } = await badSummary(pecOrder(), registeredChoice(), { headingLevel: 9 });
      expect(parts(el).heading).to.be.null;
      expect(text(parts(el).error)).to.contain('Campo «heading-level»: valore non riconosciuto');
      expect(calls).to.have.length(1);
      expect(String(calls[0]![0])).to.contain('heading-level');
    });

    it('shows the order number and the product name, the id when there is no number', async () => {
      const el = await summary();
      const facts = pairs(parts(el).facts);
      expect(facts).to.deep.equal([
        ['Ordine n.', '2026/000123'],
        ['Prodotto', 'PEC Standard'],
      ]);
      const firma = firmaOrder({ number: undefined });
      el.order = firma;
      await el.updateComplete;
      expect(pairs(parts(el).facts)[0]).to.deep.equal(['Ordine n.', firma.id]);
    });

    it('lists the lines in a table with caption and column headers', async () => {
      const el = await summary(largeOrder());
      const table = parts(el).lines!;
      expect(table.localName).to.equal('table');
      expect(text(table.caption)).to.equal('Dettaglio dell’ordine');
      expect([...table.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal([
        'Descrizione',
        'Quantità',
        'Prezzo unitario',
        'Importo',
      ]);
      const rows = [...table.tBodies[0]!.rows].map((row) =>
        [...row.cells].map((cell) => renderedText(cell)),
      );
      expect(rows).to.deep.equal([
        ['Conservazione, 100 GB', '3', '300,00 €', '900,00 €'],
        ['Spazio aggiuntivo', '1', '111,89 €', '111,89 €'],
      ]);
    });

    it('moves quantity and unit price under the description when narrow (320 px page)', async () => {
      const el = await summary(largeOrder());
      el.style.inlineSize = '288px';
      await nextFrame();
      const table = parts(el).lines!;
      expect(
        [...table.querySelectorAll<HTMLElement>('thead th')].map((th) => renderedText(th)),
      ).to.deep.equal(['Descrizione', '', '', 'Importo']);
      expect([...table.tBodies[0]!.rows[0]!.cells].map((cell) => renderedText(cell))).to.deep.equal(
        ['Conservazione, 100 GB 3 × 300,00 €', '', '', '900,00 €'],
      );
      expect(table.getBoundingClientRect().width, 'the table’s width').to.be.at.most(288);
      el.style.inlineSize = '';
    });

    it('shows Imponibile, IVA and Totale IVA inclusa, grouped as it-IT always is', async () => {
      const el = await summary(largeOrder());
      expect(pairs(parts(el).totals)).to.deep.equal([
        ['Imponibile', '1.011,89 €'],
        ['IVA (22%)', '222,61 €'],
        ['Totale IVA inclusa', '1.234,50 €'],
      ]);
      expect(plain(text(parts(el).total))).to.equal('Totale IVA inclusa 1.234,50 €');
      expect(getComputedStyle(parts(el).total!.querySelector('dd')!).textAlign).to.equal('end');
      expect(getComputedStyle(parts(el).total!.querySelector('dd')!).fontVariantNumeric).to.equal(
        'tabular-nums',
      );
    });

    it('computes Imponibile and IVA from the lines when the host gives none, and shows the host’s total', async () => {
      // The host's total (25.00) wins over the sum of the lines (24.40).
      const el = await summary({ ...pecOrder(), total: { value: '25.00', currency: 'EUR' } });
      expect(pairs(parts(el).totals)).to.deep.equal([
        ['Imponibile', '20,00 €'],
        ['IVA (22%)', '4,40 €'],
        ['Totale IVA inclusa', '25,00 €'],
      ]);
    });

    it('says just IVA when the lines have different rates', async () => {
      const order = largeOrder();
      order.lines[1]!.vatRate = 10;
      const el = await summary(order);
      expect(pairs(parts(el).totals)[1]![0]).to.equal('IVA');
    });

    it('formats a currency without decimals (JPY) with none', async () => {
      const el = await summary({
        ...pecOrder(),
        lines: [
          {
            description: 'Casella',
            quantity: 1,
            unitPrice: { value: '1500', currency: 'JPY' },
            vatRate: 0,
          },
        ],
        total: { value: '1500', currency: 'JPY' },
      });
      const total = plain(text(parts(el).total!.querySelector('dd')));
      const expected = plain(
        new Intl.NumberFormat('it-IT', {
          style: 'currency',
          currency: 'JPY',
          useGrouping: 'always',
        }).format(1500),
      );
      expect(total).to.equal(expected);
      expect(total).to.match(/^1\.500\D/);
      expect(total).not.to.contain(',');
    });

    it('shows PayPal and the registered account’s e-mail', async () => {
      const el = await summary();
      expect(text(parts(el).payment!.querySelector('h3'))).to.equal('Pagamento');
      expect(pairs(parts(el).payment!.querySelector('dl'))).to.deep.equal([
        ['Modalità di pagamento', 'PayPal'],
        ['Account PayPal', 'mario.rossi@example.it'],
      ]);
    });

    it('explains a new account will be registered on PayPal', async () => {
      const el = await summary(pecOrder(), newAccountChoice());
      expect(pairs(parts(el).payment!.querySelector('dl'))[1]).to.deep.equal([
        'Account PayPal',
        'Nuovo account PayPal: lo registrerai su PayPal',
      ]);
    });

    it('accepts order and payment as JSON attributes', async () => {
      const el = await fixture<OrderSummary>(html`
        <order-summary
          order=${JSON.stringify(largeOrder())}
          payment='{"method":"paypal","account":"new"}'
        ></order-summary>
      `);
      expect(plain(text(parts(el).total))).to.equal('Totale IVA inclusa 1.234,50 €');
      expect(text(parts(el).payment)).to.contain('Nuovo account PayPal');
    });
  });

  describe('renewal terms', () => {
    it('shows amount IVA inclusa, period, next charge, account and the link to turn it off', async () => {
      const el = await summary();
      const renewal = parts(el).renewal!;
      expect(text(renewal.querySelector('h3'))).to.equal('Rinnovo automatico attivo');
      expect(pairs(renewal.querySelector('dl'))).to.deep.equal([
        ['Importo del rinnovo', '24,40 € IVA inclusa'],
        ['Durata del rinnovo', '1 anno'],
        ['Prossimo addebito', '1 marzo 2027'],
        ['Addebito su', 'mario.rossi@example.it'],
      ]);
      const link = renewal.querySelector('a')!;
      expect(text(link)).to.equal(
        'Come disattivare il rinnovo automatico (si apre in una nuova scheda)↗',
      );
      expect(link.target).to.equal('_blank');
      expect(link.getAttribute('href')).to.equal('https://example.org/guida/rinnovo');
    });

    it('names the new account and leaves out an unknown next charge date', async () => {
      const el = await summary(largeOrder(), newAccountChoice());
      expect(pairs(parts(el).renewal!.querySelector('dl'))).to.deep.equal([
        ['Importo del rinnovo', '1.234,50 € IVA inclusa'],
        ['Durata del rinnovo', '1 anno'],
        ['Addebito su', 'il nuovo account PayPal'],
      ]);
    });

    it('says renewal is not available for Firma Digitale and Marca Temporale', async () => {
      for (const order of [firmaOrder(), marcaOrder()]) {
        const el = await summary(order);
        expect(text(parts(el).renewal)).to.equal(
          'Il rinnovo automatico non è disponibile per questo prodotto',
        );
        expect(text(el.shadowRoot!.querySelector('article'))).not.to.contain(
          'Rinnovo automatico attivo',
        );
      }
    });

    it('follows product.autoRenew over the rule of the kind', async () => {
      const on = await summary({
        ...firmaOrder(),
        product: { kind: 'firma-digitale', name: 'Firma', autoRenew: true },
      });
      expect(text(parts(on).renewal)).to.contain('Rinnovo automatico attivo');
      const off = await summary({
        ...pecOrder(),
        product: { kind: 'pec', name: 'PEC', autoRenew: false },
      });
      expect(parts(off).renewal).to.be.null;
      expect(text(off.shadowRoot!.querySelector('article'))).not.to.contain('Rinnovo automatico');
    });

    it('has no link without renewal-info-href, and refuses a javascript: one with one error', async () => {
      const el = await fixture<OrderSummary>(
        html`<order-summary .order=${pecOrder()} .payment=${registeredChoice()}></order-summary>`,
      );
      expect(parts(el).renewal!.querySelector('a')).to.be.null;
      const { el: bad, calls } = await badSummary(pecOrder(), registeredChoice(), {
        renewalInfoHref: 'javascript:alert(1)',
      });
      expect(parts(bad).renewal!.querySelector('a')).to.be.null;
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"renewal-info-href"');
    });
  });

  describe('actions', () => {
    it('offers Indietro and Prosegui e paga', async () => {
      const el = await summary();
      expect(text(parts(el).back)).to.equal('Indietro');
      expect(text(parts(el).confirm)).to.equal('Prosegui e paga');
      expect(parts(el).confirm!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('fires order-summary-confirm once on a click, with the host’s order and payment', async () => {
      const order = pecOrder();
      const payment = registeredChoice();
      const el = await summary(order, payment);
      const confirms = host.record('order-summary-confirm', { on: el });
      const backs = host.record('order-summary-back', { on: el });
      await click(parts(el).confirm!);
      expect(confirms).to.have.length(1);
      expect(backs).to.have.length(0);
      expect(confirms[0]!.detail.order).to.equal(order);
      expect(confirms[0]!.detail.payment).to.equal(payment);
      expect(confirms[0]).to.have.property('cancelable', false);
    });

    it('fires order-summary-back once on a click, with the host’s order', async () => {
      const order = pecOrder();
      const el = await summary(order);
      const confirms = host.record('order-summary-confirm', { on: el });
      const backs = host.record('order-summary-back', { on: el });
      await click(parts(el).back!);
      expect(backs).to.have.length(1);
      expect(confirms).to.have.length(0);
      expect(backs[0]!.detail.order).to.equal(order);
    });

    for (const key of ['Enter', ' ']) {
      it(`confirms and goes back exactly once from the keyboard (${JSON.stringify(key)})`, async () => {
        const el = await summary();
        const confirms = host.record('order-summary-confirm', { on: el });
        const backs = host.record('order-summary-back', { on: el });
        parts(el).confirm!.focus();
        await press(key);
        expect(confirms).to.have.length(1);
        expect(backs).to.have.length(0);
        parts(el).back!.focus();
        await press(key);
        expect(backs).to.have.length(1);
        expect(confirms).to.have.length(1);
      });
    }

    it('reaches Indietro then Prosegui e paga with Tab', async () => {
      const el = await summary(pecOrder(), registeredChoice(), { renewalInfoHref: '' });
      const confirms = host.record('order-summary-confirm', { on: el });
      const before = document.createElement('button');
      before.textContent = 'prima';
      el.before(before);
      try {
        before.focus();
        await press('Tab');
        expect(el.shadowRoot!.activeElement).to.equal(parts(el).back);
        await press('Tab');
        expect(el.shadowRoot!.activeElement).to.equal(parts(el).confirm);
        await press('Enter');
        expect(confirms).to.have.length(1);
      } finally {
        before.remove();
      }
    });

    it('lets the events bubble out of shadow roots', async () => {
      const el = await summary();
      const confirms = host.record('order-summary-confirm');
      const backs = host.record('order-summary-back');
      await click(parts(el).confirm!);
      expect(confirms).to.have.length(1);
      expect(confirms[0]).to.include({ bubbles: true, composed: true });
      await click(parts(el).back!);
      expect(backs).to.have.length(1);
      expect(backs[0]).to.include({ bubbles: true, composed: true, cancelable: false });
    });

    it('while busy disables both buttons and fires nothing on click or key', async () => {
      const el = await summary(pecOrder(), registeredChoice(), { busy: true });
      const confirms = host.record('order-summary-confirm', { on: el });
      const backs = host.record('order-summary-back', { on: el });
      const { confirm, back, status } = parts(el);
      expect(confirm).to.have.attribute('disabled');
      expect(back).to.have.attribute('disabled');
      expect(confirm!.getAttribute('aria-disabled')).to.equal('true');
      expect(back!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(status)).to.equal('Operazione in corso, attendere…');
      await click(confirm!);
      await click(back!);
      confirm!.focus();
      await press('Enter');
      await press(' ');
      expect(confirms.length + backs.length).to.equal(0);
    });

    it('reflects busy as an attribute and a :state(busy), and works again after', async () => {
      const el = await summary();
      const confirms = host.record('order-summary-confirm', { on: el });
      el.busy = true;
      await el.updateComplete;
      expect(el).to.have.attribute('busy');
      expect(el).to.match(':state(busy)');
      el.busy = false;
      await el.updateComplete;
      expect(el).not.to.match(':state(busy)');
      expect(text(parts(el).status)).to.equal('');
      await click(parts(el).confirm!);
      // The browser may answer the mouse command before the page has handled the click.
      await until(() => confirms.length > 0, 'a confirm');
      expect(confirms).to.have.length(1);
    });

    it('a host setting busy in the listener gets one confirm for a double click', async () => {
      const el = await summary();
      const confirms = host.record('order-summary-confirm', { on: el });
      el.addEventListener('order-summary-confirm', () => {
        el.busy = true;
      });
      await click(parts(el).confirm!);
      await el.updateComplete;
      await click(parts(el).confirm!);
      expect(confirms).to.have.length(1);
    });

    it('hides both buttons with hide-actions', async () => {
      const el = await summary(pecOrder(), registeredChoice(), { hideActions: true });
      expect(parts(el).confirm).to.be.null;
      expect(parts(el).back).to.be.null;
      expect(el).to.have.attribute('hide-actions');
      expect(text(parts(el).total)).to.contain('24,40');
    });

    it('fires nothing when the host changes order, payment or busy', async () => {
      const el = await summary();
      const confirms = host.record('order-summary-confirm', { on: el });
      const backs = host.record('order-summary-back', { on: el });
      el.order = largeOrder();
      el.payment = newAccountChoice();
      await el.updateComplete;
      el.busy = true;
      await el.updateComplete;
      el.busy = false;
      el.hideActions = true;
      await el.updateComplete;
      expect(confirms.length + backs.length).to.equal(0);
    });
  });

  describe('bad data', () => {
    const order = pecOrder;
    const cases: Array<[string, unknown, unknown, string]> = [
      ['a missing total', { ...order(), total: undefined }, registeredChoice(), 'order.total'],
      [
        'a malformed total',
        { ...order(), total: { value: '24,40', currency: 'EUR' } },
        registeredChoice(),
        'order.total.value',
      ],
      [
        'a negative total',
        { ...order(), total: { value: '-24.40', currency: 'EUR' } },
        registeredChoice(),
        'order.total.value',
      ],
      [
        'a non-numeric unit price',
        {
          ...order(),
          lines: [{ ...order().lines[0], unitPrice: { value: 'venti', currency: 'EUR' } }],
        },
        registeredChoice(),
        'order.lines[0].unitPrice.value',
      ],
      [
        'a numeric (floating point) total',
        { ...order(), total: { value: 24.4, currency: 'EUR' } },
        registeredChoice(),
        'order.total.value',
      ],
      [
        'an unknown currency',
        {
          ...order(),
          lines: [{ ...order().lines[0], unitPrice: { value: '20.00', currency: 'XYZ' } }],
          total: { value: '24.40', currency: 'XYZ' },
        },
        registeredChoice(),
        'order.total.currency',
      ],
      [
        'lines in another currency than the total',
        {
          ...order(),
          lines: [{ ...order().lines[0], unitPrice: { value: '20.00', currency: 'USD' } }],
        },
        registeredChoice(),
        'order.lines[0].unitPrice.currency',
      ],
      [
        'a payment method other than PayPal',
        order(),
        { method: 'card', account: 'new' },
        'payment.method',
      ],
      ['a payment without account', order(), { method: 'paypal' }, 'payment.account'],
      [
        'an account without e-mail',
        order(),
        { method: 'paypal', account: { id: 'tok-1' } },
        'payment.account.email',
      ],
      [
        'an account whose e-mail is not one',
        order(),
        { method: 'paypal', account: { id: 'tok-1', email: 'mario.rossi' } },
        'payment.account.email',
      ],
      [
        'an account that is another string',
        order(),
        { method: 'paypal', account: 'old' },
        'payment.account',
      ],
    ];
    for (const [name, badOrder, badPayment, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { el, calls } = await badSummary(badOrder, badPayment);
        const { error, confirm, back, heading } = parts(el);
        expect(confirm).to.be.null;
        expect(back).to.be.null;
        expect(heading).to.be.null;
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Il riepilogo dell’ordine non può essere mostrato');
        expect(text(error)).to.contain(`«${field}»`);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<order-summary>');
      });
    }

    it('reports malformed JSON attributes, one error each', async () => {
      const { value: el, calls } = await logging(() =>
        fixture<OrderSummary>(html`
          <order-summary lang="en" order='{"id": "A-1", status: }' payment="{oops"></order-summary>
        `),
      );
      expect(text(parts(el).error)).to.contain('The order summary cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(calls).to.have.length(2);
      expect(String(calls[0]?.[0])).to.contain('"order"');
      expect(String(calls[1]?.[0])).to.contain('"payment"');
    });

    it('logs a bad value once, however many times the element renders', async () => {
      const errors = captureConsole('error');
      try {
        const el = await summary({ ...pecOrder(), total: undefined });
        el.busy = true;
        await el.updateComplete;
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(errors.calls).to.have.length(1);
        el.order = pecOrder();
        await el.updateComplete;
        expect(parts(el).error).to.be.null;
        expect(errors.calls).to.have.length(1);
      } finally {
        errors.restore();
      }
    });

    it('renders hostile HTML in descriptions, names and e-mails as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const el = await summary(
        {
          ...pecOrder(),
          number: evil,
          product: { kind: 'pec', name: evil },
          lines: [{ ...pecOrder().lines[0]!, description: evil }],
        },
        { method: 'paypal', account: { id: evil, email: '<b>mario</b>@example.com' } },
      );
      await imageErrorSeen('x');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(text(parts(el).lines!.tBodies[0])).to.contain(evil);
      expect(text(parts(el).facts)).to.contain(evil);
      expect(text(parts(el).payment)).to.contain('<b>mario</b>@example.com');
      expect(el.shadowRoot!.querySelector('b')).to.be.null;
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('i18n', () => {
    it('speaks English with en-GB money', async () => {
      const el = await summary(largeOrder(), newAccountChoice(), { lang: 'en' });
      expect(text(parts(el).heading)).to.equal('Order summary');
      expect(pairs(parts(el).totals)).to.deep.equal([
        ['Taxable amount', '€1,011.89'],
        ['VAT (22%)', '€222.61'],
        ['Total incl. VAT', '€1,234.50'],
      ]);
      expect(pairs(parts(el).renewal!.querySelector('dl'))).to.deep.equal([
        ['Renewal amount', '€1,234.50 incl. VAT'],
        ['Renewal period', '1 year'],
        ['Charged to', 'the new PayPal account'],
      ]);
      expect(text(parts(el).payment)).to.contain(
        'New PayPal account: you will register it on PayPal',
      );
      expect(text(parts(el).confirm)).to.equal('Continue and pay');
      expect(text(parts(el).back)).to.equal('Back');
      expect(
        [...parts(el).lines!.querySelectorAll('thead th')].map((th) => text(th)),
      ).to.deep.equal(['Description', 'Quantity', 'Unit price', 'Amount']);
    });

    it('follows a change of lang on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="it">
          <order-summary .order=${firmaOrder()} .payment=${registeredChoice()}></order-summary>
        </div>
      `);
      const el = wrapper.querySelector('order-summary')!;
      expect(text(parts(el).renewal)).to.contain('non è disponibile');
      wrapper.lang = 'en';
      await nextTask();
      await el.updateComplete;
      expect(text(parts(el).renewal)).to.equal(
        'Automatic renewal is not available for this product',
      );
      expect(plain(text(parts(el).total))).to.equal('Total incl. VAT €73.20');
    });
  });
});
