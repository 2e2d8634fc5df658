/**
 * What `<order-pay-button>` tells the customer about a failure, in their language: one sentence
 * per failure code, worded by what is known of the charge (refused, unknown, never started).
 */
import type { LocalizeController } from '../../internal/localize.js';
import type { FailureOutcome, PayFlowError } from '../../model/pay-flow.js';
import type * as it from '../../translations/it.js';

export type Terms = typeof it.orderPayButton;
type TermKey = keyof Terms;
type Localize = LocalizeController<Terms>;

const ERROR_TERMS: Readonly<Record<string, TermKey>> = {
  'handler-error': 'payErrorHandler',
  'invalid-result': 'payErrorInvalidResult',
  'no-handler': 'payErrorNoHandler',
  timeout: 'payErrorTimeout',
  network: 'payErrorNetwork',
  aborted: 'payErrorTimeout',
  'paypal-config': 'payErrorPayPalConfig',
  'paypal-error': 'payErrorPayPal',
  'paypal-fatal': 'payErrorPayPalFatal',
};

/** Failures of a request that, before PayPal's approval, cannot have charged anything. */
const NOT_STARTED: readonly string[] = [
  'rejected',
  'timeout',
  'network',
  'aborted',
  'invalid-result',
];

/** The sentence for a failed attempt (shown, announced, and sent in `order-pay-failure`). */
export function failureText(t: Localize, error: PayFlowError, outcome: FailureOutcome): string {
  // PayPal's order could not be created: nothing was approved, so nothing was charged.
  if (outcome === 'not-charged' && NOT_STARTED.includes(error.code))
    return error.message
      ? t.term('payErrorNotStartedWith', error.message)
      : t.term('payErrorNotStarted');
  if (error.code === 'declined')
    return error.message
      ? t.term('payErrorDeclinedWith', error.message)
      : t.term('payErrorDeclined');
  if (error.code === 'rejected')
    return error.message
      ? t.term('payErrorRejectedWith', error.message)
      : t.term('payErrorRejected');
  const key = ERROR_TERMS[error.code];
  if (key) return t.term(key) as string;
  return t.term(outcome === 'unknown' ? 'payErrorRejected' : 'payErrorUnknown');
}

/** The title above it: nobody knows whether it was charged, or it failed. */
export function failureTitle(t: Localize, outcome: FailureOutcome): string {
  return t.term(outcome === 'unknown' ? 'payUnconfirmed' : 'payFailed');
}

/** The sentence for accounts that could not be loaded. */
export function accountsErrorText(t: Localize, error: PayFlowError): string {
  switch (error.code) {
    case 'no-handler':
      return t.term('payAccountsNoHandler');
    case 'timeout':
      return t.term('payAccountsTimeout');
    case 'network':
      return t.term('payAccountsNetwork');
    case 'invalid-result':
    case 'invalid-accounts':
      return t.term('payAccountsInvalid', error.message ?? '');
    case 'handler-error':
      return t.term('payErrorHandler');
    default:
      return error.message
        ? t.term('payAccountsFailedWith', error.message)
        : t.term('payAccountsFailed');
  }
}
