/**
 * The pay-later flow of one order as a pure, exhaustive reducer — the only place that knows the
 * steps: `idle` → (Paga) `choosing` (after `loading-accounts` when the host must be asked) →
 * (Prosegui) `reviewing` → (Prosegui e paga) `authorizing` → `succeeded` | `pending` | `failed`.
 * Also what PayPal is doing for a new account (loading, its window, the approval waiting for its
 * capture), an earlier attempt being checked again (same `requestId`), and another element or
 * tab paying the same order (`elsewhere`). Every state has a way out, and an event that does not
 * apply to the current state returns the very same state object.
 *
 * The reducer does no I/O and makes no ids: the caller generates the `requestId` of a new
 * attempt and passes it in the `confirm` event; the attempt's key is kept until its outcome is
 * definitive (paid, pending or declined).
 */
import type { PayPalAccount } from './paypal-account.js';
import type { CaptureAccepted } from './payment-result.js';

/** A registered PayPal account, or `'new'` for **Nuovo account PayPal**. */
export type AccountChoice = PayPalAccount | 'new';

/** Why loading the accounts or a payment failed. */
export interface PayFlowError {
  /** An `OrderPayFailureCode`, a `KitRequestErrorCode`, or `invalid-accounts`. */
  readonly code: string;
  /** The host's message, when it gave one. */
  readonly message?: string;
}

/**
 * What came of a failed attempt: `declined` (nothing charged: a new attempt gets a new key),
 * `unknown` (a retry re-sends the same key), `not-charged` (it never got to a charge).
 */
export type FailureOutcome = 'declined' | 'unknown' | 'not-charged';

/**
 * PayPal's v6 SDK for a new account: loaded only when that path is reachable. `blocked`: the
 * page's own security policy (CSP, Trusted Types) refused PayPal's script — trying again will
 * not help, unlike `unreachable`.
 */
export type PayPalReadiness =
  'idle' | 'loading' | 'ready' | 'unreachable' | 'blocked' | 'configuration';

/** PayPal approved this order: only the capture is left (kept for Riprova and reloads). */
export interface Approval {
  readonly paypalOrderId: string;
  readonly payerId?: string;
}

/** The attempt whose key a new confirmation re-uses. */
export interface Attempt {
  readonly requestId: string;
  /** `choiceKey()` of the account it charges. */
  readonly key: string;
  readonly approval?: Approval;
}

/**
 * While authorising: `undefined` (a registered account is charged), `check` (an earlier attempt
 * whose outcome is unknown is asked about again, same key), `window` (PayPal's window is open),
 * `capture` (PayPal approved, the host captures).
 */
export type AuthorizingPhase = 'check' | 'window' | 'capture';

interface Flow {
  /** Where loading PayPal stands (it outlives a closed dialog: the SDK stays loaded). */
  readonly paypal: PayPalReadiness;
}

export type PayFlowState = Flow &
  (
    | { readonly step: 'idle' }
    | { readonly step: 'loading-accounts' }
    | { readonly step: 'accounts-failed'; readonly error: PayFlowError }
    | {
        readonly step: 'choosing';
        readonly accounts: readonly PayPalAccount[];
        readonly choice: AccountChoice | undefined;
        /** With several payment methods: the one chosen (`paypal` goes on to the account). */
        readonly method?: string;
        readonly attempt?: Attempt;
        /** Shown above the choice: a payment made elsewhere did not go through. */
        readonly notice?: 'released';
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
        readonly phase?: AuthorizingPhase;
        readonly approval?: Approval;
      }
    | {
        /** Another element or tab is paying this order: its outcome will show here. */
        readonly step: 'elsewhere';
        readonly accounts?: readonly PayPalAccount[];
        readonly choice?: AccountChoice;
      }
    | {
        readonly step: 'succeeded' | 'pending';
        readonly choice: AccountChoice;
        readonly result: CaptureAccepted;
        readonly requestId: string;
      }
    | {
        readonly step: 'failed';
        readonly accounts: readonly PayPalAccount[];
        readonly choice: AccountChoice;
        readonly requestId: string;
        readonly error: PayFlowError;
        readonly outcome: FailureOutcome;
        /** Whether **Riprova** makes sense (same key, unless declined). */
        readonly retryable: boolean;
        readonly approval?: Approval;
      }
  );

export type PayFlowStep = PayFlowState['step'];

export type PayFlowEvent =
  /** Paga. With `accounts` the choice starts at once, without them the host is asked. */
  | { readonly type: 'open'; readonly accounts?: readonly PayPalAccount[] }
  | { readonly type: 'accounts-loaded'; readonly accounts: readonly PayPalAccount[] }
  | { readonly type: 'accounts-failed'; readonly error: PayFlowError }
  | { readonly type: 'retry-accounts' }
  | { readonly type: 'choose'; readonly choice: AccountChoice }
  /** A payment method among several (`paypal`, or one of the host's). */
  | { readonly type: 'choose-method'; readonly method: string }
  /** Prosegui (choosing → reviewing, with PayPal and an account). */
  | { readonly type: 'proceed' }
  /** Indietro (reviewing or failed → choosing). */
  | { readonly type: 'back' }
  /** Prosegui e paga. `requestId` is used only when the attempt has none yet. */
  | { readonly type: 'confirm'; readonly requestId: string }
  /**
   * An attempt goes on without the customer choosing again: an earlier attempt whose outcome is
   * unknown is checked (`check`), PayPal came back (`window` / `capture`), or this element takes
   * over an attempt whose element went away.
   */
  | {
      readonly type: 'resume';
      readonly accounts: readonly PayPalAccount[];
      readonly choice: AccountChoice;
      readonly requestId: string;
      readonly phase?: AuthorizingPhase;
      readonly approval?: Approval;
    }
  /** Another element or tab holds the order's payment (seen in its record). */
  | { readonly type: 'elsewhere' }
  /** This confirmation did not go out: another element or tab holds the order's payment. */
  | { readonly type: 'busy' }
  /** …and it ended without a payment: this element may pay again. */
  | { readonly type: 'released' }
  | { readonly type: 'paypal'; readonly readiness: PayPalReadiness }
  | { readonly type: 'paypal-approved'; readonly approval: Approval }
  /** The customer closed the PayPal window (a cancel, not an error). */
  | { readonly type: 'paypal-cancelled' }
  /** The backend answered `completed` or `pending` (here or, seen in the registry, elsewhere). */
  | { readonly type: 'settled'; readonly result: CaptureAccepted; readonly requestId: string }
  | {
      readonly type: 'failed';
      readonly error: PayFlowError;
      readonly outcome: FailureOutcome;
      readonly retryable: boolean;
    }
  /** Riprova after a failure: the same attempt again (a new one after a decline). */
  | { readonly type: 'retry' }
  /** The dialog is closed. */
  | { readonly type: 'close' };

export const initialPayFlow: PayFlowState = Object.freeze({ step: 'idle', paypal: 'idle' });

/** The key of a choice in an `Attempt`. */
export function choiceKey(choice: AccountChoice): string {
  return choice === 'new' ? 'new' : `account:${choice.id}`;
}

/** Whether the dialog may be closed: never while a payment request is out. */
export function canClose(state: PayFlowState): boolean {
  return state.step !== 'authorizing';
}

/** The next state; the same object when `event` does not apply to `state`. */
export function payFlow(state: PayFlowState, event: PayFlowEvent): PayFlowState {
  const { paypal } = state;
  switch (event.type) {
    case 'open':
      if (state.step !== 'idle') return state;
      return event.accounts === undefined
        ? { step: 'loading-accounts', paypal }
        : choosing(paypal, event.accounts, undefined, undefined);

    case 'accounts-loaded':
      if (state.step !== 'loading-accounts') return state;
      return choosing(paypal, event.accounts, undefined, undefined);

    case 'accounts-failed':
      if (state.step !== 'loading-accounts') return state;
      return { step: 'accounts-failed', paypal, error: event.error };

    case 'retry-accounts':
      if (state.step !== 'accounts-failed') return state;
      return { step: 'loading-accounts', paypal };

    case 'choose':
      if (state.step !== 'choosing') return state;
      if (state.choice !== undefined && choiceKey(state.choice) === choiceKey(event.choice))
        return state;
      return { ...state, choice: event.choice };

    case 'choose-method':
      if (state.step !== 'choosing' || state.method === event.method) return state;
      return { ...state, method: event.method };

    case 'proceed':
      if (state.step !== 'choosing' || state.choice === undefined) return state;
      // Another method is the host's to handle: the kit's flow does not go on.
      if (state.method !== undefined && state.method !== 'paypal') return state;
      return withAttempt(
        { step: 'reviewing', paypal, accounts: state.accounts, choice: state.choice },
        state.attempt,
      );

    case 'back':
      if (state.step === 'reviewing')
        return choosing(paypal, state.accounts, state.choice, state.attempt);
      if (state.step === 'failed' && state.outcome !== 'unknown')
        return choosing(paypal, state.accounts, state.choice, attemptAfter(state));
      return state;

    case 'confirm': {
      if (state.step !== 'reviewing') return state;
      const { choice, accounts } = state;
      const attempt =
        state.attempt?.key === choiceKey(choice)
          ? state.attempt
          : { requestId: event.requestId, key: choiceKey(choice) };
      const base = { step: 'authorizing', paypal, accounts, choice } as const;
      if (choice !== 'new') return { ...base, requestId: attempt.requestId };
      // Approved by PayPal already (the capture failed): capture again, no PayPal window.
      if (attempt.approval)
        return {
          ...base,
          requestId: attempt.requestId,
          phase: 'capture',
          approval: attempt.approval,
        };
      if (paypal === 'configuration')
        return {
          step: 'failed',
          paypal,
          accounts,
          choice,
          requestId: attempt.requestId,
          error: { code: 'paypal-config' },
          outcome: 'not-charged',
          retryable: false,
        };
      if (paypal !== 'ready') return state;
      return { ...base, requestId: attempt.requestId, phase: 'window' };
    }

    case 'resume': {
      if (state.step === 'succeeded' || state.step === 'pending') return state;
      const { accounts, choice, requestId, phase, approval } = event;
      return {
        step: 'authorizing',
        paypal,
        accounts,
        choice,
        requestId,
        ...(phase ? { phase } : {}),
        ...(approval ? { approval } : {}),
      };
    }

    case 'elsewhere':
      switch (state.step) {
        case 'loading-accounts':
        case 'accounts-failed':
          return { step: 'elsewhere', paypal };
        case 'choosing':
        case 'reviewing':
        case 'failed':
          return state.choice === undefined
            ? { step: 'elsewhere', paypal, accounts: state.accounts }
            : { step: 'elsewhere', paypal, accounts: state.accounts, choice: state.choice };
        default:
          return state;
      }

    case 'busy':
      if (state.step !== 'authorizing') return state;
      return { step: 'elsewhere', paypal, accounts: state.accounts, choice: state.choice };

    case 'released':
      if (state.step !== 'elsewhere') return state;
      return state.accounts === undefined
        ? { step: 'loading-accounts', paypal }
        : { ...choosing(paypal, state.accounts, state.choice, undefined), notice: 'released' };

    case 'paypal':
      if (event.readiness === paypal) return state;
      return { ...state, paypal: event.readiness };

    case 'paypal-approved':
      if (state.step !== 'authorizing' || state.phase !== 'window') return state;
      return { ...state, phase: 'capture', approval: event.approval };

    case 'paypal-cancelled':
      if (state.step !== 'authorizing' || state.phase !== 'window') return state;
      return {
        step: 'reviewing',
        paypal,
        accounts: state.accounts,
        choice: state.choice,
        attempt: { requestId: state.requestId, key: choiceKey(state.choice) },
        notice: 'paypal-cancelled',
      };

    case 'settled': {
      if (state.step === 'idle' || state.step === 'succeeded' || state.step === 'pending')
        return state;
      const choice =
        state.step === 'loading-accounts' || state.step === 'accounts-failed'
          ? undefined
          : state.choice;
      return {
        step: event.result.status === 'completed' ? 'succeeded' : 'pending',
        paypal,
        choice: choice ?? 'new',
        result: event.result,
        requestId: event.requestId,
      };
    }

    case 'failed':
      if (state.step !== 'authorizing') return state;
      return {
        step: 'failed',
        paypal,
        accounts: state.accounts,
        choice: state.choice,
        requestId: state.requestId,
        error: event.error,
        outcome: event.outcome,
        retryable: event.retryable,
        ...(state.approval ? { approval: state.approval } : {}),
      };

    case 'retry':
      if (state.step !== 'failed' || !state.retryable) return state;
      return withAttempt(
        { step: 'reviewing', paypal, accounts: state.accounts, choice: state.choice },
        attemptAfter(state),
      );

    case 'close':
      switch (state.step) {
        case 'idle':
        case 'authorizing':
          return state;
        case 'loading-accounts':
        case 'accounts-failed':
        case 'choosing':
        case 'reviewing':
        case 'elsewhere':
        case 'succeeded':
        case 'pending':
        case 'failed':
          return { step: 'idle', paypal };
        default:
          return unreachable(state);
      }

    default:
      return unreachable(event);
  }
}

/** What a failed attempt leaves for the next one: its key, unless it was declined. */
function attemptAfter(state: Extract<PayFlowState, { step: 'failed' }>): Attempt | undefined {
  if (state.outcome === 'declined') return undefined;
  return {
    requestId: state.requestId,
    key: choiceKey(state.choice),
    ...(state.approval ? { approval: state.approval } : {}),
  };
}

function choosing(
  paypal: PayPalReadiness,
  accounts: readonly PayPalAccount[],
  choice: AccountChoice | undefined,
  attempt: Attempt | undefined,
): Extract<PayFlowState, { step: 'choosing' }> {
  // With no registered account the only choice is a new one (the select shows it checked).
  const initial = choice ?? (accounts.length === 0 ? 'new' : undefined);
  return withAttempt({ step: 'choosing', paypal, accounts, choice: initial }, attempt);
}

function withAttempt<S extends PayFlowState>(state: S, attempt: Attempt | undefined): S {
  return attempt === undefined ? state : { ...state, attempt };
}

function unreachable(value: never): never {
  throw new Error(`pay-flow: unexpected ${JSON.stringify(value)}`);
}
