/**
 * `<paypal-accounts>` as a pure reducer: the list of registered PayPal accounts (the host's, or
 * loaded with a `paypal-accounts` request), the removal of one of them in a dialog (**Rimuovi** →
 * confirmation → request → outcome), and the registration of a new one without a payment
 * (`save-flow`). What was removed or added here shows at once, until the host gives its
 * accounts again. An event that does not apply returns the very same state object.
 */
import type { PayFlowError, PayPalReadiness } from './pay-flow.js';
import type { PayPalAccount } from './paypal-account.js';
import { initialSaveFlow, saveFlow, type SaveFlowEvent, type SaveFlowState } from './save-flow.js';

export type AccountsList =
  /** The host gives the accounts (`accounts` property), or has not been asked yet. */
  | { readonly status: 'given' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: PayFlowError }
  | { readonly status: 'loaded'; readonly accounts: readonly PayPalAccount[] };

export type Removal =
  | {
      readonly step: 'confirming' | 'removing' | 'removed' | 'elsewhere';
      readonly account: PayPalAccount;
    }
  | {
      readonly step: 'failed';
      readonly account: PayPalAccount;
      readonly error: PayFlowError;
      /** `declined`: the host refused (its message is shown); `unknown`: Riprova, same key. */
      readonly outcome: 'declined' | 'unknown';
    };

export interface AccountsFlowState {
  readonly paypal: PayPalReadiness;
  readonly list: AccountsList;
  /** The removal dialog's content, while it is open. */
  readonly removal: Removal | undefined;
  /** Aggiungi account PayPal. */
  readonly save: SaveFlowState;
  /** Ids removed here since the host last gave its accounts. */
  readonly removed: readonly string[];
  /** Accounts registered here since the host last gave its accounts. */
  readonly added: readonly PayPalAccount[];
}

export type AccountsFlowEvent =
  /** The host gave its accounts (or took them back: `undefined`). Local changes give way. */
  | { readonly type: 'given'; readonly accounts: boolean }
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly accounts: readonly PayPalAccount[] }
  | { readonly type: 'load-failed'; readonly error: PayFlowError }
  /** Rimuovi on an account. */
  | { readonly type: 'remove'; readonly account: PayPalAccount }
  /** Rimuovi account, in the dialog (and Riprova after an unknown outcome). */
  | { readonly type: 'confirm-remove' }
  | { readonly type: 'removed' }
  | {
      readonly type: 'remove-failed';
      readonly error: PayFlowError;
      readonly outcome: 'declined' | 'unknown';
    }
  /** Another element or tab is removing the account. */
  | { readonly type: 'remove-busy' }
  /** Another element or tab removed an account. */
  | { readonly type: 'removed-elsewhere'; readonly accountId: string }
  | { readonly type: 'close-removal' }
  | { readonly type: 'save'; readonly event: SaveFlowEvent }
  | { readonly type: 'paypal'; readonly readiness: PayPalReadiness };

export const initialAccountsFlow: AccountsFlowState = Object.freeze({
  paypal: 'idle' as const,
  list: { status: 'given' as const },
  removal: undefined,
  save: initialSaveFlow,
  removed: [],
  added: [],
});

/** The accounts on screen: the host's (or loaded), without those removed, with those added. */
export function shownAccounts(
  state: AccountsFlowState,
  given: readonly PayPalAccount[] | undefined,
): readonly PayPalAccount[] {
  const base = state.list.status === 'loaded' ? state.list.accounts : (given ?? []);
  const ids = new Set(base.map((account) => account.id));
  return [...base, ...state.added.filter((account) => !ids.has(account.id))].filter(
    (account) => !state.removed.includes(account.id),
  );
}

/** Whether the removal dialog may be closed: not while the request is out. */
export function canCloseRemoval(state: AccountsFlowState): boolean {
  return state.removal?.step !== 'removing';
}

/** The next state; the same object when `event` does not apply to `state`. */
export function accountsFlow(
  state: AccountsFlowState,
  event: AccountsFlowEvent,
): AccountsFlowState {
  switch (event.type) {
    case 'given':
      if (
        state.list.status === 'given' &&
        event.accounts &&
        !state.removed.length &&
        !state.added.length
      )
        return state;
      return { ...state, list: { status: 'given' }, removed: [], added: [] };

    case 'load':
      if (state.list.status === 'loading' || state.list.status === 'loaded') return state;
      return { ...state, list: { status: 'loading' } };

    case 'loaded':
      if (state.list.status !== 'loading') return state;
      return {
        ...state,
        list: { status: 'loaded', accounts: event.accounts },
        removed: [],
        added: [],
      };

    case 'load-failed':
      if (state.list.status !== 'loading') return state;
      return { ...state, list: { status: 'failed', error: event.error } };

    case 'remove':
      if (state.removal !== undefined) return state;
      return { ...state, removal: { step: 'confirming', account: event.account } };

    case 'confirm-remove': {
      const removal = state.removal;
      if (
        removal?.step !== 'confirming' &&
        !(removal?.step === 'failed' && removal.outcome === 'unknown')
      )
        return state;
      return { ...state, removal: { step: 'removing', account: removal.account } };
    }

    case 'removed': {
      const removal = state.removal;
      if (removal?.step !== 'removing') return state;
      return {
        ...state,
        removal: { step: 'removed', account: removal.account },
        removed: withId(state.removed, removal.account.id),
      };
    }

    case 'remove-failed': {
      const removal = state.removal;
      if (removal?.step !== 'removing') return state;
      return {
        ...state,
        removal: {
          step: 'failed',
          account: removal.account,
          error: event.error,
          outcome: event.outcome,
        },
      };
    }

    case 'remove-busy': {
      const removal = state.removal;
      if (removal?.step !== 'removing') return state;
      return { ...state, removal: { step: 'elsewhere', account: removal.account } };
    }

    case 'removed-elsewhere': {
      if (state.removed.includes(event.accountId)) return state;
      const removal = state.removal;
      const shown = removal?.account.id === event.accountId && removal.step !== 'removed';
      return {
        ...state,
        removed: withId(state.removed, event.accountId),
        ...(shown ? { removal: { step: 'removed' as const, account: removal.account } } : {}),
      };
    }

    case 'close-removal':
      if (state.removal === undefined || !canCloseRemoval(state)) return state;
      return { ...state, removal: undefined };

    case 'save': {
      const save = saveFlow(state.save, event.event);
      if (save === state.save) return state;
      if (save.step !== 'saved') return { ...state, save };
      return {
        ...state,
        save,
        added: [...state.added.filter((account) => account.id !== save.account.id), save.account],
        removed: state.removed.filter((id) => id !== save.account.id),
      };
    }

    case 'paypal':
      if (event.readiness === state.paypal) return state;
      return { ...state, paypal: event.readiness };

    default:
      return unreachable(event);
  }
}

function withId(ids: readonly string[], id: string): readonly string[] {
  return ids.includes(id) ? ids : [...ids, id];
}

function unreachable(value: never): never {
  throw new Error(`accounts-flow: unexpected ${JSON.stringify(value)}`);
}
