/**
 * One service's automatic renewal switched off or on, as a pure, exhaustive reducer — the only
 * place that knows the steps of `<auto-renewal-control>`'s dialog:
 *
 * - **Disattiva**: `idle` → `confirming-off` → (Disattiva rinnovo) `submitting` → `succeeded` |
 *   `failed`;
 * - **Attiva**: `idle` → (`loading-accounts` →) `choosing` → (Attiva rinnovo) `submitting`, or
 *   with **Nuovo account PayPal** `registering` (PayPal's save session, no payment: `save-flow`)
 *   and then `submitting` with the account just registered.
 *
 * Another element or tab changing the same renewal is `elsewhere`. Every state has a way out; an
 * event that does not apply returns the very same state object. The change's `requestId` is the
 * change registry's (the same while its outcome is unknown), not the reducer's.
 */
import type { AccountChoice, PayFlowError, PayPalReadiness } from './pay-flow.js';
import type { PayPalAccount } from './paypal-account.js';
import {
  initialSaveFlow,
  saveBusy,
  saveFlow,
  type SaveFlowEvent,
  type SaveFlowState,
} from './save-flow.js';

/** What is asked of the backend. */
export type RenewalChange =
  { readonly enabled: false } | { readonly enabled: true; readonly account: PayPalAccount };

interface Flow {
  /** Where loading PayPal stands (it outlives a closed dialog: the SDK stays loaded). */
  readonly paypal: PayPalReadiness;
}

export type RenewalFlowState = Flow &
  (
    | { readonly step: 'idle' }
    | { readonly step: 'confirming-off' }
    | { readonly step: 'loading-accounts' }
    | { readonly step: 'accounts-failed'; readonly error: PayFlowError }
    | {
        readonly step: 'choosing';
        readonly accounts: readonly PayPalAccount[];
        readonly choice: AccountChoice | undefined;
        /** The customer closed PayPal's window: nothing was registered. */
        readonly notice?: 'paypal-cancelled';
      }
    | {
        /** A new PayPal account, registered without a payment, for the renewal. */
        readonly step: 'registering';
        readonly accounts: readonly PayPalAccount[];
        readonly save: SaveFlowState;
      }
    | {
        readonly step: 'submitting';
        readonly change: RenewalChange;
        readonly accounts?: readonly PayPalAccount[];
        /** The account registered on the way, shown in the result. */
        readonly registered?: PayPalAccount;
      }
    /** Another element or tab is changing this renewal: its outcome will show. */
    | { readonly step: 'elsewhere' }
    | {
        readonly step: 'succeeded';
        readonly change: RenewalChange;
        readonly registered?: PayPalAccount;
      }
    | {
        readonly step: 'failed';
        readonly change: RenewalChange;
        readonly accounts?: readonly PayPalAccount[];
        readonly registered?: PayPalAccount;
        readonly error: PayFlowError;
        /** `declined`: refused, nothing changed; `unknown`: Riprova re-sends the same key. */
        readonly outcome: 'declined' | 'unknown';
      }
  );

export type RenewalFlowStep = RenewalFlowState['step'];

export type RenewalFlowEvent =
  /** Disattiva. */
  | { readonly type: 'disable' }
  /** Attiva. With `accounts` the choice starts at once; without them the host is asked. */
  | { readonly type: 'enable'; readonly accounts?: readonly PayPalAccount[] }
  | { readonly type: 'accounts-loaded'; readonly accounts: readonly PayPalAccount[] }
  | { readonly type: 'accounts-failed'; readonly error: PayFlowError }
  | { readonly type: 'retry-accounts' }
  | { readonly type: 'choose'; readonly choice: AccountChoice }
  /**
   * Disattiva rinnovo / Attiva rinnovo. `requestId`: for a new account's registration, used when
   * it has none to keep.
   */
  | { readonly type: 'confirm'; readonly requestId: string }
  /** What the registration of a new account did (PayPal, `paypal-save`). */
  | { readonly type: 'save'; readonly event: SaveFlowEvent }
  /** The change did not go out: another element or tab is sending one for this service. */
  | { readonly type: 'busy' }
  | { readonly type: 'done' }
  | {
      readonly type: 'failed';
      readonly error: PayFlowError;
      readonly outcome: 'declined' | 'unknown';
    }
  /** Riprova: the same change again (same key). */
  | { readonly type: 'retry' }
  /** Indietro: to the account choice (after a refusal, or PayPal failing). */
  | { readonly type: 'back' }
  | { readonly type: 'paypal'; readonly readiness: PayPalReadiness }
  | { readonly type: 'close' };

export const initialRenewalFlow: RenewalFlowState = Object.freeze({
  step: 'idle',
  paypal: 'idle',
});

/** Whether the dialog may be closed: never while a request or PayPal's window is out. */
export function canCloseRenewal(state: RenewalFlowState): boolean {
  if (state.step === 'submitting') return false;
  if (state.step === 'registering') return !saveBusy(state.save);
  return true;
}

/** The next state; the same object when `event` does not apply to `state`. */
export function renewalFlow(state: RenewalFlowState, event: RenewalFlowEvent): RenewalFlowState {
  const { paypal } = state;
  switch (event.type) {
    case 'disable':
      if (state.step !== 'idle') return state;
      return { step: 'confirming-off', paypal };

    case 'enable':
      if (state.step !== 'idle') return state;
      return event.accounts === undefined
        ? { step: 'loading-accounts', paypal }
        : choosing(paypal, event.accounts, undefined);

    case 'accounts-loaded':
      if (state.step !== 'loading-accounts') return state;
      return choosing(paypal, event.accounts, undefined);

    case 'accounts-failed':
      if (state.step !== 'loading-accounts') return state;
      return { step: 'accounts-failed', paypal, error: event.error };

    case 'retry-accounts':
      if (state.step !== 'accounts-failed') return state;
      return { step: 'loading-accounts', paypal };

    case 'choose':
      if (state.step !== 'choosing') return state;
      if (sameChoice(state.choice, event.choice)) return state;
      return { step: 'choosing', paypal, accounts: state.accounts, choice: event.choice };

    case 'confirm':
      if (state.step === 'confirming-off')
        return { step: 'submitting', paypal, change: { enabled: false } };
      if (state.step !== 'choosing' || state.choice === undefined) return state;
      if (state.choice !== 'new')
        return {
          step: 'submitting',
          paypal,
          accounts: state.accounts,
          change: { enabled: true, account: state.choice },
        };
      // A new account: PayPal's window, once PayPal is there.
      if (paypal === 'configuration' || paypal === 'unreachable') {
        const code = paypal === 'configuration' ? 'paypal-config' : 'paypal-unreachable';
        return registering(paypal, state.accounts, {
          step: 'failed',
          attempt: { requestId: event.requestId },
          error: { code },
          outcome: 'not-saved',
          retryable: paypal === 'unreachable',
        });
      }
      if (paypal !== 'ready') return state;
      return registering(
        paypal,
        state.accounts,
        saveFlow(initialSaveFlow, { type: 'start', requestId: event.requestId }),
      );

    case 'save': {
      if (state.step !== 'registering') return state;
      const save = saveFlow(state.save, event.event);
      if (save === state.save) return state;
      if (save.step === 'saved')
        return {
          step: 'submitting',
          paypal,
          accounts: state.accounts,
          change: { enabled: true, account: save.account },
          registered: save.account,
        };
      if (save.step === 'idle')
        return { ...choosing(paypal, state.accounts, 'new'), notice: 'paypal-cancelled' };
      return registering(paypal, state.accounts, save);
    }

    case 'busy':
      if (state.step !== 'submitting') return state;
      return { step: 'elsewhere', paypal };

    case 'done':
      if (state.step !== 'submitting') return state;
      return {
        step: 'succeeded',
        paypal,
        change: state.change,
        ...(state.registered ? { registered: state.registered } : {}),
      };

    case 'failed':
      if (state.step !== 'submitting') return state;
      return {
        step: 'failed',
        paypal,
        change: state.change,
        ...(state.accounts ? { accounts: state.accounts } : {}),
        ...(state.registered ? { registered: state.registered } : {}),
        error: event.error,
        outcome: event.outcome,
      };

    case 'retry':
      if (state.step === 'accounts-failed') return { step: 'loading-accounts', paypal };
      if (state.step !== 'failed' || state.outcome !== 'unknown') return state;
      return {
        step: 'submitting',
        paypal,
        change: state.change,
        ...(state.accounts ? { accounts: state.accounts } : {}),
        ...(state.registered ? { registered: state.registered } : {}),
      };

    case 'back':
      // A refused account, or a registration that failed: choose again.
      if (
        state.step === 'failed' &&
        state.outcome === 'declined' &&
        state.change.enabled &&
        state.accounts
      )
        return choosing(paypal, withAccount(state.accounts, state.registered), undefined);
      if (state.step === 'registering' && state.save.step === 'failed')
        return choosing(paypal, state.accounts, 'new');
      return state;

    case 'paypal':
      if (event.readiness === paypal) return state;
      return { ...state, paypal: event.readiness };

    case 'close':
      if (state.step === 'idle' || !canCloseRenewal(state)) return state;
      return { step: 'idle', paypal };

    default:
      return unreachable(event);
  }
}

function choosing(
  paypal: PayPalReadiness,
  accounts: readonly PayPalAccount[],
  choice: AccountChoice | undefined,
): Extract<RenewalFlowState, { step: 'choosing' }> {
  // With no registered account the only choice is a new one.
  return {
    step: 'choosing',
    paypal,
    accounts,
    choice: choice ?? (accounts.length ? undefined : 'new'),
  };
}

function registering(
  paypal: PayPalReadiness,
  accounts: readonly PayPalAccount[],
  save: SaveFlowState,
): RenewalFlowState {
  return { step: 'registering', paypal, accounts, save };
}

/** The accounts with the one registered on the way (refused for the renewal, but registered). */
function withAccount(
  accounts: readonly PayPalAccount[],
  registered: PayPalAccount | undefined,
): readonly PayPalAccount[] {
  if (!registered || accounts.some((account) => account.id === registered.id)) return accounts;
  return [...accounts, registered];
}

function sameChoice(a: AccountChoice | undefined, b: AccountChoice): boolean {
  if (a === undefined) return false;
  if (a === 'new' || b === 'new') return a === b;
  return a.id === b.id;
}

function unreachable(value: never): never {
  throw new Error(`renewal-flow: unexpected ${JSON.stringify(value)}`);
}
