/**
 * Registering a PayPal account without a payment, as a pure reducer: PayPal's save session
 * (`window`), then the backend turning the approved setup token into a payment token (`saving`),
 * then `saved` — or `failed`, with what is known (`not-saved`: nothing reached the vault;
 * `declined`: the backend refused; `unknown`: a retry re-sends the same `requestId` and setup
 * token, without PayPal again). Shared by `<auto-renewal-control>` (a new account for a renewal)
 * and `<paypal-accounts>` (Aggiungi account PayPal). An event that does not apply returns the
 * very same state object; the caller makes the ids.
 */
import type { PayFlowError } from './pay-flow.js';
import type { PayPalAccount } from './paypal-account.js';

/** The setup token the customer approved at PayPal. */
export interface SaveApproval {
  readonly vaultSetupToken: string;
  readonly payerId?: string;
}

/** One registration: its key, for `paypal-setup-token` and `paypal-save`, and PayPal's approval. */
export interface SaveAttempt {
  readonly requestId: string;
  readonly approval?: SaveApproval;
}

export type SaveFailureOutcome = 'not-saved' | 'declined' | 'unknown';

export type SaveFlowState =
  | {
      readonly step: 'idle';
      /** The customer closed PayPal's window: nothing was registered. */
      readonly notice?: 'cancelled';
    }
  /** PayPal's window is open (the setup token may still be on its way). */
  | { readonly step: 'window'; readonly attempt: SaveAttempt }
  /** The backend creates the payment token (`paypal-save`). */
  | { readonly step: 'saving'; readonly attempt: Required<SaveAttempt> }
  | { readonly step: 'saved'; readonly account: PayPalAccount; readonly requestId: string }
  | {
      readonly step: 'failed';
      readonly attempt: SaveAttempt;
      readonly error: PayFlowError;
      readonly outcome: SaveFailureOutcome;
      /** Whether Riprova makes sense (PayPal's fatal errors and a missing configuration: no). */
      readonly retryable: boolean;
    };

export type SaveFlowEvent =
  /**
   * A click starts PayPal's window. `requestId` is used when the attempt has none to keep (a new
   * registration, or one that was declined).
   */
  | { readonly type: 'start'; readonly requestId: string }
  | { readonly type: 'approved'; readonly approval: SaveApproval }
  /** The customer closed PayPal's window. */
  | { readonly type: 'cancelled' }
  /** PayPal failed, the setup token could not be had, or PayPal is not configured. */
  | { readonly type: 'not-saved'; readonly error: PayFlowError; readonly retryable: boolean }
  | { readonly type: 'saved'; readonly account: PayPalAccount }
  | {
      readonly type: 'save-failed';
      readonly error: PayFlowError;
      readonly outcome: 'declined' | 'unknown';
    }
  /** Riprova after `paypal-save` failed with an unknown outcome: the same request again. */
  | { readonly type: 'retry' }
  | { readonly type: 'reset' };

export const initialSaveFlow: SaveFlowState = Object.freeze({ step: 'idle' });

/** Whether a request or PayPal's window is out: the registration cannot be dismissed. */
export function saveBusy(state: SaveFlowState): boolean {
  return state.step === 'window' || state.step === 'saving';
}

/** The next state; the same object when `event` does not apply to `state`. */
export function saveFlow(state: SaveFlowState, event: SaveFlowEvent): SaveFlowState {
  switch (event.type) {
    case 'start': {
      if (state.step === 'idle' || state.step === 'saved')
        return { step: 'window', attempt: { requestId: event.requestId } };
      if (state.step !== 'failed' || !state.retryable) return state;
      if (state.outcome === 'declined')
        return { step: 'window', attempt: { requestId: event.requestId } };
      // Approved already: only the backend is left (Riprova re-sends paypal-save, no PayPal).
      if (state.attempt.approval) return state;
      return { step: 'window', attempt: { requestId: state.attempt.requestId } };
    }
    case 'approved':
      if (state.step !== 'window') return state;
      return {
        step: 'saving',
        attempt: { requestId: state.attempt.requestId, approval: event.approval },
      };
    case 'cancelled':
      if (state.step !== 'window') return state;
      return { step: 'idle', notice: 'cancelled' };
    case 'not-saved':
      if (state.step !== 'window') return state;
      return {
        step: 'failed',
        attempt: state.attempt,
        error: event.error,
        outcome: 'not-saved',
        retryable: event.retryable,
      };
    case 'saved':
      if (state.step !== 'saving') return state;
      return { step: 'saved', account: event.account, requestId: state.attempt.requestId };
    case 'save-failed':
      if (state.step !== 'saving') return state;
      return {
        step: 'failed',
        attempt: state.attempt,
        error: event.error,
        outcome: event.outcome,
        // A decline is definitive: a new registration goes through PayPal again.
        retryable: true,
      };
    case 'retry': {
      if (state.step !== 'failed' || state.outcome !== 'unknown') return state;
      const { requestId, approval } = state.attempt;
      if (!approval) return state;
      return { step: 'saving', attempt: { requestId, approval } };
    }
    case 'reset':
      return state.step === 'idle' && state.notice === undefined ? state : initialSaveFlow;
    default:
      return unreachable(event);
  }
}

function unreachable(value: never): never {
  throw new Error(`save-flow: unexpected ${JSON.stringify(value)}`);
}
