import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  OrderPayCloseEvent,
  OrderPayMethodEvent,
  OrderPayOpenEvent,
} from '../../events/order-pay-events.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { KitElement } from '../../internal/kit-element.js';
import { randomId, type PaymentRecord } from '../../internal/payment-registry.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import {
  buttonStyles,
  dialogStyles,
  errorStyles,
  hostStyles,
} from '../../internal/shared.styles.js';
import { textStyles } from '../../internal/text.styles.js';
import { parseOrder, type Order, type ParsedOrder } from '../../model/order.js';
import { parseMethods, PAYPAL_METHOD, type PaymentMethod } from '../../model/payment-method.js';
import {
  canClose,
  initialPayFlow,
  payFlow,
  type AccountChoice,
  type AuthorizingPhase,
  type PayFlowEvent,
  type PayFlowState,
} from '../../model/pay-flow.js';
import {
  parseAccounts,
  type PaymentChoice,
  type PayPalAccount,
} from '../../model/paypal-account.js';
import { jsonAttribute, type Validated } from '../../model/validation.js';
import type { PayPalEnvironment } from '../../paypal/environment.js';
import { orderPayButton } from '../../translations/order-pay-button.js';
import { loadAccounts } from './accounts.js';
import { failureText, type Terms } from './messages.js';
import { spinnerStyles } from '../../internal/spinner.styles.js';
import { styles } from './order-pay-button.styles.js';
import { PaymentController, phaseOf, type PaymentAttempt } from './payment-controller.js';
import { parsePresentation, type PayPalPresentation } from '../../paypal/presentation.js';
import { StepsController } from './lazy-steps.js';
import type { StepHandlers } from './steps.js';
import { renderTrigger, triggerStatus } from './trigger.js';

const DEFAULT_TIMEOUT = 60_000;

/**
 * The **Paga** action of one order and the whole pay-later flow in a modal dialog: the PayPal
 * account (`<paypal-account-select>`), the **Riepilogo ordine** (`<order-summary>`), the
 * authorisation and its outcome. For an order that is not awaiting payment it shows the status
 * (Pagato, Annullato, Scaduto) and no action.
 *
 * The element talks to no server: it asks the host through request events answered with
 * `event.respondWith(...)`. One payment record per order is shared by every element of every tab
 * of the origin: one request at a time per order, the same `requestId` until the outcome is
 * definitive, and every element showing *Pagamento in corso* / *Pagato* as soon as it is.
 *
 * @tag order-pay-button
 * @summary Pay a pending order later with PayPal (Paga → account → summary → result).
 *
 * @event {OrderPayOpenEvent} order-pay-open - Paga was pressed. Detail `{ order }`. Cancelable:
 *   `preventDefault()` to route to a page of your own (no dialog opens).
 * @event {OrderPayMethodEvent} order-pay-method - Prosegui with one of the host's `methods` (not
 *   PayPal). Detail `{ order, method }`. Cancelable: `preventDefault()` to route yourself;
 *   otherwise the element goes to the method's `href`.
 * @event {PayPalAccountsRequestEvent} paypal-accounts - Request (`KitRequestEvent`) for the
 *   customer's registered accounts, when the `accounts` property is not set. Detail `{ order }`;
 *   answer `PayPalAccount[]`.
 * @event {OrderPayAuthorizeEvent} order-pay-authorize - Request (`KitRequestEvent`) to charge a
 *   registered account. Detail `{ order, account, requestId }`; answer
 *   `{ status: 'completed' | 'pending' | 'declined', paymentId?, renewalActivated?, message? }`.
 *   The same `requestId` until the outcome is definitive.
 * @event {PayPalClientTokenRequestEvent} paypal-client-token - Request, new account, when
 *   `paypal-client-id` is not set. Detail `{ order }`; answer a PayPal client token (string).
 * @event {PayPalCreateOrderEvent} paypal-create-order - Request, new account: create the PayPal
 *   order (vault on success). Detail `{ order, requestId }`; answer `string | { id }`.
 * @event {PayPalCaptureEvent} paypal-capture - Request, new account: capture the approved order.
 *   Detail `{ order, orderId, payerId, requestId }`; answer as `order-pay-authorize`, with the
 *   registered `account`. The same `requestId` on Riprova and after a reload.
 * @event {OrderPaySuccessEvent} order-pay-success - Paid. Detail `{ order, result, requestId }`.
 * @event {OrderPayPendingEvent} order-pay-pending - Accepted, still being processed. Detail
 *   `{ order, result, requestId }`.
 * @event {OrderPayFailureEvent} order-pay-failure - An attempt failed. Detail
 *   `{ order, error: { code, message }, outcome, requestId }` (`message`: the sentence shown).
 * @event {OrderPayCloseEvent} order-pay-close - The dialog was closed. Detail `{ order, step }`.
 *
 * @csspart button - The Paga button.
 * @csspart status - The order status shown instead of Paga (Pagato, In corso, Annullato...).
 * @csspart dialog - The payment dialog.
 * @csspart title - The dialog title, "Paga l'ordine …".
 * @csspart close - The Chiudi button of the dialog.
 * @csspart proceed - The Prosegui button under the account choice.
 * @csspart retry - The Riprova button after a failure.
 * @csspart back - The Indietro button after a failure.
 * @csspart notice - A notice above the step (PayPal closed, a payment elsewhere ended).
 * @csspart progress - The progress message (loading the accounts, authorising).
 * @csspart result - The confirmation of a completed (or pending) payment.
 * @csspart error - A failure, or the message shown instead of Paga when the order is invalid.
 * @csspart step - The step of the flow under the dialog title ("Passo 2 di 3: Riepilogo").
 * @csspart methods - The *Modalità di pagamento* radio group (with several `methods`).
 * @csspart actions - The row of the dialog's buttons under the account choice.
 *
 * @cssproperty --cak-color-primary - Buttons and accents. Default `#0066cc`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-surface - Dialog background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the dialog).
 * @cssproperty --cak-color-text-muted - Hints. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Borders. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-backdrop - Behind the dialog. Default `rgb(23 50 77 / 0.6)`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-color-success - Accent of the confirmation. Default `#008055`.
 * @cssproperty --cak-radius - Corners. Default `4px`.
 * @cssproperty --cak-radius-dialog - Corners of the dialog. Default `8px`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class OrderPayButton extends KitElement<Terms> {
  static override terms = orderPayButton;

  static override styles = [
    hostStyles,
    textStyles,
    buttonStyles,
    dialogStyles,
    errorStyles,
    spinnerStyles,
    styles,
  ];

  static override properties = {
    order: { converter: jsonAttribute },
    accounts: { converter: jsonAttribute },
    methods: { converter: jsonAttribute },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    renewalInfoHref: { attribute: 'renewal-info-href' },
    paypalClientId: { attribute: 'paypal-client-id' },
    paypalEnvironment: { attribute: 'paypal-environment' },
    presentation: { reflect: true },
  };

  /**
   * The order: `{ id, number?, status, product: { kind, name, autoRenew? }, lines, total, ... }`.
   * As an attribute, JSON.
   */
  order: Order | undefined;

  /**
   * The customer's registered PayPal accounts `[{ id, email, label? }]`. When not set, the element
   * asks the host with a `paypal-accounts` request each time the dialog opens. JSON attribute.
   */
  accounts: PayPalAccount[] | undefined;

  /**
   * The payment methods the host offers: `[{ id: 'paypal' }, { id: 'card', label, href? }]`. With
   * PayPal alone (the default) the dialog goes straight to the account; with several, a radio
   * group *Modalità di pagamento* comes first and another method is the host's to route
   * (`order-pay-method`). JSON attribute.
   */
  methods: PaymentMethod[] | undefined;

  /** Milliseconds to wait for the host's answer to a request. */
  requestTimeout = DEFAULT_TIMEOUT;

  /** Where the customer learns how to turn automatic renewal off; http(s) only. */
  renewalInfoHref: string | undefined;

  /** PayPal client id, needed to register a new PayPal account. */
  paypalClientId: string | undefined;

  /**
   * `sandbox` or `production`, needed to register a new PayPal account. Any other value is a
   * configuration error, shown when a new account is chosen.
   */
  paypalEnvironment: PayPalEnvironment | undefined;

  /**
   * How PayPal shows itself for a new account: `auto` (default), `popup`, `modal`, `redirect`.
   * Whatever PayPal chooses, a return to the page resumes the payment. Any other value is invalid
   * data: the element shows the error in place of Paga.
   */
  presentation: PayPalPresentation = 'auto';

  #state: PayFlowState = initialPayFlow;
  #validated: Validated<ParsedOrder> | undefined;
  #accounts: Validated<PayPalAccount[]> | undefined;
  #methods: Validated<PaymentMethod[]> = parseMethods(undefined);
  #presentation: Validated<PayPalPresentation> = { ok: true, value: 'auto' };
  /** Prosegui was pressed with several methods and none chosen. */
  #methodMissing = false;
  /** The order the open flow is about (the host may change `order` meanwhile). */
  #flowOrder: ParsedOrder | undefined;
  #payment: { choice: AccountChoice; value: PaymentChoice } | undefined;
  #accountsRequest: AbortController | undefined;
  /**
   * Server-rendered (declarative shadow DOM already there) and not yet hydrated: the first render
   * is the server's, which knew no payment record of this browser.
   */
  #hydrating = !isServer && this.shadowRoot !== null;

  readonly #dialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    canClose: () => canClose(this.#state),
    focusTarget: () =>
      this.#steps.steps?.focusTarget(this.renderRoot, this.#state) ??
      this.renderRoot.querySelector<HTMLElement>('[part="progress"]'),
    returnFocus: () =>
      this.renderRoot.querySelector<HTMLElement>('[part="button"], [part="status"]'),
  });

  readonly #payments = new PaymentController(this, {
    flow: (event) => this.#dispatch(event),
    describe: (error, outcome) => failureText(this.localize, error, outcome),
    timeout: () => this.#timeout,
    resume: (record, how) => void this.#takeUp(record, how),
  });

  /** The dialog's steps and PayPal's controller, loaded when needed. */
  readonly #steps = new StepsController(this, {
    flow: (event) => this.#dispatch(event),
    payments: this.#payments,
    locale: () => this.localize.locale,
    timeout: () => this.#timeout,
    open: (attempt, phase) => void this.#openOn(attempt, phase),
    loaded: () => {
      this.requestUpdate();
      this.#dialog.refocus();
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('order')) {
      this.#validated = this.order === undefined ? undefined : parseOrder(this.order);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
      this.#payments.watch(this.#validated?.ok ? this.#validated.value : undefined);
      if (this.#validated?.ok && this.#validated.value.status === 'awaiting-payment')
        this.#steps.preload();
    }
    if (changed.has('accounts')) {
      this.#accounts = this.accounts === undefined ? undefined : parseAccounts(this.accounts);
      if (this.#accounts?.ok === false) logIssue(this.localName, this.#accounts.issue);
    }
    if (changed.has('methods')) {
      this.#methods = parseMethods(this.methods);
      if (!this.#methods.ok) logIssue(this.localName, this.#methods.issue);
    }
    if (changed.has('paypalClientId') || changed.has('paypalEnvironment')) this.#preparePayPal();
    if (changed.has('presentation')) {
      this.#presentation = parsePresentation(this.presentation);
      if (!this.#presentation.ok) logIssue(this.localName, this.#presentation.issue);
    }
  }

  protected override firstUpdated(): void {
    if (!this.#hydrating) return;
    this.#hydrating = false;
    // Hydrating keeps the server's attributes as they were: Paga's "not available yet" goes here.
    const pay = this.renderRoot.querySelector('[part="button"][aria-disabled]');
    pay?.removeAttribute('aria-disabled');
    pay?.removeAttribute('aria-describedby');
    // Paid (or in flight) in this browser since the server rendered the page: shown now.
    if (this.#payments.record) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A payment request goes on (its outcome reaches the host all the same); loading accounts not.
    this.#accountsRequest?.abort();
  }

  /**
   * An update of the open dialog completes with its steps (they load on the first Paga when the
   * page was never idle). Before the dialog opens nothing waits: Paga opens it at once.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.#dialog.open) await this.#steps.pending;
    return super.getUpdateComplete();
  }

  get #timeout(): number {
    const value = Number(this.requestTimeout);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT;
  }

  #dispatch(event: PayFlowEvent): void {
    const previous = this.#state;
    const next = payFlow(previous, event);
    if (next === previous) return;
    this.#state = next;
    const phase = (state: PayFlowState) => (state.step === 'authorizing' ? state.phase : undefined);
    // A new step, or a new phase of it (PayPal's window closed, the capture starts): focus it.
    if (next.step !== previous.step || phase(next) !== phase(previous)) this.#dialog.refocus();
    if (next.step === 'loading-accounts' && previous.step !== next.step)
      queueMicrotask(() => void this.#loadAccounts());
    if (next.step !== 'idle') this.#steps.need();
    this.#preparePayPal();
    this.requestUpdate();
  }

  /** The new-account path is reachable: load PayPal (once per configuration and language). */
  #preparePayPal(): void {
    const state = this.#state;
    const order = this.#flowOrder;
    if (
      order &&
      (state.step === 'choosing' || state.step === 'reviewing') &&
      state.choice === 'new'
    )
      queueMicrotask(() => void this.#steps.paypal().then((paypal) => paypal?.prepare(order)));
  }

  // --- the flow -------------------------------------------------------------------------------

  async #onPayClick(): Promise<void> {
    const validated = this.#validated;
    if (!validated?.ok || this.#dialog.open || this.#state.step !== 'idle') return;
    const order = validated.value;
    if (triggerStatus(order, this.#payments.record) !== 'pay') return;
    const event = new OrderPayOpenEvent({ order: order.source });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    // An earlier attempt whose outcome is unknown is checked before anything else.
    const record = this.#payments.current(order.id);
    if (record?.state === 'unknown' && (record.account !== 'new' || record.paypal?.approved)) {
      await this.#takeUp(record, 'check');
      return;
    }
    this.#flowOrder = order;
    const accounts = this.#accounts?.ok ? this.#accounts.value : undefined;
    this.#dispatch(accounts ? { type: 'open', accounts } : { type: 'open' });
    await this.#dialog.show();
  }

  /** Opens the dialog on an attempt that goes on without the customer choosing again. */
  async #openOn(attempt: PaymentAttempt, phase: AuthorizingPhase | undefined): Promise<void> {
    const order = this.#validated?.ok ? this.#validated.value : undefined;
    if (!order) return;
    this.#flowOrder = order;
    const accounts = this.#accounts?.ok ? this.#accounts.value : [];
    const { requestId, account: choice } = attempt;
    this.#dispatch({ type: 'resume', accounts, choice, requestId, ...(phase ? { phase } : {}) });
    await this.#dialog.show();
  }

  /** An interrupted attempt of this order (unknown outcome, a replaced element, PayPal's return). */
  async #takeUp(record: PaymentRecord, how: 'check' | 'adopt' | 'paypal-return'): Promise<void> {
    const order = this.#validated?.ok ? this.#validated.value : undefined;
    if (!order || this.#state.step !== 'idle') return;
    const attempt = { requestId: record.requestId, account: record.account };
    if (how === 'paypal-return') {
      this.#flowOrder = order;
      await (await this.#steps.paypal())?.resume(order, attempt);
      return;
    }
    await this.#openOn(attempt, how === 'check' ? 'check' : phaseOf(record));
    if (how === 'check') await this.#payments.charge(order, attempt);
  }

  async #loadAccounts(): Promise<void> {
    const order = this.#flowOrder;
    if (!order || this.#state.step !== 'loading-accounts') return;
    const controller = new AbortController();
    this.#accountsRequest = controller;
    const event = await loadAccounts(this, order, {
      given: this.#accounts,
      timeout: this.#timeout,
      signal: controller.signal,
      localize: this.localize,
    });
    if (this.#accountsRequest === controller) this.#accountsRequest = undefined;
    if (!controller.signal.aborted) this.#dispatch(event);
  }

  /** Prosegui e paga (and Riprova). Synchronous up to PayPal's start(): no popup blocker. */
  #confirm(): void {
    const order = this.#flowOrder;
    if (!order || this.#state.step !== 'reviewing') return;
    const record = this.#payments.current(order.id);
    if (record?.state === 'in-flight' && record.account === 'new') {
      // Another tab is in PayPal for this order: do not open a second PayPal window.
      this.#dispatch({ type: 'elsewhere' });
      return;
    }
    this.#dispatch({ type: 'confirm', requestId: randomId() });
    const state = this.#state as PayFlowState;
    if (state.step !== 'authorizing' && state.step !== 'failed') return;
    const attempt = { requestId: state.requestId, account: state.choice };
    // The PayPal configuration is missing: the flow says so, the host hears it.
    if (state.step === 'failed') return this.#payments.refuse(order, attempt, state.error);
    // PayPal is ready (the flow checked it), so its controller is here: no await before start().
    if (state.phase === 'window') this.#steps.paypalNow?.start(order, attempt);
    else if (state.phase === 'capture' && state.approval)
      void this.#payments.recapture(order, attempt, state.approval);
    else void this.#payments.charge(order, attempt);
  }

  // --- event handlers -------------------------------------------------------------------------

  #onSelectChange(event: Event): void {
    const selection = (event.currentTarget as HTMLElementTagNameMap['paypal-account-select'])
      .selection;
    if (selection !== undefined) this.#dispatch({ type: 'choose', choice: selection });
  }

  #onMethodChange(event: Event): void {
    this.#methodMissing = false;
    this.#dispatch({ type: 'choose-method', method: (event.target as HTMLInputElement).value });
  }

  #onChooseSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const state = this.#state;
    if (state.step !== 'choosing' || !this.#chooseMethod(state)) return;
    const select = this.renderRoot.querySelector('paypal-account-select');
    if (!select?.reportValidity()) return;
    const selection = select.selection;
    if (selection === undefined) return;
    this.#dispatch({ type: 'choose', choice: selection });
    this.#dispatch({ type: 'proceed' });
  }

  /**
   * With several methods, the one chosen: `true` for PayPal (the flow goes on). Another method
   * is the host's: `order-pay-method`, the dialog closes, then its `href` unless cancelled.
   */
  #chooseMethod(state: Extract<PayFlowState, { step: 'choosing' }>): boolean {
    const methods = this.#methods.ok ? this.#methods.value : [];
    const method = this.#steps.steps?.chosenMethod(state, methods);
    if (!method) {
      this.#methodMissing = true;
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('input[name="method"]')?.focus(),
      );
      return false;
    }
    if (method.id === PAYPAL_METHOD) return true;
    const order = this.#flowOrder;
    this.renderRoot.querySelector('dialog')?.close();
    if (!order) return false;
    const event = new OrderPayMethodEvent({ order: order.source, method });
    this.dispatchEvent(event);
    if (!event.defaultPrevented && method.href) location.assign(method.href);
    return false;
  }

  #onSummaryConfirm(event: Event): void {
    event.stopPropagation();
    this.#confirm();
  }

  #onSummaryBack(event: Event): void {
    event.stopPropagation();
    this.#dispatch({ type: 'back' });
  }

  #onBackClick(): void {
    this.#dispatch({ type: 'back' });
  }

  #onRetryClick(): void {
    const state = this.#state;
    const order = this.#flowOrder;
    if (state.step === 'accounts-failed') {
      this.#dispatch({ type: 'retry-accounts' });
    } else if (state.step === 'reviewing' && state.paypal === 'unreachable') {
      if (order) void this.#steps.paypal().then((paypal) => paypal?.retry(order));
    } else {
      // Riprova: the same attempt again at once (a new one after a decline).
      this.#dispatch({ type: 'retry' });
      this.#confirm();
    }
  }

  #onCloseClick(): void {
    if (canClose(this.#state)) this.renderRoot.querySelector('dialog')?.close();
  }

  #onClose(): void {
    const previous = this.#state;
    if (!this.#dialog.closed()) return;
    this.#accountsRequest?.abort();
    this.#accountsRequest = undefined;
    const order = this.#flowOrder;
    this.#dispatch({ type: 'close' });
    this.#methodMissing = false;
    this.#payment = undefined;
    this.#flowOrder = undefined;
    if (order)
      this.dispatchEvent(new OrderPayCloseEvent({ order: order.source, step: previous.step }));
  }

  // --- render ---------------------------------------------------------------------------------

  /** The step's handlers (Lit calls them with the element as `this`). */
  readonly #handlers: StepHandlers = {
    back: this.#onBackClick,
    methodChange: this.#onMethodChange,
    retry: this.#onRetryClick,
    submitChoice: this.#onChooseSubmit,
    selectChange: this.#onSelectChange,
    summaryConfirm: this.#onSummaryConfirm,
    summaryBack: this.#onSummaryBack,
  };

  #paymentFor(choice: AccountChoice): PaymentChoice {
    if (this.#payment?.choice !== choice)
      this.#payment = { choice, value: { method: 'paypal', account: choice } };
    return this.#payment.value;
  }

  #renderDialog(): TemplateResult | typeof nothing {
    const steps = this.#steps.steps;
    const validated = this.#validated;
    // The dialog exists while a flow runs, and for an order awaiting payment.
    const shown = this.#flowOrder ?? (validated?.ok ? validated.value : undefined);
    if (!shown || (this.#state.step === 'idle' && shown.status !== 'awaiting-payment'))
      return nothing;
    const methods = this.#methods.ok ? this.#methods.value : [];
    const step = steps?.stepLabel(this.#state, this.localize, methods.length);
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        aria-describedby=${step ? 'step' : nothing}
        @cancel=${this.#dialog.onCancel}
        @close=${this.#onClose}
      >
        <div class="header">
          <div>
            <h2 part="title" id="title">${this.localize.term('payOrder', shown.number)}</h2>
            ${step ? html`<p class="step-label" part="step" id="step">${step}</p>` : nothing}
          </div>
          <button
            type="button"
            class="button secondary close"
            part="close"
            ?disabled=${!canClose(this.#state)}
            @click=${this.#onCloseClick}
          >
            ${this.localize.term('payClose')}
          </button>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite" id="live">
          ${steps?.announcement(this.#state, this.localize, step)}
        </div>
        ${
          steps
            ? steps.renderStep({
                state: this.#state,
                order: shown,
                t: this.localize,
                renewalInfoHref: this.renewalInfoHref,
                payment: (choice) => this.#paymentFor(choice),
                methods,
                methodMissing: this.#methodMissing,
                on: this.#handlers,
              })
            : this.#state.step === 'idle'
              ? nothing
              : html`<div class="step" aria-busy="true">
                  <p class="progress" part="progress" tabindex="-1">
                    <span class="spinner" aria-hidden="true"></span
                    >${this.localize.term('payLoading')}
                  </p>
                </div>`
        }
      </dialog>
    `;
  }

  protected override render(): unknown {
    const validated = this.#validated;
    if (validated && !validated.ok)
      return renderIssue(this.localize, this.localize.term('payInvalidOrder'), validated.issue);
    if (!this.#methods.ok)
      return renderIssue(
        this.localize,
        this.localize.term('payInvalidMethods'),
        this.#methods.issue,
      );
    if (!this.#presentation.ok)
      return renderIssue(
        this.localize,
        this.localize.term('payInvalidSetting'),
        this.#presentation.issue,
      );
    if (!validated) return nothing;
    const order = validated.value;
    const status = triggerStatus(order, this.#hydrating ? undefined : this.#payments.record);
    const trigger = renderTrigger(order, status, this.localize, this.#onPayClick, isServer);
    return html`${trigger}${this.#renderDialog()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-pay-button': OrderPayButton;
  }
}
