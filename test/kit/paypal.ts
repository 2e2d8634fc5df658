/**
 * PayPal as the customer meets it in tests: the kit's simulator (customer-area-kit/testing), its
 * window driven with the real mouse, the host's backend for a new account, and the callbacks of
 * a PayPal session recorded.
 */
import './languages.js';
import type {
  OnApproveDataOneTimePayments,
  OnCancelDataOneTimePayments,
} from '@paypal/paypal-js/sdk-v6';
import type { PayPalSessionError, SaveAndPayCallbacks } from '../../src/paypal/sdk.js';
import type { PayPalSimulator, SimulatorCall, SimulatorStep } from '../../src/testing.js';
import { fresh } from './fixtures.js';
import { host } from './host.js';
import { text } from './screen.js';
import { click, type } from './user.js';
import { until } from './wait.js';

/** The calls of one method the page made to the simulated SDK, in order. */
export function callsOf<M extends SimulatorCall['method']>(
  simulator: PayPalSimulator,
  method: M,
): Array<Extract<SimulatorCall, { method: M }>> {
  return simulator.calls.filter(
    (call): call is Extract<SimulatorCall, { method: M }> => call.method === method,
  );
}

/** Waits until PayPal's window shows `step`. */
export function untilPayPalShows(simulator: PayPalSimulator, step: SimulatorStep): Promise<void> {
  return until(() => simulator.window?.dataset['step'] === step, `PayPal shows the ${step} step`);
}

/** The button of PayPal's window with this accessible name. */
export function payPalButton(simulator: PayPalSimulator, name: string): HTMLButtonElement {
  const found = [...(simulator.window?.querySelectorAll('button') ?? [])].find(
    (button) => (button.getAttribute('aria-label') ?? text(button)) === name,
  );
  if (!found) throw new Error(`no "${name}" button in the PayPal window`);
  return found;
}

/** What PayPal's window says, in each language. */
export const PAYPAL_TERMS = {
  it: { login: 'Accedi', next: 'Continua', accept: 'Accetta e continua', close: 'Chiudi PayPal' },
  en: { login: 'Log In', next: 'Continue', accept: 'Agree and Continue', close: 'Close PayPal' },
} as const;

/** A person goes through PayPal's window and approves (with a one-time code if asked). */
export async function approveInPayPal(
  simulator: PayPalSimulator,
  lang: 'it' | 'en' = 'it',
  code = false,
): Promise<void> {
  const terms = PAYPAL_TERMS[lang];
  await untilPayPalShows(simulator, 'login');
  await click(payPalButton(simulator, terms.login));
  await untilPayPalShows(simulator, 'funding');
  await click(payPalButton(simulator, terms.next));
  if (code) {
    await untilPayPalShows(simulator, 'code');
    await type('123456');
    await click(payPalButton(simulator, terms.next));
  }
  await untilPayPalShows(simulator, 'review');
  await click(payPalButton(simulator, terms.accept));
}

/** The host's backend for a new account: it creates PayPal orders and captures them. */
export function paypalBackend(
  capture: () => unknown = () => ({ status: 'completed', paymentId: 'CAP-1', account: fresh }),
  create: () => unknown = () => ({ id: 'PAYPAL-ORD-1' }),
) {
  const creates = host.answer('paypal-create-order', create);
  const captures = host.answer('paypal-capture', capture);
  return { creates, captures };
}

/** How a PayPal session ended, as its callbacks said. */
export type SessionOutcome =
  | { type: 'approve'; data: OnApproveDataOneTimePayments }
  | { type: 'cancel'; data: OnCancelDataOneTimePayments }
  | { type: 'error'; error: PayPalSessionError };

/** Callbacks for a PayPal session that record every outcome, and a promise of the first one. */
export function recorder(): {
  callbacks: SaveAndPayCallbacks;
  outcomes: SessionOutcome[];
  first: Promise<SessionOutcome>;
} {
  const outcomes: SessionOutcome[] = [];
  let settle: (outcome: SessionOutcome) => void = () => undefined;
  const first = new Promise<SessionOutcome>((resolve) => (settle = resolve));
  const record = (outcome: SessionOutcome) => {
    outcomes.push(outcome);
    settle(outcome);
  };
  return {
    outcomes,
    first,
    callbacks: {
      onApprove: (data) => record({ type: 'approve', data }),
      onCancel: (data) => record({ type: 'cancel', data }),
      onError: (error) => record({ type: 'error', error }),
    },
  };
}
