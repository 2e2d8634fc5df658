import { expect } from '@open-wc/testing';
import { toMoney } from '../../src/model/money.js';
import { formatDate, formatPeriod, parseOrder } from '../../src/model/order.js';
import { parseAccounts } from '../../src/model/paypal-account.js';
import { jsonAttribute } from '../../src/model/validation.js';
import { pecWithExtraSpace } from '../kit/fixtures.js';

const issueOf = (input: unknown) => {
  const result = parseOrder(input);
  if (result.ok) throw new Error('expected an invalid order');
  return result.issue;
};

describe('parseOrder', () => {
  it('computes line amounts, taxable amount and VAT in minor units, keeping the host’s total', () => {
    const result = parseOrder(pecWithExtraSpace());
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    const order = result.value;
    expect(order.number).to.equal('A-2026-0042');
    expect(order.lines.map((line) => toMoney(line.amount).value)).to.deep.equal(['20.00', '0.05']);
    expect(toMoney(order.subtotal).value).to.equal('20.05');
    // 20.00 × 22% = 4.40; 0.05 × 22% = 0.011 → 0.01 (half up per line)
    expect(toMoney(order.vat).value).to.equal('4.41');
    expect(toMoney(order.total).value).to.equal('24.46');
    expect(order.renewal).to.deep.equal({
      available: true,
      period: 'P1Y',
      nextChargeDate: '2027-03-01',
      // Every line recurs: the renewal costs the host's total.
      amount: order.total,
    });
  });

  it('prices the renewal without one-off lines, from the recurring lines with their VAT', () => {
    const result = parseOrder({
      ...pecWithExtraSpace(),
      lines: [
        {
          description: 'Conservazione, 1 anno',
          quantity: 1,
          unitPrice: { value: '969.00', currency: 'EUR' },
          vatRate: 22,
        },
        {
          description: 'Attivazione',
          quantity: 1,
          unitPrice: { value: '52.00', currency: 'EUR' },
          vatRate: 22,
          recurring: false,
        },
      ],
      total: { value: '1245.62', currency: 'EUR' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    expect(result.value.lines.map((line) => line.recurring)).to.deep.equal([true, false]);
    // 969.00 + 22% = 1 182.18: the 52 € activation (63.44 with VAT) is not renewed.
    expect(toMoney(result.value.renewal.amount)).to.deep.equal({
      value: '1182.18',
      currency: 'EUR',
    });
  });

  it('takes the host’s renewal amount as authoritative', () => {
    const result = parseOrder({
      ...pecWithExtraSpace(),
      renewal: { period: 'P1Y', amount: { value: '19.90', currency: 'EUR' } },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    expect(toMoney(result.value.renewal.amount).value).to.equal('19.90');
  });

  it('names a wrong renewal amount and a recurring flag that is not a boolean', () => {
    expect(
      issueOf({
        ...pecWithExtraSpace(),
        renewal: { period: 'P1Y', amount: { value: '-1.00', currency: 'EUR' } },
      }),
    ).to.deep.equal({
      field: 'order.renewal.amount.value',
      problem: 'negative',
    });
    expect(
      issueOf({
        ...pecWithExtraSpace(),
        renewal: { period: 'P1Y', amount: { value: '1.00', currency: 'USD' } },
      }),
    ).to.deep.equal({
      field: 'order.renewal.amount.currency',
      problem: 'currency',
    });
    const lines = pecWithExtraSpace().lines.map((line, index) =>
      index === 1 ? { ...line, recurring: 'no' } : line,
    );
    expect(issueOf({ ...pecWithExtraSpace(), lines })).to.deep.equal({
      field: 'order.lines[1].recurring',
      problem: 'type',
    });
  });

  it('prefers the host’s subtotal and VAT when given', () => {
    const result = parseOrder({
      ...pecWithExtraSpace(),
      subtotal: { value: '20.05', currency: 'EUR' },
      vat: { value: '4.41', currency: 'EUR' },
    });
    expect(result.ok && toMoney(result.value.vat).value).to.equal('4.41');
  });

  it('knows that Firma Digitale and Marca Temporale have no automatic renewal, unless overridden', () => {
    const firma = parseOrder({
      ...pecWithExtraSpace(),
      product: { kind: 'firma-digitale', name: 'Firma Digitale' },
    });
    expect(firma).to.have.nested.property('value.renewal.available', false);
    const marca = parseOrder({
      ...pecWithExtraSpace(),
      product: { kind: 'marca-temporale', name: 'Marche temporali' },
    });
    expect(marca).to.have.nested.property('value.renewal.available', false);
    const override = parseOrder({
      ...pecWithExtraSpace(),
      product: { kind: 'firma-digitale', name: 'F', autoRenew: true },
    });
    expect(override).to.have.nested.property('value.renewal.available', true);
    const off = parseOrder({
      ...pecWithExtraSpace(),
      product: { kind: 'pec', name: 'PEC', autoRenew: false },
    });
    expect(off).to.have.nested.property('value.renewal.available', false);
  });

  it('names the field of every kind of bad data', () => {
    expect(issueOf({ ...pecWithExtraSpace(), status: 'pending' })).to.deep.equal({
      field: 'order.status',
      problem: 'unknown',
    });
    expect(issueOf({ ...pecWithExtraSpace(), total: undefined })).to.deep.equal({
      field: 'order.total',
      problem: 'required',
    });
    expect(
      issueOf({ ...pecWithExtraSpace(), total: { value: '-1.00', currency: 'EUR' } }),
    ).to.deep.equal({
      field: 'order.total.value',
      problem: 'negative',
    });
    expect(
      issueOf({ ...pecWithExtraSpace(), total: { value: 'twelve', currency: 'EUR' } }),
    ).to.deep.equal({
      field: 'order.total.value',
      problem: 'amount',
    });
    expect(
      issueOf({ ...pecWithExtraSpace(), total: { value: '1.00', currency: 'XYZ' } }),
    ).to.deep.equal({
      field: 'order.total.currency',
      problem: 'currency',
    });
    const usd = pecWithExtraSpace();
    usd.lines[1]!.unitPrice = { value: '0.05', currency: 'USD' };
    expect(issueOf(usd)).to.deep.equal({
      field: 'order.lines[1].unitPrice.currency',
      problem: 'currency',
    });
    const fraction = pecWithExtraSpace();
    fraction.lines[0]!.quantity = 1.5;
    expect(issueOf(fraction)).to.deep.equal({ field: 'order.lines[0].quantity', problem: 'type' });
    expect(issueOf({ ...pecWithExtraSpace(), renewal: { period: '1 year' } })).to.deep.equal({
      field: 'order.renewal.period',
      problem: 'type',
    });
    expect(
      issueOf({ ...pecWithExtraSpace(), renewal: { period: 'P1Y', nextChargeDate: '2027-02-30' } }),
    ).to.deep.equal({
      field: 'order.renewal.nextChargeDate',
      problem: 'type',
    });
    expect(issueOf(jsonAttribute.fromAttribute('{"id":'))).to.deep.equal({
      field: 'order',
      problem: 'json',
    });
  });

  it('formats periods and dates with Intl', () => {
    expect(formatPeriod('P1Y', 'it-IT')).to.equal('1 anno');
    expect(formatPeriod('P6M', 'it-IT')).to.equal('6 mesi');
    expect(formatPeriod('P1Y', 'en-GB')).to.equal('1 year');
    expect(formatDate('2027-03-01', 'it-IT')).to.equal('1 marzo 2027');
    expect(formatDate('2027-03-01', 'en-GB')).to.equal('1 March 2027');
  });
});

describe('parseAccounts', () => {
  it('accepts accounts and rejects duplicates and missing or malformed e-mails', () => {
    const ok = parseAccounts([
      { id: 'a', email: 'mario@example.it', label: 'Personale' },
      { id: 'b', email: 'lavoro@example.it' },
    ]);
    expect(ok.ok && ok.value.length).to.equal(2);
    const issue = (input: unknown) => {
      const result = parseAccounts(input);
      return result.ok ? null : result.issue;
    };
    expect(
      issue([
        { id: 'a', email: 'x@example.it' },
        { id: 'a', email: 'y@example.it' },
      ]),
    ).to.deep.equal({
      field: 'accounts[1].id',
      problem: 'duplicate',
    });
    expect(
      issue([
        { id: 'a', email: 'x@example.it' },
        { id: 'b', email: 'X@example.it' },
      ]),
    ).to.deep.equal({
      field: 'accounts[1].email',
      problem: 'duplicate',
    });
    expect(issue([{ id: 'a' }])).to.deep.equal({ field: 'accounts[0].email', problem: 'required' });
    expect(issue([{ id: 'a', email: '<b>not an e-mail</b>' }])).to.deep.equal({
      field: 'accounts[0].email',
      problem: 'type',
    });
    expect(issue({ id: 'a' })).to.deep.equal({ field: 'accounts', problem: 'type' });
  });
});
