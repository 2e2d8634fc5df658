/**
 * What `<auto-renewal-control>` shows: the renewal's state in words, and its dialog's content
 * for each step of the flow, with what its live region says. Templates of the state, with the
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
import { formatMoney } from '../../model/money.js';
import { formatDate, formatPeriod, NO_AUTO_RENEW_KINDS } from '../../model/order.js';
import type { PayPalAccount } from '../../model/paypal-account.js';
import type { RenewalFlowState } from '../../model/renewal-flow.js';
import type { ParsedService } from '../../model/service.js';
import type * as it from '../../translations/it.js';
import type { KitDependencies } from '../../internal/kit-element.js';
import { PayPalAccountSelect } from '../paypal-account-select/paypal-account-select.js';

export type Terms = typeof it.autoRenewalControl;

/** The kit elements the dialog renders: registered when `<auto-renewal-control>` is defined. */
export const dependencies: KitDependencies = { 'paypal-account-select': PayPalAccountSelect };
type Localize = LocalizeController<Terms>;

/** The renewal as the customer sees it: the host's data, or a change made since. */
export interface RenewalView {
  readonly enabled: boolean;
  readonly account?: PayPalAccount;
}

/** The element's handlers the dialog uses; Lit calls them with the element as `this`. */
export interface DialogHandlers {
  readonly cancel: () => void;
  readonly confirm: (event: Event) => void;
  readonly retry: () => void;
  readonly back: () => void;
  readonly selectChange: (event: Event) => void;
}

const date = (t: Localize, iso: string | undefined) => (iso ? formatDate(iso, t.locale) : '');

/** Amount, period, next charge and account, as a list of terms. */
export function renderTerms(
  t: Localize,
  service: ParsedService,
  account: PayPalAccount | undefined,
): TemplateResult {
  const { amount, period, nextChargeDate } = service.renewal;
  const row = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl class="terms" part="terms">
    ${
      amount
        ? row(t.term('renewalAmount'), t.term('renewalAmountValue', formatMoney(amount, t.locale)))
        : nothing
    }
    ${period ? row(t.term('renewalPeriod'), formatPeriod(period, t.locale)) : nothing}
    ${nextChargeDate ? row(t.term('renewalNext'), date(t, nextChargeDate)) : nothing}
    ${account ? row(t.term('renewalAccount'), email(account.email)) : nothing}
  </dl>`;
}

/** The state in words, and Disattiva / Attiva (or why there is no action). */
export function renderState(
  t: Localize,
  service: ParsedService,
  view: RenewalView,
  busy: boolean,
  onClick: () => void,
): TemplateResult {
  const { renewal } = service;
  if (!renewal.available) {
    const reason = NO_AUTO_RENEW_KINDS.includes(service.kind)
      ? t.term('renewalUnavailableKind')
      : t.term('renewalUnavailableService');
    return html`<div class="summary">
      <p class="state" part="state" data-state="unavailable" tabindex="-1">
        <strong>${t.term('renewalUnavailable')}</strong>
      </p>
      <p class="detail">${reason}</p>
    </div>`;
  }
  const { enabled } = view;
  const action = busy
    ? html`<p class="busy" part="busy">
        <span class="spinner" aria-hidden="true"></span>${t.term('renewalBusy')}
      </p>`
    : html`<button
        type="button"
        class="button secondary"
        part="button"
        aria-haspopup="dialog"
        aria-label=${t.term(enabled ? 'disableLabel' : 'enableLabel', service.name)}
        @click=${onClick}
      >
        ${t.term(enabled ? 'disable' : 'enable')}
      </button>`;
  return html`<div class="summary">
      <p class="state" part="state" data-state=${enabled ? 'on' : 'off'} tabindex="-1">
        <span class="dot" aria-hidden="true"></span>
        <strong>${t.term(enabled ? 'renewalOn' : 'renewalOff')}</strong>
      </p>
      ${
        enabled
          ? renderTerms(t, service, view.account)
          : service.expiryDate
            ? html`<p class="detail">${t.term('renewalExpiry', date(t, service.expiryDate))}</p>`
            : nothing
      }
    </div>
    <div class="action">${action}</div>
    <p class="visually-hidden" role="status" aria-live="polite">
      ${busy ? t.term('renewalBusy') : ''}
    </p>`;
}

/** The dialog's title for the step: the question, then the outcome. */
export function dialogTitle(state: RenewalFlowState, t: Localize, name: string): string {
  switch (state.step) {
    case 'succeeded':
      return t.term(state.change.enabled ? 'doneOn' : 'doneOff');
    case 'failed':
      if (state.outcome === 'unknown') return t.term('unconfirmed');
      return t.term(state.change.enabled ? 'failedOn' : 'failedOff');
    case 'confirming-off':
      return t.term('offTitle', name);
    case 'submitting':
      return t.term(state.change.enabled ? 'onTitle' : 'offTitle', name);
    case 'registering':
      return state.save.step === 'failed'
        ? saveErrorTitle(t, state.save.outcome)
        : t.term('onTitle', name);
    case 'elsewhere':
      return t.term('renewalBusy');
    default:
      return t.term('onTitle', name);
  }
}

/** The progress sentence of a busy step, if any. */
export function progressText(state: RenewalFlowState, t: Localize): string | undefined {
  switch (state.step) {
    case 'loading-accounts':
      return t.term('loadingAccounts');
    case 'submitting':
      return t.term(state.change.enabled ? 'submittingOn' : 'submittingOff');
    case 'registering':
      if (state.save.step === 'window') return t.term('paypalWaiting');
      if (state.save.step === 'saving') return t.term('paypalSaving');
      return undefined;
    default:
      return undefined;
  }
}

/** What the dialog's live region says for the step. */
export function announcement(state: RenewalFlowState, t: Localize, title: string): string {
  const progress = progressText(state, t);
  if (progress) return progress;
  switch (state.step) {
    case 'succeeded':
    case 'failed':
    case 'accounts-failed':
    case 'elsewhere':
      return title;
    case 'registering':
      return state.save.step === 'failed' ? title : '';
    default:
      return '';
  }
}

function progress(text: string | undefined): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  return html`<p class="progress" part="progress" tabindex="-1">
    <span class="spinner" aria-hidden="true"></span>${text}
  </p>`;
}

interface Buttons {
  readonly retry?: boolean;
  readonly back?: boolean;
  /** The dismissing button's words: Annulla before anything happened, else Chiudi. */
  readonly dismiss?: 'cancel' | 'close';
}

function actions(t: Localize, on: DialogHandlers, buttons: Buttons): TemplateResult {
  return html`<div class="actions" part="actions">
    ${
      buttons.dismiss
        ? html`<button type="button" class="button secondary" part="cancel" @click=${on.cancel}>
            ${t.term(buttons.dismiss)}
          </button>`
        : nothing
    }
    ${
      buttons.back
        ? html`<button type="button" class="button secondary" part="back" @click=${on.back}>
            ${t.term('back')}
          </button>`
        : nothing
    }
    ${
      buttons.retry
        ? html`<button type="button" class="button" part="retry" @click=${on.retry}>
            ${t.term('retry')}
          </button>`
        : nothing
    }
  </div>`;
}

export interface DialogView {
  readonly state: RenewalFlowState;
  readonly service: ParsedService;
  readonly t: Localize;
  readonly on: DialogHandlers;
}

/** The dialog's content for the step on screen. */
export function renderDialogBody(view: DialogView): unknown {
  const { state, service, t, on } = view;
  switch (state.step) {
    case 'idle':
      return nothing;
    case 'confirming-off':
      return html`<p>
          ${
            service.expiryDate
              ? t.term('offText', date(t, service.expiryDate))
              : t.term('offTextNoDate')
          }
        </p>
        <p class="hint">${t.term('offAgain')}</p>
        <div class="actions" part="actions">
          <button type="button" class="button secondary" part="cancel" @click=${on.cancel}>
            ${t.term('cancel')}
          </button>
          <button type="button" class="button" part="confirm" @click=${on.confirm}>
            ${t.term('offConfirm')}
          </button>
        </div>`;
    case 'loading-accounts':
      return html`${progress(progressText(state, t))}${actions(t, on, { dismiss: 'cancel' })}`;
    case 'accounts-failed':
      return html`<p class="error" part="error">${accountsErrorText(t, state.error)}</p>
        ${actions(t, on, { retry: true, dismiss: 'close' })}`;
    case 'choosing': {
      const choice = state.choice;
      const value = choice === undefined ? '' : choice === 'new' ? 'new' : choice.id;
      const paypalLoading =
        choice === 'new' && (state.paypal === 'loading' || state.paypal === 'idle');
      return html`<form novalidate @submit=${on.confirm}>
        <p>${t.term('onText')}</p>
        ${renderTerms(t, service, undefined)}
        ${
          state.notice === 'paypal-cancelled'
            ? html`<p class="notice" part="notice" tabindex="-1">${t.term('paypalCancelled')}</p>`
            : nothing
        }
        <paypal-account-select
          .name=${'account'}
          .required=${true}
          .label=${t.term('onAccountLabel')}
          .accounts=${state.accounts as PayPalAccountSelect['accounts']}
          .value=${value}
          .noAccountsNote=${t.term('onNoAccounts')}
          .newAccountNote=${t.term('onNewAccountNote')}
          @change=${on.selectChange}
        ></paypal-account-select>
        <p class="hint">${t.term('onStop')}</p>
        <div class="actions" part="actions">
          <button type="button" class="button secondary" part="cancel" @click=${on.cancel}>
            ${t.term('cancel')}
          </button>
          <button
            type="submit"
            class="button"
            part="confirm"
            aria-disabled=${paypalLoading ? 'true' : 'false'}
          >
            ${
              paypalLoading
                ? t.term('paypalLoading')
                : t.term(choice === 'new' ? 'onConfirmNew' : 'onConfirm')
            }
          </button>
        </div>
      </form>`;
    }
    case 'registering': {
      const save = state.save;
      if (save.step !== 'failed')
        return html`${progress(progressText(state, t))}${renderTerms(t, service, undefined)}`;
      return html`<p class="error" part="error">${saveErrorText(t, save.error, save.outcome)}</p>
        ${actions(t, on, {
          dismiss: 'close',
          back: save.outcome !== 'unknown',
          retry: save.retryable,
        })}`;
    }
    case 'submitting':
      return html`${progress(progressText(state, t))}
      ${state.change.enabled ? renderTerms(t, service, state.change.account) : nothing}`;
    case 'elsewhere':
      return html`<p class="notice" part="notice" tabindex="-1">${t.term('elsewhere')}</p>
        ${actions(t, on, { dismiss: 'close' })}`;
    case 'succeeded': {
      const { change, registered } = state;
      return html`<div class="result" part="result" tabindex="-1">
          ${
            change.enabled
              ? html`${
                    registered
                      ? html`<p>${t.term('paypalRegistered')}: ${email(registered.email)}</p>`
                      : nothing
                  }
                  ${renderTerms(t, service, change.account)}
                  <p>${t.term('doneOnEmail')}</p>`
              : html`<p>
                    ${
                      service.expiryDate
                        ? t.term('doneOffText', date(t, service.expiryDate))
                        : t.term('doneOffTextNoDate')
                    }
                  </p>
                  <p>${t.term('doneOffEmail')}</p>`
          }
        </div>
        ${actions(t, on, { dismiss: 'close' })}`;
    }
    case 'failed': {
      const declined = state.outcome === 'declined';
      return html`<p class="error" part="error">
          ${changeErrorText(t, state.error, t.term('errorNoHandler'))}
        </p>
        ${
          state.registered
            ? html`<p>${t.term('paypalRegistered')}: ${email(state.registered.email)}</p>`
            : nothing
        }
        ${actions(t, on, {
          dismiss: 'close',
          back: declined && state.change.enabled && state.accounts !== undefined,
          retry: !declined,
        })}`;
    }
    default:
      return nothing;
  }
}

/** Where focus goes in the dialog for the step on screen. */
export async function focusTarget(
  root: ShadowRoot | HTMLElement,
  state: RenewalFlowState,
): Promise<HTMLElement | null> {
  const q = (selector: string) => root.querySelector<HTMLElement>(selector);
  switch (state.step) {
    case 'confirming-off':
      // A confirmation that stops something: focus on the least destructive action (WAI-ARIA APG).
      return q('[part="cancel"]');
    case 'choosing': {
      const notice = q('[part="notice"]');
      if (notice) return notice;
      const select = root.querySelector('paypal-account-select');
      await select?.updateComplete;
      return select?.renderRoot.querySelector('select') ? select : q('[part="confirm"]');
    }
    case 'succeeded':
      return q('[part="result"]');
    case 'failed':
    case 'accounts-failed':
    case 'registering':
      return (
        q('[part="retry"]') ?? q('[part="back"]') ?? q('[part="progress"]') ?? q('[part="cancel"]')
      );
    case 'elsewhere':
      return q('[part="notice"]');
    default:
      return q('[part="progress"]');
  }
}
