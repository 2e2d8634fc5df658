/**
 * What `<paypal-accounts>` shows: the registered accounts and which renewals use each, the
 * registration of a new one, and the removal dialog — templates of the flow's state, with the
 * element's handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  accountsErrorText,
  changeErrorText,
  saveErrorText,
  saveErrorTitle,
} from '../../internal/change-messages.js';
import type { LocalizeController } from '../../internal/localize.js';
import { email } from '../../internal/templates.js';
import type { AccountsFlowState, Removal } from '../../model/accounts-flow.js';
import type { PayPalAccount } from '../../model/paypal-account.js';
import type { ParsedService } from '../../model/service.js';
import type * as it from '../../translations/it.js';

export type Terms = typeof it.paypalAccounts;
type Localize = LocalizeController<Terms>;

export interface ListHandlers {
  readonly remove: (event: Event) => void;
  readonly add: () => void;
  readonly retryAdd: () => void;
  readonly reload: () => void;
}

export interface RemovalHandlers {
  readonly cancel: () => void;
  readonly confirm: () => void;
}

/** "PEC Standard e Conservazione a norma". */
export function names(t: Localize, services: readonly ParsedService[]): string {
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(
    services.map((service) => service.name),
  );
}

function renderAccount(
  t: Localize,
  account: PayPalAccount,
  using: readonly ParsedService[],
  busy: boolean,
  on: ListHandlers,
): TemplateResult {
  return html`<li class="account" part="account" data-id=${account.id}>
    <div class="who">
      <p class="address" part="email">
        ${email(account.email)}${
          account.label ? html` <span class="label" part="label">${account.label}</span>` : nothing
        }
      </p>
      <p class="usage" part="usage">
        ${using.length ? t.term('usedBy', names(t, using)) : t.term('notUsed')}
      </p>
    </div>
    ${
      busy
        ? html`<p class="busy" part="busy">
            <span class="spinner" aria-hidden="true"></span>${t.term('removing')}
          </p>`
        : html`<button
            type="button"
            class="button secondary"
            part="remove"
            data-id=${account.id}
            aria-haspopup="dialog"
            aria-label=${t.term('removeLabel', account.email)}
            @click=${on.remove}
          >
            ${t.term('remove')}
          </button>`
    }
  </li>`;
}

export interface ListView {
  readonly state: AccountsFlowState;
  readonly accounts: readonly PayPalAccount[];
  readonly usage: (account: PayPalAccount) => readonly ParsedService[];
  readonly busy: (account: PayPalAccount) => boolean;
  readonly t: Localize;
  readonly on: ListHandlers;
}

/** The list (or its loading and failure), then Aggiungi account PayPal and its progress. */
export function renderList(view: ListView): TemplateResult {
  const { state, accounts, t, on } = view;
  const { list } = state;
  if (list.status === 'loading')
    return html`<p class="progress" part="progress">
      <span class="spinner" aria-hidden="true"></span>${t.term('loadingAccounts')}
    </p>`;
  if (list.status === 'failed')
    return html`<div class="error" part="error">
        <span>${accountsErrorText(t, list.error)}</span>
      </div>
      <div class="actions">
        <button type="button" class="button" part="retry" @click=${on.reload}>
          ${t.term('retry')}
        </button>
      </div>`;
  return html`${
    accounts.length
      ? html`<ul class="list" part="list" aria-label=${t.term('listLabel')} tabindex="-1">
          ${accounts.map((account) =>
            renderAccount(t, account, view.usage(account), view.busy(account), on),
          )}
        </ul>`
      : html`<p class="empty" part="empty" tabindex="-1">${t.term('empty')}</p>`
  }
  ${renderAdd(view)}`;
}

function renderAdd({ state, t, on }: ListView): TemplateResult {
  const { save, paypal } = state;
  const working = save.step === 'window' || save.step === 'saving';
  const loading = paypal === 'loading';
  let status: unknown = nothing;
  if (save.step === 'window' || save.step === 'saving' || loading)
    status = html`<span class="spinner" aria-hidden="true"></span>${t.term(
        save.step === 'window'
          ? 'paypalWaiting'
          : save.step === 'saving'
            ? 'paypalSaving'
            : 'paypalLoading',
      )}`;
  else if (save.step === 'saved')
    status = html`${t.term('paypalRegistered')}: ${email(save.account.email)}`;
  else if (save.step === 'idle' && save.notice === 'cancelled') status = t.term('addCancelled');
  return html`<div class="add">
    <button
      type="button"
      class="button"
      part="add"
      aria-describedby="add-hint"
      aria-disabled=${working || loading ? 'true' : 'false'}
      @click=${on.add}
    >
      ${t.term('add')}
    </button>
    <p class="hint" id="add-hint">${t.term('addHint')}</p>
    <p class="status" part="status">${status}</p>
    ${
      save.step === 'failed'
        ? html`<div class="error" part="add-error" tabindex="-1">
            <strong>${saveErrorTitle(t, save.outcome)}</strong>
            <span>${saveErrorText(t, save.error, save.outcome)}</span>
            ${
              save.retryable
                ? html`<span class="actions"
                    ><button type="button" class="button" part="add-retry" @click=${on.retryAdd}>
                      ${t.term('retry')}
                    </button></span
                  >`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}

/**
 * What the element's one live region outside the dialog says: the list loading or failing, and
 * Aggiungi account PayPal's progress and outcome. Each of these is also on screen; the region
 * stays in place so that every change of its words is read.
 */
export function listAnnouncement(t: Localize, state: AccountsFlowState): string {
  const { list, save, paypal } = state;
  if (list.status === 'loading') return t.term('loadingAccounts');
  if (list.status === 'failed') return accountsErrorText(t, list.error);
  switch (save.step) {
    case 'window':
      return t.term('paypalWaiting');
    case 'saving':
      return t.term('paypalSaving');
    case 'saved':
      return `${t.term('paypalRegistered')}: ${save.account.email}`;
    case 'failed':
      return `${saveErrorTitle(t, save.outcome)}. ${saveErrorText(t, save.error, save.outcome)}`;
    default:
      if (save.notice === 'cancelled') return t.term('addCancelled');
      return paypal === 'loading' ? t.term('paypalLoading') : '';
  }
}

/** The removal dialog's title for its step. */
export function removalTitle(t: Localize, removal: Removal | undefined): string {
  switch (removal?.step) {
    case 'removed':
      return t.term('removed');
    case 'failed':
      return t.term(removal.outcome === 'unknown' ? 'unconfirmed' : 'removeFailed');
    default:
      return t.term('removeTitle');
  }
}

/** What the removal dialog's live region says. */
export function removalAnnouncement(t: Localize, removal: Removal | undefined): string {
  switch (removal?.step) {
    case 'removing':
      return t.term('removing');
    case 'removed':
    case 'failed':
      return removalTitle(t, removal);
    default:
      return '';
  }
}

export interface RemovalView {
  readonly removal: Removal | undefined;
  /** The services whose renewal uses the account. */
  readonly using: readonly ParsedService[];
  readonly t: Localize;
  readonly on: RemovalHandlers;
}

/** The removal dialog's content. */
export function renderRemoval({ removal, using, t, on }: RemovalView): unknown {
  if (!removal) return nothing;
  const { account } = removal;
  const who = html`<p class="address">
    ${email(account.email)}${
      account.label ? html` <span class="label">${account.label}</span>` : nothing
    }
  </p>`;
  const close = (label: 'cancel' | 'close') =>
    html`<button type="button" class="button secondary" part="cancel" @click=${on.cancel}>
      ${t.term(label)}
    </button>`;
  switch (removal.step) {
    case 'confirming':
      return html`${who}
        <p>
          ${
            using.length
              ? t.term('removeUsed', names(t, using), using.length)
              : t.term('removeUnused')
          }
        </p>
        <div class="actions" part="actions">
          ${close('cancel')}
          <button type="button" class="button" part="confirm" @click=${on.confirm}>
            ${t.term('removeConfirm')}
          </button>
        </div>`;
    case 'removing':
      return html`${who}
        <p class="progress" part="progress" tabindex="-1">
          <span class="spinner" aria-hidden="true"></span>${t.term('removing')}
        </p>`;
    case 'removed':
      return html`<div class="result" part="result" tabindex="-1">
          ${who}
          <p>${t.term('removedText')}</p>
          ${using.length ? html`<p>${t.term('removedStopped', names(t, using), using.length)}</p>` : nothing}
        </div>
        <div class="actions" part="actions">${close('close')}</div>`;
    case 'elsewhere':
      return html`${who}
        <p class="notice" part="notice" tabindex="-1">${t.term('elsewhere')}</p>
        <div class="actions" part="actions">${close('close')}</div>`;
    case 'failed':
      return html`${who}
        <p class="error" part="error">
          ${changeErrorText(t, removal.error, t.term('errorNoHandler'))}
        </p>
        <div class="actions" part="actions">
          ${close('close')}
          ${
            removal.outcome === 'unknown'
              ? html`<button type="button" class="button" part="retry" @click=${on.confirm}>
                  ${t.term('retry')}
                </button>`
              : nothing
          }
        </div>`;
  }
}

/** Where focus goes in the removal dialog. */
export function removalFocus(root: ShadowRoot, removal: Removal | undefined): HTMLElement | null {
  const q = (selector: string) => root.querySelector<HTMLElement>(`dialog ${selector}`);
  switch (removal?.step) {
    case 'confirming':
      // Removing cannot be undone: focus on the least destructive action (WAI-ARIA APG).
      return q('[part="cancel"]');
    case 'removing':
      return q('[part="progress"]');
    case 'removed':
      return q('[part="result"]');
    case 'elsewhere':
      return q('[part="notice"]');
    case 'failed':
      return q('[part="retry"]') ?? q('[part="cancel"]');
    default:
      return null;
  }
}
