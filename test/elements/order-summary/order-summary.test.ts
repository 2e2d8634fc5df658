import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/order-summary/define.js';
import type { OrderSummary } from '../../../src/elements/order-summary/order-summary.js';
import type {
  OrderSummaryBackEvent,
  OrderSummaryConfirmEvent,
} from '../../../src/events/order-summary-events.js';
import type { Order } from '../../../src/model/order.js';
import type { PaymentChoice } from '../../../src/model/paypal-account.js';
import {
  captureConsole,
  click as clickAt,
  imageErrorSeen,
  press,
  text,
} from '../../helpers/user.js';

const pecOrder = (): Order => ({
  id: 'ord-1',
  number: '2026/000123',
  status: 'awaiting-payment',
  product: { kind: 'pec', name: 'PEC Standard' },
  lines: [
    {
      description: 'Casella PEC Standard, 1 anno',
      quantity: 1,
      unitPrice: { value: '20.00', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  total: { value: '24.40', currency: 'EUR' },
  renewal: { period: 'P1Y', nextChargeDate: '2027-03-01' },
});

/** Three lines, host's subtotal and VAT, a four-digit total. */
const bigOrder = (): Order => ({
  id: 'ord-2',
  number: '2026/000456',
  status: 'awaiting-payment',
  product: { kind: 'conservazione', name: 'Conservazione digitale' },
  lines: [
    {
      description: 'Conservazione, 100 GB',
      quantity: 3,
      unitPrice: { value: '300.00', currency: 'EUR' },
      vatRate: 22,
    },
    {
      description: 'Attivazione',
      quantity: 1,
      unitPrice: { value: '111.89', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  subtotal: { value: '1011.89', currency: 'EUR' },
  vat: { value: '222.61', currency: 'EUR' },
  total: { value: '1234.50', currency: 'EUR' },
  renewal: { period: 'P1Y' },
});

const firmaOrder = (): Order => ({
  id: 'ord-3',
  status: 'awaiting-payment',
  product: { kind: 'firma-digitale', name: 'Firma Digitale Remota' },
  lines: [
    {
      description: 'Firma digitale remota, 3 anni',
      quantity: 1,
      unitPrice: { value: '50.00', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  total: { value: '61.00', currency: 'EUR' },
});

const registered = (): PaymentChoice => ({
  method: 'paypal',
  account: { id: 'tok-1', email: 'mario.rossi@example.com' },
});
const newAccount = (): PaymentChoice => ({ method: 'paypal', account: 'new' });

interface Options {
  lang?: string;
  busy?: boolean;
  hideActions?: boolean;
  headingLevel?: number;
  renewalInfoHref?: string;
}

async function summary(
  order: unknown = pecOrder(),
  payment: unknown = registered(),
  options: Options = {},
): Promise<OrderSummary> {
  return fixture<OrderSummary>(html`
    <order-summary
      lang=${options.lang ?? 'it'}
      .order=${order as Order}
      .payment=${payment as PaymentChoice}
      ?busy=${options.busy ?? false}
      ?hide-actions=${options.hideActions ?? false}
      heading-level=${options.headingLevel ?? 2}
      renewal-info-href=${options.renewalInfoHref ?? 'https://example.org/guida/rinnovo'}
    ></order-summary>
  `);
}

/** Builds the element while recording console.error. */
async function summaryLogging(
  order: unknown,
  payment: unknown = registered(),
  options: Options = {},
): Promise<{ el: OrderSummary; calls: unknown[][] }> {
  const errors = captureConsole('error');
  try {
    const el = await summary(order, payment, options);
    return { el, calls: errors.calls };
  } finally {
    errors.restore();
  }
}

const parts = (el: OrderSummary) => {
  const root = el.shadowRoot!;
  const part = (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
  return {
    heading: part('heading'),
    lines: part('lines') as HTMLTableElement | null,
    totals: part('totals'),
    total: part('total'),
    payment: part('payment'),
    renewal: part('renewal'),
    confirm: part('confirm') as HTMLButtonElement | null,
    back: part('back') as HTMLButtonElement | null,
    error: part('error'),
    status: root.querySelector<HTMLElement>('[role="status"]'),
  };
};

/** A real mouse click, after scrolling the target into the viewport (the summary is tall). */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await clickAt(element);
}

/** Text with the no-break spaces Intl puts around currency symbols turned into plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

/** Rendered text only (what CSS hides is left out), normalised. */
const seen = (node: HTMLElement) =>
  getComputedStyle(node).display === 'none'
    ? ''
    : plain(node.innerText.replace(/\s+/g, ' ').trim());

/** The definition list as [term, value] pairs, normalised. */
function pairs(list: Element | null): Array<[string, string]> {
  const terms = [...(list?.querySelectorAll('dt') ?? [])];
  return terms.map((dt) => [plain(text(dt)), plain(text(dt.nextElementSibling))]);
}

function record(el: HTMLElement) {
  const confirms: OrderSummaryConfirmEvent[] = [];
  const backs: OrderSummaryBackEvent[] = [];
  el.addEventListener('order-summary-confirm', (event) => confirms.push(event));
  el.addEventListener('order-summary-back', (event) => backs.push(event));
  return { confirms, backs };
}

describe('<order-summary>', () => {
  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible with a registered account and renewal on (${lang})`, async () => {
        const el = await summary(bigOrder(), registered(), { lang });
        expect(parts(el).renewal).to.exist;
        await expect(el).to.be.accessible();
      });

      it(`is accessible with a new account (${lang})`, async () => {
        const el = await summary(pecOrder(), newAccount(), { lang });
        await expect(el).to.be.accessible();
      });

      it(`is accessible with renewal not available (${lang})`, async () => {
        const el = await summary(firmaOrder(), registered(), { lang });
        await expect(el).to.be.accessible();
      });

      it(`is accessible while busy and with the actions hidden (${lang})`, async () => {
        const el = await summary(pecOrder(), registered(), { lang, busy: true });
        expect(parts(el).confirm!.disabled).to.equal(true);
        await expect(el).to.be.accessible();
        el.hideActions = true;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`is accessible in error (${lang})`, async () => {
        const { el } = await summaryLogging({ ...pecOrder(), total: undefined }, registered(), {
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
      expect(el.shadowRoot!.querySelector('[part]') === null).to.equal(true);
      el.order = pecOrder();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part]') === null).to.equal(true);
      el.payment = registered();
      await el.updateComplete;
      expect(text(parts(el).heading)).to.equal('Riepilogo ordine');
    });

    it('has an h2 “Riepilogo ordine” by default and sections one level below', async () => {
      const el = await summary();
      expect(parts(el).heading!.localName).to.equal('h2');
      expect(text(parts(el).heading)).to.equal('Riepilogo ordine');
      expect(parts(el).payment!.querySelector('h3') !== null).to.equal(true);
      expect(parts(el).renewal!.querySelector('h3') !== null).to.equal(true);
    });

    it('follows heading-level, and falls back to 2 for a value out of range', async () => {
      const el = await summary(pecOrder(), registered(), { headingLevel: 1 });
      expect(parts(el).heading!.localName).to.equal('h1');
      expect(parts(el).payment!.querySelector('h2') !== null).to.equal(true);
      el.headingLevel = 9;
      await el.updateComplete;
      expect(parts(el).heading!.localName).to.equal('h2');
    });

    it('shows the order number and the product name, the id when there is no number', async () => {
      const el = await summary();
      const facts = pairs(el.shadowRoot!.querySelector('article > dl'));
      expect(facts).to.deep.equal([
        ['Ordine n.', '2026/000123'],
        ['Prodotto', 'PEC Standard'],
      ]);
      el.order = firmaOrder();
      await el.updateComplete;
      expect(pairs(el.shadowRoot!.querySelector('article > dl'))[0]).to.deep.equal([
        'Ordine n.',
        'ord-3',
      ]);
    });

    it('lists the lines in a table with caption and column headers', async () => {
      const el = await summary(bigOrder());
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
        [...row.cells].map((cell) => seen(cell)),
      );
      expect(rows).to.deep.equal([
        ['Conservazione, 100 GB', '3', '300,00 €', '900,00 €'],
        ['Attivazione', '1', '111,89 €', '111,89 €'],
      ]);
    });

    it('moves quantity and unit price under the description when narrow (320 px page)', async () => {
      const el = await summary(bigOrder());
      el.style.inlineSize = '288px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const table = parts(el).lines!;
      expect(
        [...table.querySelectorAll<HTMLElement>('thead th')].map((th) => seen(th)),
      ).to.deep.equal(['Descrizione', '', '', 'Importo']);
      expect([...table.tBodies[0]!.rows[0]!.cells].map((cell) => seen(cell))).to.deep.equal([
        'Conservazione, 100 GB 3 × 300,00 €',
        '',
        '',
        '900,00 €',
      ]);
      expect(table.getBoundingClientRect().width <= 288).to.equal(true);
      el.style.inlineSize = '';
    });

    it('shows Imponibile, IVA and Totale IVA inclusa, grouped as it-IT always is', async () => {
      const el = await summary(bigOrder());
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
      const order = bigOrder();
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
        ['Account PayPal', 'mario.rossi@example.com'],
      ]);
    });

    it('explains a new account will be registered on PayPal', async () => {
      const el = await summary(pecOrder(), newAccount());
      expect(pairs(parts(el).payment!.querySelector('dl'))[1]).to.deep.equal([
        'Account PayPal',
        'Nuovo account PayPal: lo registrerai su PayPal',
      ]);
    });

    it('accepts order and payment as JSON attributes', async () => {
      const el = await fixture<OrderSummary>(html`
        <order-summary
          order=${JSON.stringify(bigOrder())}
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
        ['Addebito su', 'mario.rossi@example.com'],
      ]);
      const link = renewal.querySelector('a')!;
      expect(text(link)).to.equal(
        'Come disattivare il rinnovo automatico (si apre in una nuova scheda)↗',
      );
      expect(link.target).to.equal('_blank');
      expect(link.getAttribute('href')).to.equal('https://example.org/guida/rinnovo');
    });

    it('names the new account and leaves out an unknown next charge date', async () => {
      const el = await summary(bigOrder(), newAccount());
      expect(pairs(parts(el).renewal!.querySelector('dl'))).to.deep.equal([
        ['Importo del rinnovo', '1.234,50 € IVA inclusa'],
        ['Durata del rinnovo', '1 anno'],
        ['Addebito su', 'il nuovo account PayPal'],
      ]);
    });

    it('says renewal is not available for Firma Digitale and Marca Temporale', async () => {
      for (const kind of ['firma-digitale', 'marca-temporale']) {
        const el = await summary({ ...firmaOrder(), product: { kind, name: 'X' } });
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
      expect(parts(off).renewal === null).to.equal(true);
      expect(text(off.shadowRoot!.querySelector('article'))).not.to.contain('Rinnovo automatico');
    });

    it('has no link without renewal-info-href, and refuses a javascript: one with one error', async () => {
      const el = await fixture<OrderSummary>(
        html`<order-summary .order=${pecOrder()} .payment=${registered()}></order-summary>`,
      );
      expect(parts(el).renewal!.querySelector('a') === null).to.equal(true);
      const { el: bad, calls } = await summaryLogging(pecOrder(), registered(), {
        renewalInfoHref: 'javascript:alert(1)',
      });
      expect(parts(bad).renewal!.querySelector('a') === null).to.equal(true);
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
      const payment = registered();
      const el = await summary(order, payment);
      const { confirms, backs } = record(el);
      await click(parts(el).confirm!);
      expect(confirms).to.have.length(1);
      expect(backs).to.have.length(0);
      expect(confirms[0]!.detail.order === order).to.equal(true);
      expect(confirms[0]!.detail.payment === payment).to.equal(true);
      expect(confirms[0]!.cancelable).to.equal(false);
    });

    it('fires order-summary-back once on a click, with the host’s order', async () => {
      const order = pecOrder();
      const el = await summary(order);
      const { confirms, backs } = record(el);
      await click(parts(el).back!);
      expect(backs).to.have.length(1);
      expect(confirms).to.have.length(0);
      expect(backs[0]!.detail.order === order).to.equal(true);
    });

    for (const key of ['Enter', ' ']) {
      it(`confirms and goes back exactly once from the keyboard (${JSON.stringify(key)})`, async () => {
        const el = await summary();
        const { confirms, backs } = record(el);
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
      const el = await summary(pecOrder(), registered(), { renewalInfoHref: '' });
      const { confirms } = record(el);
      const before = document.createElement('button');
      before.textContent = 'prima';
      el.before(before);
      try {
        before.focus();
        await press('Tab');
        expect(el.shadowRoot!.activeElement === parts(el).back).to.equal(true);
        await press('Tab');
        expect(el.shadowRoot!.activeElement === parts(el).confirm).to.equal(true);
        await press('Enter');
        expect(confirms).to.have.length(1);
      } finally {
        before.remove();
      }
    });

    it('lets the events bubble out of shadow roots', async () => {
      const el = await summary();
      setTimeout(() => void click(parts(el).confirm!));
      const confirm = await oneEvent(document, 'order-summary-confirm');
      expect(confirm.bubbles && confirm.composed).to.equal(true);
      setTimeout(() => void click(parts(el).back!));
      const back = await oneEvent(document, 'order-summary-back');
      expect(back.bubbles && back.composed && !back.cancelable).to.equal(true);
    });

    it('while busy disables both buttons and fires nothing on click or key', async () => {
      const el = await summary(pecOrder(), registered(), { busy: true });
      const { confirms, backs } = record(el);
      const { confirm, back, status } = parts(el);
      expect(confirm!.disabled && back!.disabled).to.equal(true);
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
      const { confirms } = record(el);
      el.busy = true;
      await el.updateComplete;
      expect(el.hasAttribute('busy')).to.equal(true);
      expect(el.matches(':state(busy)')).to.equal(true);
      el.busy = false;
      await el.updateComplete;
      expect(el.matches(':state(busy)')).to.equal(false);
      expect(text(parts(el).status)).to.equal('');
      await click(parts(el).confirm!);
      expect(confirms).to.have.length(1);
    });

    it('a host setting busy in the listener gets one confirm for a double click', async () => {
      const el = await summary();
      const { confirms } = record(el);
      el.addEventListener('order-summary-confirm', () => {
        el.busy = true;
      });
      await click(parts(el).confirm!);
      await el.updateComplete;
      await click(parts(el).confirm!);
      expect(confirms).to.have.length(1);
    });

    it('hides both buttons with hide-actions', async () => {
      const el = await summary(pecOrder(), registered(), { hideActions: true });
      expect(parts(el).confirm === null && parts(el).back === null).to.equal(true);
      expect(el.hasAttribute('hide-actions')).to.equal(true);
      expect(text(parts(el).total)).to.contain('24,40');
    });

    it('fires nothing when the host changes order, payment or busy', async () => {
      const el = await summary();
      const { confirms, backs } = record(el);
      el.order = bigOrder();
      el.payment = newAccount();
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
      ['a missing total', { ...order(), total: undefined }, registered(), 'order.total'],
      [
        'a malformed total',
        { ...order(), total: { value: '24,40', currency: 'EUR' } },
        registered(),
        'order.total.value',
      ],
      [
        'a negative total',
        { ...order(), total: { value: '-24.40', currency: 'EUR' } },
        registered(),
        'order.total.value',
      ],
      [
        'a non-numeric unit price',
        {
          ...order(),
          lines: [{ ...order().lines[0], unitPrice: { value: 'venti', currency: 'EUR' } }],
        },
        registered(),
        'order.lines[0].unitPrice.value',
      ],
      [
        'a numeric (floating point) total',
        { ...order(), total: { value: 24.4, currency: 'EUR' } },
        registered(),
        'order.total.value',
      ],
      [
        'an unknown currency',
        {
          ...order(),
          lines: [{ ...order().lines[0], unitPrice: { value: '20.00', currency: 'XYZ' } }],
          total: { value: '24.40', currency: 'XYZ' },
        },
        registered(),
        'order.total.currency',
      ],
      [
        'lines in another currency than the total',
        {
          ...order(),
          lines: [{ ...order().lines[0], unitPrice: { value: '20.00', currency: 'USD' } }],
        },
        registered(),
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
        const { el, calls } = await summaryLogging(badOrder, badPayment);
        const { error, confirm, back, heading } = parts(el);
        expect(confirm === null && back === null && heading === null).to.equal(true);
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Il riepilogo dell’ordine non può essere mostrato');
        expect(text(error)).to.contain(`«${field}»`);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<order-summary>');
      });
    }

    it('reports malformed JSON attributes, one error each', async () => {
      const errors = captureConsole('error');
      let el: OrderSummary;
      try {
        el = await fixture<OrderSummary>(html`
          <order-summary lang="en" order='{"id": "A-1", status: }' payment="{oops"></order-summary>
        `);
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('The order summary cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(errors.calls).to.have.length(2);
      expect(String(errors.calls[0]?.[0])).to.contain('"order"');
      expect(String(errors.calls[1]?.[0])).to.contain('"payment"');
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
        expect(parts(el).error === null).to.equal(true);
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
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(text(parts(el).lines!.tBodies[0])).to.contain(evil);
      expect(text(el.shadowRoot!.querySelector('article > dl'))).to.contain(evil);
      expect(text(parts(el).payment)).to.contain('<b>mario</b>@example.com');
      expect(el.shadowRoot!.querySelector('b') === null).to.equal(true);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('i18n', () => {
    it('speaks English with en-GB money', async () => {
      const el = await summary(bigOrder(), newAccount(), { lang: 'en' });
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
          <order-summary .order=${firmaOrder()} .payment=${registered()}></order-summary>
        </div>
      `);
      const el = wrapper.querySelector('order-summary')!;
      expect(text(parts(el).renewal)).to.contain('non è disponibile');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(text(parts(el).renewal)).to.equal(
        'Automatic renewal is not available for this product',
      );
      expect(plain(text(parts(el).total))).to.equal('Total incl. VAT €61.00');
    });
  });
});
