import { expect } from '@open-wc/testing';
import { addAmounts, formatMoney, parseMoney, toMoney } from '../../src/model/money.js';
import { validate } from '../../src/model/validation.js';

const issue = (input: unknown) => {
  const result = validate(() => parseMoney(input, 'total'));
  if (result.ok) throw new Error('expected invalid money');
  return result.issue;
};
/** Intl puts (narrow) no-break spaces in some locales: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('converts decimal strings to integer minor units and back, exactly', () => {
    expect(parseMoney({ value: '24.40', currency: 'EUR' }, 'total')).to.deep.equal({
      minor: 2440,
      currency: 'EUR',
      digits: 2,
    });
    expect(parseMoney({ value: '24.4', currency: 'EUR' }, 'total').minor).to.equal(2440);
    expect(parseMoney({ value: '0.10', currency: 'EUR' }, 'total').minor).to.equal(10);
    expect(parseMoney({ value: '1500', currency: 'JPY' }, 'total')).to.deep.equal({
      minor: 1500,
      currency: 'JPY',
      digits: 0,
    });
    expect(toMoney(parseMoney({ value: '0.07', currency: 'EUR' }, 'total'))).to.deep.equal({
      value: '0.07',
      currency: 'EUR',
    });
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in minor units it is 30.
    const sum = addAmounts(
      parseMoney({ value: '0.10', currency: 'EUR' }, 'a'),
      parseMoney({ value: '0.20', currency: 'EUR' }, 'b'),
    );
    expect(toMoney(sum).value).to.equal('0.30');
  });

  it('formats with Intl, Italian always grouped', () => {
    const amount = parseMoney({ value: '1234.50', currency: 'EUR' }, 'total');
    expect(plain(formatMoney(amount, 'it-IT'))).to.equal('1.234,50 €');
    expect(plain(formatMoney(amount, 'en-GB'))).to.equal('€1,234.50');
    expect(
      plain(formatMoney(parseMoney({ value: '24.40', currency: 'EUR' }, 't'), 'it-IT')),
    ).to.equal('24,40 €');
    expect(
      plain(formatMoney(parseMoney({ value: '9999999.99', currency: 'EUR' }, 't'), 'it-IT')),
    ).to.equal('9.999.999,99 €');
  });

  it('refuses negative, non-numeric, float and over-precise amounts', () => {
    expect(issue({ value: '-5.00', currency: 'EUR' })).to.deep.equal({
      field: 'total.value',
      problem: 'negative',
    });
    expect(issue({ value: 'abc', currency: 'EUR' })).to.deep.equal({
      field: 'total.value',
      problem: 'amount',
    });
    expect(issue({ value: '1e3', currency: 'EUR' })).to.deep.equal({
      field: 'total.value',
      problem: 'amount',
    });
    expect(issue({ value: '24.405', currency: 'EUR' })).to.deep.equal({
      field: 'total.value',
      problem: 'amount',
    });
    expect(issue({ value: '10.5', currency: 'JPY' })).to.deep.equal({
      field: 'total.value',
      problem: 'amount',
    });
    expect(issue({ value: 24.4, currency: 'EUR' })).to.deep.equal({
      field: 'total.value',
      problem: 'type',
    });
    expect(issue({ value: '', currency: 'EUR' })).to.deep.equal({
      field: 'total.value',
      problem: 'required',
    });
  });

  it('refuses unknown currencies and missing money', () => {
    expect(issue({ value: '1.00', currency: 'EUX' })).to.deep.equal({
      field: 'total.currency',
      problem: 'currency',
    });
    expect(issue({ value: '1.00', currency: 'eur' })).to.deep.equal({
      field: 'total.currency',
      problem: 'currency',
    });
    expect(issue({ value: '1.00' })).to.deep.equal({
      field: 'total.currency',
      problem: 'required',
    });
    expect(issue(undefined)).to.deep.equal({ field: 'total', problem: 'required' });
    expect(issue('24.40 EUR')).to.deep.equal({ field: 'total', problem: 'type' });
  });
});
