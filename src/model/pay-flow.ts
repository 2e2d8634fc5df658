/**
 * The pay-later flow of one order as a pure, exhaustive reducer: `idle` → (Paga) `choosing`
 * (after `loading-accounts` when the host must be asked) → (Prosegui) `reviewing` →
 * (Prosegui e paga) `authorizing` → `succeeded` | `failed`. Every state has a way out, and an
 * event that does not apply to the current state returns the very same state object.
 *
 * The reducer does no I/O and makes no ids: the caller generates the `requestId` of a new
 * attempt (`crypto.randomUUID()`) and passes it in the `confirm` event.
 */
import type { PayPalAccount } from './paypal-account.js';

/** A registered PayPal account, or `'new'` for **Nuovo account PayPal**. */
export type AccountChoice = PayPalAccount | 'new';

/** Why loading the accounts or authorising failed. */
export interface PayFlowError {
  /** A `KitRequestErrorCode` or one of the flow's own codes (`invalid-result`, `paypal-config`...). */
  readonly code: string;
  /** The host's message, when it gave one. */
  readonly message?: string;
}

/** What the host's `order-pay-authorize` handler answers. */
export interface AuthorizeResult {
  readonly paymentId?: string;
  /** Whether automatic renewal was switched on; defaults to the product rule. */
  readonly renewalActivated?: boolean;
}

/** What the host's `paypal-capture` handler answers (a new PayPal account). */
export interface CaptureResult extends AuthorizeResult {
  /** The PayPal account just registered (vaulted), shown in the confirmation. */
  readonly account?: PayPalAccount;
}

/** Where a new-account payment stands while authorising: PayPal's window, or the capture. */
export type PayPalPhase = 'window' | 'capture';

/** The `requestId` of the current attempt and the account it belongs to. */
export interface Attempt {
  readonly requestId: string;
  /** The account id, or `'new'`. */
  readonly key: string;
}

export type PayFlowState =
  | {
      readonly step: 'idle';
      /** The order was paid through this flow: a new attempt is impossible. */
      readonly paid: boolean;
    }
  | { readonly step: 'loading-accounts' }
  | { readonly step: 'accounts-failed'; readonly error: PayFlowError }
  | {
      readonly step: 'choosing';
      readonly accounts: readonly PayPalAccount[];
      readonly choice: AccountChoice | undefined;
      readonly attempt?: Attempt;
    }
  | {
      readonly step: 'reviewing';
      readonly accounts: readonly PayPalAccount[];
      readonly choice: AccountChoice;
      readonly attempt?: Attempt;
      /** Shown above the summary: the customer closed the PayPal window. */
      readonly notice?: 'paypal-cancelled';
    }
  | {
      readonly step: 'authorizing';
      readonly accounts: readonly PayPalAccount[];
      readonly choice: AccountChoice;
      readonly requestId: string;
      /** With a new account: PayPal's window is open, or the host is capturing. */
      readonly paypal?: PayPalPhase;
    }
  | {
      readonly step: 'succeeded';
      readonly choice: AccountChoice;
      readonly result: CaptureResult;
      readonly requestId: string;
    }
  | {
      readonly step: 'failed';
      readonly accounts: readonly PayPalAccount[];
      readonly choice: AccountChoice;
      readonly requestId: string;
      readonly error: PayFlowError;
      /** Whether **Riprova** (the same request again, same `requestId`) makes sense. */
      readonly retryable: boolean;
    };

export type PayFlowStep = PayFlowState['step'];

export type PayFlowEvent =
  /** Paga. With `accounts` the choice starts at once, without them the host is asked. */
  | { readonly type: 'open'; readonly accounts?: readonly PayPalAccount[] }
  | { readonly type: 'accounts-loaded'; readonly accounts: readonly PayPalAccount[] }
  | { readonly type: 'accounts-failed'; readonly error: PayFlowError }
  | { readonly type: 'retry-accounts' }
  | { readonly type: 'choose'; readonly choice: AccountChoice }
  /** Prosegui (choosing → reviewing). */
  | { readonly type: 'proceed' }
  /** Indietro (reviewing or failed → choosing). */
  | { readonly type: 'back' }
  /**
   * Prosegui e paga. `requestId` is used only when the attempt needs a new one. With a new
   * account, `paypal` is the phase to start in (`window` unless PayPal already approved).
   */
  | { readonly type: 'confirm'; readonly requestId: string; readonly paypal?: PayPalPhase }
  | { readonly type: 'authorized'; readonly result: CaptureResult }
  /** PayPal approved (new account): the capture starts. */
  | { readonly type: 'paypal-approved' }
  /**
   * The page came back from PayPal (`presentation="redirect"`) or was reloaded during a
   * capture: the flow of a new account goes on, from `idle`, with the stored `requestId`.
   */
  | {
      readonly type: 'resume';
      readonly accounts: readonly PayPalAccount[];
      readonly requestId: string;
      readonly paypal: PayPalPhase;
    }
  | {
      readonly type: 'authorization-failed';
      readonly error: PayFlowError;
      readonly retryable: boolean;
    }
  /** Riprova after a failed authorisation (back to the summary, same `requestId`). */
  | { readonly type: 'retry' }
  /** The customer closed the PayPal window (a cancel, not an error). */
  | { readonly type: 'paypal-cancelled' }
  /** The dialog is closed. */
  | { readonly type: 'close' };

export const initialPayFlow: PayFlowState = Object.freeze({ step: 'idle', paid: false });

/** The key of a choice in an `Attempt`. */
export function choiceKey(choice: AccountChoice): string {
  return choice === 'new' ? 'new' : `account:${choice.id}`;
}

/** The next state; the same object when `event` does not apply to `state`. */
export function payFlow(state: PayFlowState, event: PayFlowEvent): PayFlowState {
  switch (event.type) {
    case 'open':
      if (state.step !== 'idle' || state.paid) return state;
      return event.accounts === undefined
        ? { step: 'loading-accounts' }
        : choosing(event.accounts, undefined, undefined);

    case 'accounts-loaded':
      if (state.step !== 'loading-accounts') return state;
      return choosing(event.accounts, undefined, undefined);

    case 'accounts-failed':
      if (state.step !== 'loading-accounts') return state;
      return { step: 'accounts-failed', error: event.error };

    case 'retry-accounts':
      if (state.step !== 'accounts-failed') return state;
      return { step: 'loading-accounts' };

    case 'choose':
      if (state.step !== 'choosing') return state;
      if (state.choice !== undefined && choiceKey(state.choice) === choiceKey(event.choice))
        return state;
      return { ...state, choice: event.choice };

    case 'proceed':
      if (state.step !== 'choosing' || state.choice === undefined) return state;
      return withAttempt(
        { step: 'reviewing', accounts: state.accounts, choice: state.choice },
        state.attempt,
      );

    case 'back':
      if (state.step === 'reviewing') return choosing(state.accounts, state.choice, state.attempt);
      if (state.step === 'failed')
        return choosing(state.accounts, state.choice, {
          requestId: state.requestId,
          key: choiceKey(state.choice),
        });
      return state;

    case 'confirm': {
      if (state.step !== 'reviewing') return state;
      const key = choiceKey(state.choice);
      const requestId =
        state.attempt && state.attempt.key === key ? state.attempt.requestId : event.requestId;
      return {
        step: 'authorizing',
        accounts: state.accounts,
        choice: state.choice,
        requestId,
        ...(state.choice === 'new' ? { paypal: event.paypal ?? 'window' } : {}),
      };
    }

    case 'paypal-approved':
      if (state.step !== 'authorizing' || state.paypal !== 'window') return state;
      return { ...state, paypal: 'capture' };

    case 'resume':
      if (state.step !== 'idle' || state.paid) return state;
      return {
        step: 'authorizing',
        accounts: event.accounts,
        choice: 'new',
        requestId: event.requestId,
        paypal: event.paypal,
      };

    case 'authorized':
      if (state.step !== 'authorizing') return state;
      return {
        step: 'succeeded',
        choice: state.choice,
        result: event.result,
        requestId: state.requestId,
      };

    case 'authorization-failed':
      if (state.step !== 'authorizing') return state;
      return {
        step: 'failed',
        accounts: state.accounts,
        choice: state.choice,
        requestId: state.requestId,
        error: event.error,
        retryable: event.retryable,
      };

    case 'retry':
      if (state.step !== 'failed' || !state.retryable) return state;
      return {
        step: 'reviewing',
        accounts: state.accounts,
        choice: state.choice,
        attempt: { requestId: state.requestId, key: choiceKey(state.choice) },
      };

    case 'paypal-cancelled':
      if (state.step !== 'authorizing' || state.paypal === 'capture') return state;
      return {
        step: 'reviewing',
        accounts: state.accounts,
        choice: state.choice,
        attempt: { requestId: state.requestId, key: choiceKey(state.choice) },
        notice: 'paypal-cancelled',
      };

    case 'close':
      switch (state.step) {
        case 'idle':
        case 'authorizing':
          return state;
        case 'succeeded':
          return { step: 'idle', paid: true };
        case 'loading-accounts':
        case 'accounts-failed':
        case 'choosing':
        case 'reviewing':
        case 'failed':
          return initialPayFlow;
        default:
          return unreachable(state);
      }

    default:
      return unreachable(event);
  }
}

function choosing(
  accounts: readonly PayPalAccount[],
  choice: AccountChoice | undefined,
  attempt: Attempt | undefined,
): PayFlowState {
  // With no registered account the only choice is a new one (the select shows it checked).
  const initial = choice ?? (accounts.length === 0 ? 'new' : undefined);
  return withAttempt({ step: 'choosing', accounts, choice: initial }, attempt);
}

function withAttempt<S extends PayFlowState>(state: S, attempt: Attempt | undefined): S {
  return attempt === undefined ? state : { ...state, attempt };
}

function unreachable(value: never): never {
  throw new Error(`pay-flow: unexpected ${JSON.stringify(value)}`);
}
