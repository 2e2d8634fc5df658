import { expect } from '@open-wc/testing';
import { parsePaymentResult } from '../../src/model/payment-result.js';

const field = 'order-pay-authorize result';

describe('parsePaymentResult', () => {
  it('accepts a completed payment with its reference and renewal', () => {
    expect(
      parsePaymentResult(
        { status: 'completed', paymentId: 'CAP-1', renewalActivated: false },
        field,
      ),
    ).to.deep.equal({
      ok: true,
      value: { status: 'completed', paymentId: 'CAP-1', renewalActivated: false },
    });
  });

  it('accepts a pending payment and a decline with the message for the customer', () => {
    expect(parsePaymentResult({ status: 'pending' }, field)).to.deep.equal({
      ok: true,
      value: { status: 'pending' },
    });
    expect(
      parsePaymentResult(
        { status: 'declined', message: ' Saldo insufficiente ', reason: 'INSTRUMENT_DECLINED' },
        field,
      ),
    ).to.deep.equal({
      ok: true,
      value: { status: 'declined', message: 'Saldo insufficiente', reason: 'INSTRUMENT_DECLINED' },
    });
  });

  it('keeps the account a capture registered', () => {
    const result = parsePaymentResult(
      { status: 'completed', account: { id: 'pp-9', email: 'nuovo@example.it' } },
      'paypal-capture result',
    );
    expect(result).to.deep.equal({
      ok: true,
      value: { status: 'completed', account: { id: 'pp-9', email: 'nuovo@example.it' } },
    });
  });

  const invalid: Array<[string, unknown, string, string]> = [
    ['nothing', undefined, field, 'required'],
    ['an Error', new Error('declined'), field, 'type'],
    ['a string', 'ok', field, 'type'],
    ['an array', [{ status: 'completed' }], field, 'type'],
    ['an empty object', {}, `${field}.status`, 'required'],
    ['an upper-case status', { status: 'COMPLETED' }, `${field}.status`, 'unknown'],
    ["PayPal's DECLINED", { status: 'DECLINED' }, `${field}.status`, 'unknown'],
    ['a numeric status', { status: 1 }, `${field}.status`, 'type'],
    [
      'renewalActivated "no"',
      { status: 'completed', renewalActivated: 'no' },
      `${field}.renewalActivated`,
      'type',
    ],
    ['a numeric paymentId', { status: 'completed', paymentId: 42 }, `${field}.paymentId`, 'type'],
    [
      'an account without e-mail',
      { status: 'completed', account: { id: 'pp-9' } },
      `${field}.account.email`,
      'required',
    ],
    [
      'a declined message that is not text',
      { status: 'declined', message: {} },
      `${field}.message`,
      'type',
    ],
  ];
  for (const [name, input, path, problem] of invalid) {
    it(`names what is wrong with ${name}, never a success`, () => {
      expect(parsePaymentResult(input, field)).to.deep.equal({
        ok: false,
        issue: { field: path, problem },
      });
    });
  }
});
