/**
 * What `<auto-renewal-control>` and `<paypal-accounts>` tell the customer about a failure, in
 * their language: one sentence per failure code, worded by what is known (refused, unknown,
 * never started).
 */
import type { PayFlowError } from '../model/pay-flow.js';
import type { SaveFailureOutcome } from '../model/save-flow.js';
import type { ChangeTerms } from '../translations/it.js';
import type { LocalizeController } from './localize.js';

type Localize = LocalizeController<ChangeTerms>;

/** A change refused (`declined`) or whose outcome is unknown. `noHandler`: the element's words. */
export function changeErrorText(t: Localize, error: PayFlowError, noHandler: string): string {
  switch (error.code) {
    case 'declined':
      return error.message ? t.term('errorDeclinedWith', error.message) : t.term('errorDeclined');
    case 'no-handler':
      return noHandler;
    case 'handler-error':
      return t.term('errorHandler');
    case 'timeout':
    case 'aborted':
      return t.term('errorTimeout');
    case 'network':
      return t.term('errorNetwork');
    case 'invalid-result':
      return t.term('errorInvalidResult');
    default:
      return error.message ? t.term('errorRejectedWith', error.message) : t.term('errorRejected');
  }
}

/** The title over a failed registration of a PayPal account. */
export function saveErrorTitle(t: Localize, outcome: SaveFailureOutcome): string {
  return t.term(outcome === 'unknown' ? 'saveUnconfirmed' : 'saveFailed');
}

/** What a failed registration of a PayPal account means for the customer. */
export function saveErrorText(
  t: Localize,
  error: PayFlowError,
  outcome: SaveFailureOutcome,
): string {
  switch (error.code) {
    case 'paypal-config':
      return t.term('saveErrorPayPalConfig');
    case 'paypal-unreachable':
      return t.term('saveErrorUnreachable');
    case 'paypal-error':
      return t.term('saveErrorPayPal');
    case 'paypal-fatal':
      return t.term('saveErrorPayPalFatal');
    case 'no-handler':
      return t.term('saveErrorNoHandler');
    case 'handler-error':
      return t.term('errorHandler');
  }
  if (outcome === 'declined')
    return error.message
      ? t.term('saveErrorDeclinedWith', error.message)
      : t.term('saveErrorDeclined');
  if (outcome === 'unknown') return t.term('saveErrorUnknown');
  return error.message
    ? t.term('saveErrorNotStartedWith', error.message)
    : t.term('saveErrorNotStarted');
}

/** The sentence for registered accounts that could not be loaded. */
export function accountsErrorText(t: Localize, error: PayFlowError): string {
  switch (error.code) {
    case 'no-handler':
      return t.term('accountsNoHandler');
    case 'timeout':
      return t.term('accountsTimeout');
    case 'network':
      return t.term('accountsNetwork');
    case 'invalid-result':
    case 'invalid-accounts':
      return t.term('accountsInvalid', error.message ?? '');
    case 'handler-error':
      return t.term('errorHandler');
    default:
      return error.message ? t.term('accountsFailedWith', error.message) : t.term('accountsFailed');
  }
}
