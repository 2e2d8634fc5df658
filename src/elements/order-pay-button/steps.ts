/**
 * The content of `<order-pay-button>`'s dialog for each step of the flow, and what its live
 * region says: templates of the flow's state, with the element's handlers. With the two elements
 * it renders, this is what the element loads on the first Paga or when the page is idle
 * (`import('./steps.js')`): a page of orders does not load it to show its Paga buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { formatMoney } from '../../model/money.js';
import type { ParsedOrder } from '../../model/order.js';
import type { AccountChoice, PayFlowState } from '../../model/pay-flow.js';
import { PAYPAL_METHOD, type PaymentMethod } from '../../model/payment-method.js';
import type { PaymentChoice, PayPalAccount } from '../../model/paypal-account.js';
import { email } from '../../internal/templates.js';
import type { KitDependencies } from '../../internal/kit-element.js';
import { OrderSummary } from '../order-summary/order-summary.js';
import { PayPalAccountSelect } from '../paypal-account-select/paypal-account-select.js';
import { accountsErrorText, failureText, failureTitle, type Terms } from './messages.js';

/**
 * The kit elements the steps render, registered by `<order-pay-button>` when it loads the steps
 * (its lazy `dependencies`).
 */
export const dependencies: KitDependencies = {
  'order-summary': OrderSummary,
  'paypal-account-select': PayPalAccountSelect,
};

// PayPal's controller for a new account comes with the steps: nothing before them needs it.
export { PayPalController } from './paypal-controller.js';

type Localize = LocalizeController<Terms>;

/** The element's handlers a step uses; Lit calls them with the element as `this`. */
export interface StepHandlers {
  readonly back: () => void;
  readonly methodChange: (event: Event) => void;
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
  /** The payment methods the host offers (PayPal alone by default). */
  readonly methods: readonly PaymentMethod[];
  /** Prosegui was pressed with several methods and none chosen. */
  readonly methodMissing: boolean;
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
export function announcement(state: PayFlowState, t: Localize, step = ''): string {
  switch (state.step) {
    case 'choosing':
      return step;
    case 'reviewing':
      if (state.choice === 'new' && state.paypal === 'unreachable')
        return t.term('payPayPalUnreachable');
      if (state.choice === 'new' && state.paypal === 'blocked')
        return `${t.term('payPayPalBlocked')}. ${t.term('payPayPalBlockedHint')}`;
      // PayPal closed: the notice takes focus and is read there, once.
      if (state.notice === 'paypal-cancelled') return '';
      return progressText(state, t) ?? step;
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

/**
 * The method the choice is about: PayPal when it is the only one, or when the customer came
 * back to the choice with an account chosen; else the one chosen in the radio group.
 */
export function chosenMethod(
  state: Extract<PayFlowState, { step: 'choosing' }>,
  methods: readonly PaymentMethod[],
): PaymentMethod | undefined {
  if (methods.length < 2) return methods[0] ?? { id: PAYPAL_METHOD };
  const id = state.method ?? (state.choice ? PAYPAL_METHOD : undefined);
  return methods.find((method) => method.id === id);
}

/** *Modalità di pagamento*: PayPal (and what it means for renewal) and the host's methods. */
function renderMethods(view: StepView, chosen: string | undefined): TemplateResult {
  const { t, order, on, methods } = view;
  const invalid = view.methodMissing && chosen === undefined;
  const renewal = order.renewal.available
    ? t.term('payMethodRenewal')
    : t.term('payMethodNoRenewal', order.product.name);
  return html`<fieldset
    class="methods"
    part="methods"
    aria-describedby=${invalid ? 'method-error' : nothing}
  >
    <legend>${t.term('payMethodLegend')}</legend>
    ${methods.map((method) => {
      const paypal = method.id === PAYPAL_METHOD;
      return html`<label class="choice">
          <input
            type="radio"
            name="method"
            .value=${method.id}
            .checked=${chosen === method.id}
            aria-describedby=${paypal ? 'method-renewal' : nothing}
            @change=${on.methodChange}
          />
          <span>${paypal ? (method.label ?? 'PayPal') : method.label}</span>
        </label>
        ${paypal ? html`<p class="hint method-renewal" id="method-renewal">${renewal}</p>` : nothing}`;
    })}
    ${
      invalid
        ? html`<p class="invalid" id="method-error">${t.term('payMethodRequired')}</p>`
        : nothing
    }
  </fieldset>`;
}

/** The step's place in the flow, as text for everyone: "Passo 2 di 2: riepilogo e pagamento". */
export function stepLabel(state: PayFlowState, t: Localize, methods: number): string | undefined {
  const first = methods > 1 ? t.term('payStepChooseMethod') : t.term('payStepChoose');
  if (state.step === 'choosing') return t.term('payStep', 1, 2, first);
  if (state.step === 'reviewing') return t.term('payStep', 2, 2, t.term('payStepReview'));
  return undefined;
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
    case 'choosing': {
      const { methods } = view;
      const method = chosenMethod(state, methods)?.id;
      return html`
        <form class="step" novalidate @submit=${on.submitChoice}>
          ${
            state.notice === 'released'
              ? html`<p class="notice" part="notice">${t.term('payReleased')}</p>`
              : nothing
          }
          ${
            methods.length > 1 || method !== PAYPAL_METHOD
              ? renderMethods(view, method)
              : html`<p class="method">${t.term('payMethod')}</p>
                  <p class="hint">${t.term('payMethodHint')}</p>`
          }
          ${
            method === PAYPAL_METHOD
              ? html`<paypal-account-select
                  .name=${'account'}
                  .required=${true}
                  .accounts=${state.accounts as PayPalAccount[]}
                  .order=${order.source}
                  .value=${
                    state.choice === undefined
                      ? ''
                      : state.choice === 'new'
                        ? 'new'
                        : state.choice.id
                  }
                  .renewalInfoHref=${view.renewalInfoHref}
                  @change=${on.selectChange}
                ></paypal-account-select>`
              : nothing
          }
          <div class="actions" part="actions">
            <button type="submit" class="button" part="proceed">${t.term('payProceed')}</button>
          </div>
        </form>
      `;
    }
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
      // The page's security policy refused PayPal: Riprova would be refused again.
      if (state.step === 'reviewing' && state.choice === 'new' && state.paypal === 'blocked')
        return html`<div class="step" tabindex="-1">
          <p class="error" part="error">
            <strong>${t.term('payPayPalBlocked')}</strong>
            <span>${t.term('payPayPalBlockedHint')}</span>
          </p>
          ${renderActions(view, true, false)}
        </div>`;
      const progress = progressText(state, t);
      return html`
        <div class="step" tabindex="-1" aria-busy=${progress === undefined ? 'false' : 'true'}>
          ${
            state.step === 'reviewing' && state.notice === 'paypal-cancelled'
              ? html`<p class="notice" part="notice" tabindex="-1">
                  ${t.term('payPayPalCancelled')}
                </p>`
              : nothing
          }
          ${renderProgress(progress)}
          <order-summary
            .headingLevel=${3}
            .order=${order.source}
            .payment=${view.payment(state.choice)}
            .renewalInfoHref=${view.renewalInfoHref}
            .busy=${progress !== undefined}
            .hideStatus=${true}
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
        <div class="step result" part="result">
          <h3 tabindex="-1">${t.term(done ? 'paySucceeded' : 'payPendingTitle')}</h3>
          <p class="amount">
            ${t.term(done ? 'payAmount' : 'payAmountPending', formatMoney(order.total, t.locale))}
          </p>
          <p>${t.term(done ? 'payEmail' : 'payPendingText')}</p>
          ${
            result.paymentId
              ? html`<p class="reference">
                  ${t.term('payReference')}: <span class="nowrap">${result.paymentId}</span>
                </p>`
              : nothing
          }
          ${
            result.account
              ? html`<p class="account">
                  ${t.term('payAccountRegistered')}: ${email(result.account.email)}
                </p>`
              : state.choice !== 'new'
                ? html`<p class="account">
                    ${t.term('payChargedTo')}: ${email(state.choice.email)}
                  </p>`
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

/** Where focus goes in the dialog for the step on screen. */
export async function focusTarget(
  root: HTMLElement | DocumentFragment,
  state: PayFlowState,
): Promise<HTMLElement | null> {
  const q = (selector: string) => root.querySelector<HTMLElement>(selector);
  switch (state.step) {
    case 'choosing': {
      // Several methods: the chosen one, else the first.
      const radio = q('input[name="method"]:checked') ?? q('input[name="method"]');
      if (radio) return radio;
      const select = root.querySelector('paypal-account-select');
      await select?.updateComplete;
      // With no account registered the select has nothing to focus: Prosegui is next.
      return select?.renderRoot.querySelector('select') ? select : q('[part="proceed"]');
    }
    case 'reviewing': {
      // PayPal non raggiungibile: Riprova; PayPal closed: the notice; else the summary's title.
      const summary = root.querySelector('order-summary');
      await summary?.updateComplete;
      return (
        q('[part="retry"]') ??
        q('[part="notice"]') ??
        q('[part="back"]') ??
        summary?.renderRoot.querySelector<HTMLElement>('[part="heading"]') ??
        null
      );
    }
    case 'failed':
    case 'accounts-failed':
      return q('[part="retry"]') ?? q('[part="back"]') ?? q('[part="close"]');
    case 'succeeded':
    case 'pending':
      // The outcome's heading: it names what follows (amount, reference, account).
      return q('[part="result"] h3');
    default:
      return q('[part="progress"]');
  }
}
