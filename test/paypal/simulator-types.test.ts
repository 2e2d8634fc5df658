/**
 * The simulator has PayPal's real shape: this file does not compile when it drifts from
 * `@paypal/paypal-js`'s v6 types (a member missing, renamed, added, or of another type), or when
 * those types change under it. Each check uses what the simulator builds, with its inferred type,
 * not an annotation of the simulator's own.
 */
import { expect } from '@open-wc/testing';
import { loadCoreSdkScript } from '@paypal/paypal-js/sdk-v6';
import type {
  BaseInstance,
  OnErrorData,
  OneTimePaymentSession,
  PayPalPaymentsInstance,
  PayPalV6Namespace,
  SdkInstance,
} from '@paypal/paypal-js/sdk-v6';
import { createPayPalSimulator, SimulatedPayPalError } from '../../src/testing.js';

/** `true` only when `A` and `B` have exactly the same member names. */
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;

const simulator = createPayPalSimulator();

// What is assigned is the value the simulator builds, checked against PayPal's types.
const namespace: PayPalV6Namespace = simulator.buildNamespace();
const installedNamespace: PayPalV6Namespace = simulator.namespace;
const built = simulator.buildInstance('it-IT');
const instance: SdkInstance<['paypal-payments']> = built;
// Sessions implement every member, the optional ones too (hasReturned, resume: the redirect return).
const oneTime: Required<OneTimePaymentSession> = built.createPayPalOneTimePaymentSession({
  savePayment: true,
  onApprove: async () => undefined,
});
const error: OnErrorData = new SimulatedPayPalError('CODE', 'message', true);

// Nothing PayPal does not have: an extra or renamed member fails here.
const namespaceKeys: SameKeys<
  ReturnType<typeof simulator.buildNamespace>,
  PayPalV6Namespace
> = true;
const instanceKeys: SameKeys<
  ReturnType<typeof simulator.buildInstance>,
  BaseInstance & PayPalPaymentsInstance
> = true;
const oneTimeKeys: SameKeys<
  ReturnType<typeof simulator.buildOneTimeSession>,
  Required<OneTimePaymentSession>
> = true;

describe('PayPal simulator types', () => {
  it('builds what PayPal’s v6 types describe, and loadCoreSdkScript takes it', async () => {
    expect([namespaceKeys, instanceKeys, oneTimeKeys]).to.deep.equal([true, true, true]);
    expect(namespace.version).to.match(/^6\./);
    expect(instance.createPayPalOneTimePaymentSession).to.be.a('function');
    expect(Object.keys(oneTime).sort()).to.deep.equal([
      'cancel',
      'destroy',
      'hasReturned',
      'resume',
      'start',
    ]);
    expect(error).to.have.property('isRecoverable', true);

    simulator.install();
    try {
      expect(await loadCoreSdkScript({ environment: 'sandbox' })).to.equal(installedNamespace);
    } finally {
      simulator.uninstall();
    }
  });
});
