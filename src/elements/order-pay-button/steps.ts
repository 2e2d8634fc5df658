/**
 * The content of `<order-pay-button>`'s dialog for each step of the flow, and what its live
 * region says: templates of the flow's state, with the element's handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import '../order-summary/define.js';
import '../paypal-account-select/define.js';
import type { LocalizeController } from '../../internal/localize.js';
import { formatMoney } from '../../model/money.js';
import type { ParsedOrder } from '../../model/order.js';
import type { AccountChoice, PayFlowState } from '../../model/pay-flow.js';
import type { PaymentChoice, PayPalAccount } from '../../model/paypal-account.js';
import { accountsErrorText, failureText, failureTitle, type Terms } from './messages.js';

type Localize = LocalizeController<Terms>;

/** The element's handlers a step uses; Lit calls them with the element as `this`. */
export interface StepHandlers {
  readonly back: () => void;
  readonly retry: () => void;
  readonly submitChoice: (event: SubmitEvent) => void;
  readonly selectChange: (event: Event) => void;
  readonly summaryConfirm: (event: Event) => void;
  readonly summaryBack: (event: Event) => void;
}

export interface StepView {
  readonly state: PayFlowState;
  /** The order the flow is about. */
  readonly order: ParsedOrder;
  readonly t: Localize;
  readonly renewalInfoHref: string | undefined;
  /** The summary's payment for a choice (the same object while the choice stays). */
  readonly payment: (choice: AccountChoice) => PaymentChoice;
  readonly on: StepHandlers;
}

/** The progress sentence of a busy step, if any. */
export function progressText(state: PayFlowState, t: Localize): string | undefined {
  switch (state.step) {
    case 'loading-accounts':
      return t.term('payLoadingAccounts');
    case 'elsewhere':
      return t.term('payElsewhere');
    case 'authorizing':
      return t.term(
        state.phase === 'window'
          ? 'payPayPalWaiting'
          : state.phase === 'check'
            ? 'payChecking'
            : 'payAuthorizing',
      );
    case 'reviewing':
      return state.choice === 'new' && state.paypal === 'loading'
        ? t.term('payPayPalLoading')
        : undefined;
    default:
      return undefined;
  }
}

/** What the dialog's live region says for the step. */
export function announcement(state: PayFlowState, t: Localize): string {
  switch (state.step) {
    case 'reviewing':
      if (state.choice === 'new' && state.paypal === 'unreachable')
        return t.term('payPayPalUnreachable');
      return state.notice === 'paypal-cancelled'
        ? t.term('payPayPalCancelled')
        : (progressText(state, t) ?? '');
    case 'succeeded':
      return t.term('paySucceeded');
    case 'pending':
      return t.term('payPendingTitle');
    case 'failed':
      return `${failureTitle(t, state.outcome)}. ${failureText(t, state.error, state.outcome)}`;
    case 'accounts-failed':
      return accountsErrorText(t, state.error);
    default:
      return progressText(state, t) ?? '';
  }
}

function renderProgress(text: string | undefined): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  return html`<p class="progress" part="progress" tabindex="-1">
    <span class="spinner" aria-hidden="true"></span>${text}
  </p>`;
}

function renderActions(view: StepView, back: boolean, retry: boolean): TemplateResult {
  const { t, on } = view;
  return html`<div class="actions">
    ${
      back
        ? html`<button type="button" class="button secondary" part="back" @click=${on.back}>
            ${t.term('payBack')}
          </button>`
        : nothing
    }
    ${
      retry
        ? html`<button type="button" class="button" part="retry" @click=${on.retry}>
            ${t.term('payRetry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The dialog's content for the step on screen. */
export function renderStep(view: StepView): unknown {
  const { state, order, t, on } = view;
  switch (state.step) {
    case 'idle':
      return nothing;
    case 'loading-accounts':
    case 'elsewhere':
      return html`<div class="step" aria-busy="true">
        ${renderProgress(progressText(state, t))}
      </div>`;
    case 'accounts-failed':
      return html`<div class="step">
        <p class="error" part="error">${accountsErrorText(t, state.error)}</p>
        ${renderActions(view, false, true)}
      </div>`;
    case 'choosing':
      return html`
        <form class="step" novalidate @submit=${on.submitChoice}>
          ${
            state.notice === 'released'
              ? html`<p class="notice" part="notice">${t.term('payReleased')}</p>`
              : nothing
          }
          <p class="method">${t.term('payMethod')}</p>
          <p class="hint">${t.term('payMethodHint')}</p>
          <paypal-account-select
            .name=${'account'}
            .required=${true}
            .accounts=${state.accounts as PayPalAccount[]}
            .order=${order.source}
            .value=${
              state.choice === undefined ? '' : state.choice === 'new' ? 'new' : state.choice.id
            }
            .renewalInfoHref=${view.renewalInfoHref}
            @change=${on.selectChange}
          ></paypal-account-select>
          <div class="actions">
            <button type="submit" class="button" part="proceed">${t.term('payProceed')}</button>
          </div>
        </form>
      `;
    case 'reviewing':
    case 'authorizing': {
      if (state.step === 'reviewing' && state.choice === 'new' && state.paypal === 'unreachable')
        return html`<div class="step" tabindex="-1">
          <p class="error" part="error">
            <strong>${t.term('payPayPalUnreachable')}</strong>
            <span>${t.term('payPayPalUnreachableHint')}</span>
          </p>
          ${renderActions(view, true, true)}
        </div>`;
      const progress = progressText(state, t);
      return html`
        <div class="step" tabindex="-1" aria-busy=${progress === undefined ? 'false' : 'true'}>
          ${
            state.step === 'reviewing' && state.notice === 'paypal-cancelled'
              ? html`<p class="notice" part="notice">${t.term('payPayPalCancelled')}</p>`
              : nothing
          }
          ${renderProgress(progress)}
          <order-summary
            .headingLevel=${3}
            .order=${order.source}
            .payment=${view.payment(state.choice)}
            .renewalInfoHref=${view.renewalInfoHref}
            .busy=${progress !== undefined}
            @order-summary-confirm=${on.summaryConfirm}
            @order-summary-back=${on.summaryBack}
          ></order-summary>
        </div>
      `;
    }
    case 'succeeded':
    case 'pending': {
      const { result } = state;
      const renewal = result.renewalActivated ?? order.renewal.available;
      const done = state.step === 'succeeded';
      return html`
        <div class="step result" part="result" tabindex="-1">
          <h3>${t.term(done ? 'paySucceeded' : 'payPendingTitle')}</h3>
          <p class="amount">
            ${t.term(done ? 'payAmount' : 'payAmountPending', formatMoney(order.total, t.locale))}
          </p>
          <p>${t.term(done ? 'payEmail' : 'payPendingText')}</p>
          ${
            result.paymentId
              ? html`<p class="reference">${t.term('payReference', result.paymentId)}</p>`
              : nothing
          }
          ${
            result.account
              ? html`<p class="account">${t.term('payAccountRegistered', result.account.email)}</p>`
              : nothing
          }
          ${renewal && done ? html`<p>${t.term('payRenewalActive')}</p>` : nothing}
        </div>
      `;
    }
    case 'failed': {
      const unknown = state.outcome === 'unknown';
      return html`<div class="step">
        <p class="error" part="error">
          <strong>${failureTitle(t, state.outcome)}</strong>
          <span>${failureText(t, state.error, state.outcome)}</span>
        </p>
        ${renderActions(view, !unknown, state.retryable)}
      </div>`;
    }
    default:
      return nothing;
  }
}
