import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import '../order-summary/define.js';
import '../paypal-account-select/define.js';
import { KitRequestError, KitRequestEvent, sendRequest } from '../../events/kit-request-event.js';
import {
  OrderPayCloseEvent,
  OrderPayFailureEvent,
  OrderPayOpenEvent,
  OrderPaySuccessEvent,
  type OrderPayAuthorizeDetail,
  type PayPalAccountsDetail,
  type PayPalCaptureDetail,
  type PayPalClientTokenDetail,
  type PayPalCreateOrderDetail,
} from '../../events/order-pay-events.js';
import { KitElement } from '../../internal/kit-element.js';
import { describeIssue, logIssue, renderIssue } from '../../internal/report.js';
import {
  buttonStyles,
  dialogStyles,
  errorStyles,
  hostStyles,
} from '../../internal/shared.styles.js';
import { formatMoney } from '../../model/money.js';
import { parseOrder, type Order, type OrderStatus, type ParsedOrder } from '../../model/order.js';
import {
  initialPayFlow,
  payFlow,
  type AccountChoice,
  type AuthorizeResult,
  type CaptureResult,
  type PayFlowError,
  type PayFlowEvent,
  type PayFlowState,
  type PayPalPhase,
} from '../../model/pay-flow.js';
import {
  parseAccounts,
  type PaymentChoice,
  type PayPalAccount,
} from '../../model/paypal-account.js';
import { isRecord, jsonAttribute, type Validated } from '../../model/validation.js';
import {
  loadPayPal,
  PAYPAL_PRESENTATIONS,
  PayPalLoadError,
  resumeSaveAndPay,
  startSaveAndPay,
  type PayPalEnvironment,
  type PayPalPresentation,
  type PayPalSdk,
  type PayPalSessionError,
  type SaveAndPayHandle,
} from '../../paypal/sdk.js';
import * as en from '../../translations/en.js';
import * as it from '../../translations/it.js';
import { styles } from './order-pay-button.styles.js';

const DEFAULT_TIMEOUT = 60_000;
const AUTHORIZE = 'order-pay-authorize';
const ACCOUNTS = 'paypal-accounts';
const CLIENT_TOKEN = 'paypal-client-token';
const CREATE_ORDER = 'paypal-create-order';
const CAPTURE = 'paypal-capture';
/** sessionStorage key prefix of a new-account flow kept across a redirect or a reload. */
export const PAY_STORAGE_PREFIX = 'customer-area-kit:pay:';

/** A new-account flow kept in sessionStorage (`presentation="redirect"`, or during a capture). */
interface StoredFlow {
  readonly orderId: string;
  /** `paypal`: the customer went to PayPal; `capturing`: PayPal approved, capture sent. */
  readonly step: 'paypal' | 'capturing';
  readonly requestId: string;
  readonly paypalOrderId?: string;
  readonly payerId?: string;
}

/** PayPal approved this order: what the capture needs (kept for Riprova and reloads). */
interface Approved {
  readonly requestId: string;
  readonly paypalOrderId: string;
  readonly payerId: string | undefined;
}

type SdkState =
  | { readonly key: string; readonly status: 'loading' }
  | { readonly key: string; readonly status: 'ready'; readonly instance: PayPalSdk }
  | {
      readonly key: string;
      readonly status: 'failed';
      readonly code: 'unreachable' | 'configuration';
    };

/** A host failure of a request of the new-account path, already logged. */
class HostFailure extends Error {
  readonly error: PayFlowError;
  constructor(error: PayFlowError) {
    super(error.message ?? error.code);
    this.error = error;
  }
}

/** Order ids whose new-account flow is being resumed on this page. */
const resuming = new Set<string>();

/** Order ids with an `order-pay-authorize` request in flight, across every element of the page. */
const inFlight = new Set<string>();
/** Order ids paid through an element of this page: no element starts a new attempt for them. */
const paidOrders = new Set<string>();

type Terms = typeof it.orderPayButton;
type StatusKey = 'payStatusPaid' | 'payStatusCancelled' | 'payStatusExpired';
const STATUS_TERMS: Record<Exclude<OrderStatus, 'awaiting-payment'>, StatusKey> = {
  paid: 'payStatusPaid',
  cancelled: 'payStatusCancelled',
  expired: 'payStatusExpired',
};

/**
 * The **Paga** action of one order and the whole pay-later flow in a modal dialog: the PayPal
 * account (`<paypal-account-select>`), the **Riepilogo ordine** (`<order-summary>`), the
 * authorisation and its outcome. For an order that is not awaiting payment it shows the status
 * (Pagato, Annullato, Scaduto) and no action.
 *
 * The element talks to no server: it asks the host through request events answered with
 * `event.respondWith(...)` (`paypal-accounts` when `accounts` is not set, `order-pay-authorize`
 * to charge a registered account). At most one authorisation is in flight per order, a retry
 * re-sends the same `requestId`, and after a success no new attempt can start.
 *
 * @tag order-pay-button
 * @summary Pay a pending order later with PayPal (Paga → account → summary → result).
 *
 * @event {OrderPayOpenEvent} order-pay-open - Paga was pressed. Detail `{ order }`. Cancelable:
 *   `preventDefault()` to route to a page of your own (no dialog opens).
 * @event {PayPalAccountsRequestEvent} paypal-accounts - Request (`KitRequestEvent`) for the
 *   customer's registered accounts, when the `accounts` property is not set. Detail `{ order }`;
 *   answer `PayPalAccount[]`.
 * @event {OrderPayAuthorizeEvent} order-pay-authorize - Request (`KitRequestEvent`) to charge a
 *   registered account. Detail `{ order, account, requestId }`; answer
 *   `{ paymentId?, renewalActivated? }`. The same `requestId` on every retry of an attempt.
 * @event {PayPalClientTokenRequestEvent} paypal-client-token - Request, new account, when
 *   `paypal-client-id` is not set. Detail `{ order }`; answer a PayPal client token (string).
 * @event {PayPalCreateOrderEvent} paypal-create-order - Request, new account: create the PayPal
 *   order (vault on success). Detail `{ order, requestId }`; answer `string | { id }`.
 * @event {PayPalCaptureEvent} paypal-capture - Request, new account: capture the approved order.
 *   Detail `{ order, orderId, payerId, requestId }`; answer `{ paymentId?, account?,
 *   renewalActivated? }`. The same `requestId` on Riprova and after a reload.
 * @event {OrderPaySuccessEvent} order-pay-success - Paid. Detail `{ order, result, requestId }`.
 * @event {OrderPayFailureEvent} order-pay-failure - An attempt failed. Detail
 *   `{ order, error: { code, message }, requestId }` (`message`: the sentence shown).
 * @event {OrderPayCloseEvent} order-pay-close - The dialog was closed. Detail `{ order, step }`.
 *
 * @csspart button - The Paga button.
 * @csspart status - The order status shown instead of Paga (Pagato, Annullato, Scaduto).
 * @csspart dialog - The payment dialog.
 * @csspart title - The dialog title, "Paga l'ordine …".
 * @csspart close - The Chiudi button of the dialog.
 * @csspart proceed - The Prosegui button under the account choice.
 * @csspart retry - The Riprova button after a failure.
 * @csspart back - The Indietro button after a failure.
 * @csspart progress - The progress message (loading the accounts, authorising).
 * @csspart result - The confirmation of a completed payment.
 * @csspart error - A failure, or the message shown instead of Paga when the order is invalid.
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
 */
export class OrderPayButton extends KitElement<Terms> {
  static override terms = { it: it.orderPayButton, en: en.orderPayButton };

  static override styles = [hostStyles, buttonStyles, dialogStyles, errorStyles, styles];

  // Lit's static form rather than decorators: it keeps tslib's __decorate out of the CDN bundle.
  static override properties = {
    order: { converter: jsonAttribute },
    accounts: { converter: jsonAttribute },
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

  /** Milliseconds to wait for the host's answer to a request. */
  requestTimeout = DEFAULT_TIMEOUT;

  /** Where the customer learns how to turn automatic renewal off; http(s) only. */
  renewalInfoHref: string | undefined;

  /** PayPal client id, needed to register a new PayPal account. */
  paypalClientId: string | undefined;

  /** `sandbox` or `production`, needed to register a new PayPal account. */
  paypalEnvironment: string | undefined;

  /**
   * How PayPal shows itself for a new account: `auto` (default), `popup`, `modal`, `redirect`
   * (the flow state is kept in sessionStorage and resumed when the page comes back).
   */
  presentation: string = 'auto';

  #state: PayFlowState = initialPayFlow;
  #validated: Validated<ParsedOrder> | undefined;
  #accounts: Validated<PayPalAccount[]> | undefined;
  /** The order the open flow is about (the host may change `order` meanwhile). */
  #flowOrder: ParsedOrder | undefined;
  #payment: { choice: AccountChoice; value: PaymentChoice } | undefined;
  #accountsRequest: AbortController | undefined;
  #focusStep = false;
  #configLogged = false;
  #presentationLogged = false;
  #sdk: SdkState | undefined;
  #session: SaveAndPayHandle | undefined;
  #approved: Approved | undefined;
  #captureRequest: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('order')) {
      this.#validated = this.order === undefined ? undefined : parseOrder(this.order);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
    }
    if (changed.has('accounts')) {
      this.#accounts = this.accounts === undefined ? undefined : parseAccounts(this.accounts);
      if (this.#accounts?.ok === false) logIssue(this.localName, this.#accounts.issue);
    }
    if (changed.has('paypalClientId') || changed.has('paypalEnvironment'))
      this.#configLogged = false;
    if (changed.has('presentation')) {
      if (PAYPAL_PRESENTATIONS.includes(this.presentation as PayPalPresentation)) {
        this.#presentationLogged = false;
      } else if (!this.#presentationLogged) {
        this.#presentationLogged = true;
        console.error(
          `<${this.localName}>: presentation=${JSON.stringify(this.presentation)} is not one of ${PAYPAL_PRESENTATIONS.join(', ')}: "auto" is used.`,
        );
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#focusStep && this.#dialog?.open) void this.#moveFocus();
    const state = this.#state;
    if ((state.step === 'choosing' || state.step === 'reviewing') && state.choice === 'new') {
      // The new-account path is reachable: preload PayPal (once per configuration).
      const config = this.#paypalConfig();
      if (config && this.#sdk?.key !== this.#sdkKey(config))
        void Promise.resolve().then(() => this.#preload());
    }
    if (changed.has('order')) this.#checkReturn();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#checkReturn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#accountsRequest?.abort();
    const order = this.#flowOrder;
    if (this.#captureRequest) {
      this.#captureRequest.abort();
      this.#captureRequest = undefined;
      if (order) inFlight.delete(order.id);
    }
    if (this.#session) {
      // The page (or the host) took the element away: the stored flow, if any, stays.
      this.#session.destroy();
      this.#session = undefined;
      if (order) inFlight.delete(order.id);
    }
  }

  get #presentation(): PayPalPresentation {
    const value = this.presentation as PayPalPresentation;
    return PAYPAL_PRESENTATIONS.includes(value) ? value : 'auto';
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #paid(): boolean {
    const state = this.#state;
    const order = this.#validated?.ok ? this.#validated.value : undefined;
    return (
      (state.step === 'idle' && state.paid) ||
      state.step === 'succeeded' ||
      (order !== undefined && paidOrders.has(order.id))
    );
  }

  get #timeout(): number {
    const value = Number(this.requestTimeout);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT;
  }

  #dispatch(event: PayFlowEvent): boolean {
    const previous = this.#state;
    const next = payFlow(previous, event);
    if (next === previous) return false;
    this.#state = next;
    if (next.step !== previous.step) this.#focusStep = true;
    this.requestUpdate();
    return true;
  }

  async #moveFocus(): Promise<void> {
    this.#focusStep = false;
    const root = this.renderRoot;
    const step = this.#state.step;
    let target: HTMLElement | null = null;
    switch (step) {
      case 'loading-accounts':
      case 'authorizing':
        target = root.querySelector('[part="progress"]');
        break;
      case 'accounts-failed':
        target = root.querySelector('[part="retry"]');
        break;
      case 'choosing': {
        const select = root.querySelector('paypal-account-select');
        await select?.updateComplete;
        select?.focus();
        // With no account registered the select has nothing to focus: Prosegui is next.
        target =
          select && this.shadowRoot?.activeElement === select
            ? null
            : root.querySelector('[part="proceed"]');
        break;
      }
      case 'reviewing':
        // PayPal non raggiungibile: Riprova; else the summary's step.
        target = root.querySelector('[part="retry"]') ?? root.querySelector('.step');
        break;
      case 'succeeded':
        target = root.querySelector('[part="result"]');
        break;
      case 'failed':
        target = root.querySelector('[part="retry"]') ?? root.querySelector('[part="back"]');
        break;
      case 'idle':
        break;
    }
    if (this.#state.step === step) target?.focus();
  }

  // --- the flow -------------------------------------------------------------------------------

  async #onPayClick(): Promise<void> {
    const validated = this.#validated;
    if (!validated?.ok || this.#dialog?.open || this.#state.step !== 'idle') return;
    const order = validated.value;
    if (order.status !== 'awaiting-payment' || this.#paid) {
      this.requestUpdate();
      return;
    }
    const event = new OrderPayOpenEvent({ order: order.source });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.#flowOrder = order;
    const accounts = this.#accounts?.ok ? this.#accounts.value : undefined;
    if (!this.#dispatch(accounts ? { type: 'open', accounts } : { type: 'open' })) return;
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.#focusStep = true;
    void this.#moveFocus();
    if (this.#step() === 'loading-accounts') void this.#loadAccounts();
  }

  /** The current step, read afresh (TypeScript would keep an earlier narrowing of `#state`). */
  #step(): PayFlowState['step'] {
    return this.#state.step;
  }

  async #loadAccounts(): Promise<void> {
    const order = this.#flowOrder;
    if (!order || this.#state.step !== 'loading-accounts') return;
    if (this.#accounts !== undefined) {
      // The host gave the accounts as a property, but they are invalid (logged in willUpdate).
      const accounts = this.#accounts;
      this.#dispatch(
        accounts.ok
          ? { type: 'accounts-loaded', accounts: accounts.value }
          : {
              type: 'accounts-failed',
              error: {
                code: 'invalid-accounts',
                message: describeIssue(this.localize, accounts.issue),
              },
            },
      );
      return;
    }
    this.#accountsRequest?.abort();
    const controller = new AbortController();
    this.#accountsRequest = controller;
    let result: unknown;
    try {
      result = await sendRequest(
        this,
        new KitRequestEvent<PayPalAccountsDetail, PayPalAccount[]>(ACCOUNTS, {
          order: order.source,
        }),
        { timeout: this.#timeout, signal: controller.signal },
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      const code = error instanceof KitRequestError ? error.code : 'handler-error';
      const message = error instanceof KitRequestError ? error.hostMessage : undefined;
      if (code === 'no-handler')
        console.error(
          `<${this.localName}>: nothing answered "${ACCOUNTS}": add a listener that calls event.respondWith(accounts), or set the accounts property.`,
        );
      else if (code === 'handler-error')
        console.error(`<${this.localName}>: the "${ACCOUNTS}" listener threw: ${message ?? ''}`);
      this.#dispatch({ type: 'accounts-failed', error: withMessage(code, message) });
      return;
    } finally {
      if (this.#accountsRequest === controller) this.#accountsRequest = undefined;
    }
    const accounts = parseAccounts(result, `${ACCOUNTS} result`);
    if (!accounts.ok) {
      logIssue(this.localName, accounts.issue);
      this.#dispatch({
        type: 'accounts-failed',
        error: { code: 'invalid-result', message: describeIssue(this.localize, accounts.issue) },
      });
      return;
    }
    this.#dispatch({ type: 'accounts-loaded', accounts: accounts.value });
  }

  async #authorize(): Promise<void> {
    const order = this.#flowOrder;
    if (!order || this.#state.step !== 'reviewing') return;
    if (this.#state.choice === 'new') {
      // Synchronous up to PayPal's start(): still inside the click, no popup blocker.
      this.#payWithPayPal(order);
      return;
    }
    if (!this.#dispatch({ type: 'confirm', requestId: newRequestId() })) return;
    const state = this.#state as PayFlowState;
    if (state.step !== 'authorizing') return;
    const { choice, requestId } = state;

    if (choice === 'new') return;
    if (inFlight.has(order.id)) {
      this.#fail(order, requestId, { code: 'in-flight' }, true);
      return;
    }
    inFlight.add(order.id);
    let result: unknown;
    try {
      result = await sendRequest(
        this,
        new KitRequestEvent<OrderPayAuthorizeDetail, AuthorizeResult>(AUTHORIZE, {
          order: order.source,
          account: choice,
          requestId,
        }),
        { timeout: this.#timeout },
      );
    } catch (error) {
      inFlight.delete(order.id);
      const code = error instanceof KitRequestError ? error.code : 'handler-error';
      const message = error instanceof KitRequestError ? error.hostMessage : undefined;
      if (code === 'no-handler')
        console.error(
          `<${this.localName}>: nothing answered "${AUTHORIZE}": add a listener that calls event.respondWith(...) to charge the account.`,
        );
      else if (code === 'handler-error')
        console.error(`<${this.localName}>: the "${AUTHORIZE}" listener threw: ${message ?? ''}`);
      this.#fail(order, requestId, withMessage(code, message), true);
      return;
    }
    inFlight.delete(order.id);
    if (!isRecord(result)) {
      logIssue(this.localName, { field: `${AUTHORIZE} result`, problem: 'type' });
      this.#fail(order, requestId, { code: 'invalid-result' }, true);
      return;
    }
    const authorized: AuthorizeResult = result;
    if (!this.#dispatch({ type: 'authorized', result: authorized })) return;
    paidOrders.add(order.id);
    this.dispatchEvent(new OrderPaySuccessEvent({ order: order.source, result, requestId }));
  }

  /** The new-account path needs PayPal's configuration (the SDK path comes with it). */
  #newAccountError(): PayFlowError {
    const missing: string[] = [];
    if (!this.paypalClientId?.trim()) missing.push('paypal-client-id');
    const environment = this.paypalEnvironment?.trim();
    if (environment !== 'sandbox' && environment !== 'production')
      missing.push('paypal-environment');
    if (missing.length > 0) {
      if (!this.#configLogged)
        console.error(
          `<${this.localName}>: a new PayPal account needs the PayPal configuration; missing or invalid: ${missing.join(', ')} (paypal-environment is "sandbox" or "production").`,
        );
      this.#configLogged = true;
      return { code: 'paypal-config' };
    }
    return { code: 'paypal-config' };
  }

  // --- the new-account path (PayPal v6 SDK) ---------------------------------------------------

  /** The PayPal configuration, when complete enough to load (no client id: a token request). */
  #paypalConfig(): { environment: PayPalEnvironment; clientId: string | undefined } | undefined {
    const environment = this.paypalEnvironment?.trim();
    if (environment !== 'sandbox' && environment !== 'production') return undefined;
    return { environment, clientId: this.paypalClientId?.trim() || undefined };
  }

  #sdkKey(config: { environment: string; clientId: string | undefined }): string {
    return JSON.stringify([config.environment, config.clientId ?? '', this.localize.locale]);
  }

  /** Where loading PayPal stands for the current configuration. */
  #paypalStatus(): 'none' | 'loading' | 'ready' | 'unreachable' | 'configuration' {
    const config = this.#paypalConfig();
    if (!config) return 'none';
    const sdk = this.#sdk;
    if (!sdk || sdk.key !== this.#sdkKey(config) || sdk.status === 'loading') return 'loading';
    if (sdk.status === 'ready') return 'ready';
    return sdk.code;
  }

  /** Loads PayPal for the current configuration (shared with other elements by `loadPayPal`). */
  async #preload(order: ParsedOrder | undefined = this.#flowOrder): Promise<void> {
    const config = this.#paypalConfig();
    if (!config || !order) return;
    const key = this.#sdkKey(config);
    if (this.#sdk?.key === key) return;
    const entry: SdkState = { key, status: 'loading' };
    this.#sdk = entry;
    this.requestUpdate();
    let next: SdkState;
    try {
      let clientToken: string | undefined;
      if (!config.clientId) {
        const token: unknown = await sendRequest(
          this,
          new KitRequestEvent<PayPalClientTokenDetail, string>(CLIENT_TOKEN, {
            order: order.source,
          }),
          { timeout: this.#timeout },
        );
        if (typeof token !== 'string' || token.trim() === '') {
          logIssue(this.localName, { field: `${CLIENT_TOKEN} result`, problem: 'type' });
          throw new PayPalLoadError('configuration', 'credentials', 'no client token');
        }
        clientToken = token;
      }
      const instance = await loadPayPal({
        clientId: config.clientId,
        clientToken,
        environment: config.environment,
        locale: this.localize.locale,
      });
      next = { key, status: 'ready', instance };
    } catch (error) {
      let code: 'unreachable' | 'configuration' = 'unreachable';
      if (error instanceof PayPalLoadError) {
        code = error.code;
        if (code === 'unreachable')
          console.warn(`<${this.localName}>: PayPal could not be loaded: ${error.message}`);
      } else if (error instanceof KitRequestError) {
        if (error.code === 'no-handler') {
          code = 'configuration';
          console.error(
            `<${this.localName}>: a new PayPal account needs paypal-client-id, or a "${CLIENT_TOKEN}" listener that calls event.respondWith(token).`,
          );
          this.#configLogged = true;
        } else if (error.code === 'handler-error') {
          console.error(
            `<${this.localName}>: the "${CLIENT_TOKEN}" listener threw: ${error.hostMessage ?? ''}`,
          );
        }
      }
      next = { key, status: 'failed', code };
    }
    if (this.#sdk !== entry) return;
    this.#sdk = next;
    const state = this.#state;
    if (next.status === 'failed' && state.step === 'reviewing') this.#focusStep = true;
    this.requestUpdate();
  }

  /** Prosegui e paga with a new account. Synchronous: PayPal starts inside the click. */
  #payWithPayPal(order: ParsedOrder): void {
    const config = this.#paypalConfig();
    const status = this.#paypalStatus();
    if (config && (status === 'loading' || status === 'unreachable')) {
      // The summary says so (busy, or PayPal non raggiungibile with Riprova).
      void this.#preload();
      return;
    }
    const reviewing = this.#state;
    if (reviewing.step !== 'reviewing') return;
    const approved = this.#approved;
    const again =
      approved !== undefined &&
      reviewing.attempt?.key === 'new' &&
      reviewing.attempt.requestId === approved.requestId;
    const phase: PayPalPhase = again ? 'capture' : 'window';
    if (!this.#dispatch({ type: 'confirm', requestId: newRequestId(), paypal: phase })) return;
    const state = this.#state as PayFlowState;
    if (state.step !== 'authorizing') return;
    const { requestId } = state;
    const sdk = this.#sdk;
    if (!config || status === 'configuration' || sdk?.status !== 'ready') {
      this.#fail(order, requestId, this.#newAccountError(), false);
      return;
    }
    if (again && approved) {
      void this.#capture(order, approved);
      return;
    }
    if (inFlight.has(order.id)) {
      this.#fail(order, requestId, { code: 'in-flight' }, true);
      return;
    }
    this.#startSession(order, sdk.instance, requestId);
  }

  #startSession(order: ParsedOrder, instance: PayPalSdk, requestId: string): void {
    inFlight.add(order.id);
    const presentation = this.#presentation;
    const stored = presentation === 'redirect';
    if (stored) writeStored({ orderId: order.id, step: 'paypal', requestId });
    let hostError: PayFlowError | undefined;
    const orderId = this.#createOrder(order, requestId).then(
      (id) => {
        if (stored)
          writeStored({ orderId: order.id, step: 'paypal', requestId, paypalOrderId: id });
        return id;
      },
      (error: unknown) => {
        if (error instanceof HostFailure) hostError = error.error;
        throw error;
      },
    );
    this.#session = startSaveAndPay(instance, {
      presentation,
      orderId,
      onApprove: (data) => this.#onPayPalApprove(order, requestId, data.orderId, data.payerId),
      onCancel: () => this.#onPayPalCancel(order),
      onError: (error) => this.#onPayPalError(order, requestId, error, hostError),
    });
  }

  /** `paypal-create-order`: the PayPal order id, or a `HostFailure` (logged). */
  async #createOrder(order: ParsedOrder, requestId: string): Promise<string> {
    let result: unknown;
    try {
      result = await sendRequest(
        this,
        new KitRequestEvent<PayPalCreateOrderDetail, string | { id: string }>(CREATE_ORDER, {
          order: order.source,
          requestId,
        }),
        { timeout: this.#timeout },
      );
    } catch (error) {
      throw new HostFailure(this.#hostError(CREATE_ORDER, error));
    }
    const id = typeof result === 'string' ? result : isRecord(result) ? result['id'] : undefined;
    if (typeof id !== 'string' || id.trim() === '') {
      logIssue(this.localName, { field: `${CREATE_ORDER} result`, problem: 'type' });
      throw new HostFailure({ code: 'invalid-result' });
    }
    return id;
  }

  /** Maps a failed request of the new-account path, with one console.error where it helps. */
  #hostError(type: string, error: unknown): PayFlowError {
    const code = error instanceof KitRequestError ? error.code : 'handler-error';
    const message = error instanceof KitRequestError ? error.hostMessage : undefined;
    if (code === 'no-handler')
      console.error(
        `<${this.localName}>: nothing answered "${type}": add a listener that calls event.respondWith(...) to pay with a new PayPal account.`,
      );
    else if (code === 'handler-error')
      console.error(`<${this.localName}>: the "${type}" listener threw: ${message ?? ''}`);
    return withMessage(code, message);
  }

  async #onPayPalApprove(
    order: ParsedOrder,
    requestId: string,
    paypalOrderId: string,
    payerId: string | undefined,
  ): Promise<void> {
    this.#session = undefined;
    this.#dispatch({ type: 'paypal-approved' });
    await this.#capture(order, { requestId, paypalOrderId, payerId });
  }

  #onPayPalCancel(order: ParsedOrder): void {
    this.#session = undefined;
    inFlight.delete(order.id);
    clearStored(order.id);
    this.#dispatch({ type: 'paypal-cancelled' });
  }

  #onPayPalError(
    order: ParsedOrder,
    requestId: string,
    error: PayPalSessionError,
    hostError: PayFlowError | undefined,
  ): void {
    this.#session = undefined;
    inFlight.delete(order.id);
    clearStored(order.id);
    if (hostError) {
      this.#fail(order, requestId, hostError, true);
      return;
    }
    const code = error.recoverable ? 'paypal-error' : 'paypal-fatal';
    this.#fail(order, requestId, withMessage(code, error.message), error.recoverable);
  }

  /** `paypal-capture`, with the attempt's requestId; kept in sessionStorage until it settles. */
  async #capture(order: ParsedOrder, approved: Approved): Promise<void> {
    this.#approved = approved;
    const { requestId, paypalOrderId, payerId } = approved;
    inFlight.add(order.id);
    writeStored({
      orderId: order.id,
      step: 'capturing',
      requestId,
      paypalOrderId,
      ...(payerId ? { payerId } : {}),
    });
    this.#captureRequest?.abort();
    const controller = new AbortController();
    this.#captureRequest = controller;
    let result: unknown;
    try {
      result = await sendRequest(
        this,
        new KitRequestEvent<PayPalCaptureDetail, CaptureResult>(CAPTURE, {
          order: order.source,
          orderId: paypalOrderId,
          payerId,
          requestId,
        }),
        { timeout: this.#timeout, signal: controller.signal },
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      inFlight.delete(order.id);
      // The stored state stays: Riprova, or a reload, sends the same capture again.
      this.#fail(order, requestId, this.#hostError(CAPTURE, error), true);
      return;
    } finally {
      if (this.#captureRequest === controller) this.#captureRequest = undefined;
    }
    inFlight.delete(order.id);
    const captured = captureResult(result);
    if (!captured) {
      logIssue(this.localName, { field: `${CAPTURE} result`, problem: 'type' });
      this.#fail(order, requestId, { code: 'invalid-result' }, true);
      return;
    }
    this.#approved = undefined;
    clearStored(order.id);
    if (!this.#dispatch({ type: 'authorized', result: captured })) return;
    paidOrders.add(order.id);
    this.dispatchEvent(
      new OrderPaySuccessEvent({ order: order.source, result: captured, requestId }),
    );
  }

  /** On load: a new-account flow of this order kept in sessionStorage goes on. */
  #checkReturn(): void {
    const validated = this.#validated;
    if (!this.isConnected || !validated?.ok) return;
    const order = validated.value;
    if (order.status !== 'awaiting-payment' || this.#paid || this.#state.step !== 'idle') return;
    if (resuming.has(order.id) || inFlight.has(order.id)) return;
    const stored = readStored(order.id);
    if (!stored) return;
    resuming.add(order.id);
    // After this update: resuming opens the dialog.
    void Promise.resolve()
      .then(() => this.#resume(order, stored))
      .finally(() => resuming.delete(order.id));
  }

  async #resume(order: ParsedOrder, stored: StoredFlow): Promise<void> {
    const { requestId } = stored;
    if (stored.step === 'capturing' && stored.paypalOrderId) {
      // A reload during the capture: the same capture again (same requestId), no new session.
      if (!this.#openResumed(order, requestId, 'capture')) return;
      await this.#capture(order, {
        requestId,
        paypalOrderId: stored.paypalOrderId,
        payerId: stored.payerId,
      });
      return;
    }
    await this.#preload(order);
    const sdk = this.#sdk;
    if (sdk?.status !== 'ready') return;
    let opened = false;
    const open = (): boolean => (opened ||= this.#openResumed(order, requestId, 'window'));
    inFlight.add(order.id);
    const returned = await resumeSaveAndPay(sdk.instance, {
      onApprove: async (data) => {
        if (open()) await this.#onPayPalApprove(order, requestId, data.orderId, data.payerId);
      },
      onCancel: () => {
        if (open()) this.#onPayPalCancel(order);
      },
      onError: (error) => {
        if (open()) this.#onPayPalError(order, requestId, error, undefined);
      },
    });
    if (!returned) {
      // Not PayPal's return (the customer came back another way): nothing to resume.
      inFlight.delete(order.id);
      clearStored(order.id);
    }
  }

  /** Opens the dialog on a resumed flow. */
  #openResumed(order: ParsedOrder, requestId: string, paypal: PayPalPhase): boolean {
    if (this.#state.step !== 'idle') return false;
    this.#flowOrder = order;
    const accounts = this.#accounts?.ok ? this.#accounts.value : [];
    if (!this.#dispatch({ type: 'resume', accounts, requestId, paypal })) return false;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.#focusStep = true;
    return true;
  }

  #fail(order: ParsedOrder, requestId: string, error: PayFlowError, retryable: boolean): void {
    if (!this.#dispatch({ type: 'authorization-failed', error, retryable })) return;
    this.dispatchEvent(
      new OrderPayFailureEvent({
        order: order.source,
        error: { code: error.code, message: this.#errorText(error) },
        requestId,
      }),
    );
  }

  #errorText(error: PayFlowError): string {
    const term = this.localize;
    switch (error.code) {
      case 'rejected':
        return error.message
          ? term.term('payErrorRejectedWith', error.message)
          : term.term('payErrorRejected');
      case 'handler-error':
        return term.term('payErrorHandler');
      case 'invalid-result':
        return term.term('payErrorInvalidResult');
      case 'no-handler':
        return term.term('payErrorNoHandler');
      case 'timeout':
        return term.term('payErrorTimeout');
      case 'in-flight':
        return term.term('payErrorInFlight');
      case 'paypal-config':
        return term.term('payErrorPayPalConfig');
      case 'paypal-error':
        return term.term('payErrorPayPal');
      case 'paypal-fatal':
        return term.term('payErrorPayPalFatal');
      default:
        return term.term('payErrorUnknown');
    }
  }

  #accountsErrorText(error: PayFlowError): string {
    const term = this.localize;
    switch (error.code) {
      case 'no-handler':
        return term.term('payAccountsNoHandler');
      case 'timeout':
        return term.term('payAccountsTimeout');
      case 'invalid-result':
      case 'invalid-accounts':
        return term.term('payAccountsInvalid', error.message ?? '');
      case 'handler-error':
        return term.term('payErrorHandler');
      default:
        return error.message
          ? term.term('payAccountsFailedWith', error.message)
          : term.term('payAccountsFailed');
    }
  }

  // --- event handlers -------------------------------------------------------------------------

  #onSelectChange(event: Event): void {
    const selection = (event.currentTarget as HTMLElementTagNameMap['paypal-account-select'])
      .selection;
    if (selection !== undefined) this.#dispatch({ type: 'choose', choice: selection });
  }

  #onChooseSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const select = this.renderRoot.querySelector('paypal-account-select');
    if (!select || this.#state.step !== 'choosing') return;
    if (!select.reportValidity()) return;
    const selection = select.selection;
    if (selection === undefined) return;
    this.#dispatch({ type: 'choose', choice: selection });
    this.#dispatch({ type: 'proceed' });
  }

  #onSummaryConfirm(event: Event): void {
    event.stopPropagation();
    void this.#authorize();
  }

  #onSummaryBack(event: Event): void {
    event.stopPropagation();
    this.#dispatch({ type: 'back' });
  }

  #onBackClick(): void {
    this.#dispatch({ type: 'back' });
  }

  #onRetryClick(): void {
    if (this.#state.step === 'accounts-failed') {
      if (this.#dispatch({ type: 'retry-accounts' })) void this.#loadAccounts();
      return;
    }
    const state = this.#state;
    if (state.step === 'reviewing' && state.choice === 'new') {
      // PayPal non raggiungibile: load it again.
      this.#sdk = undefined;
      void this.#preload();
      return;
    }
    // Riprova sends the same request again (same requestId) at once.
    if (this.#dispatch({ type: 'retry' })) void this.#authorize();
  }

  #onCloseClick(): void {
    if (this.#state.step === 'authorizing') return;
    this.#dialog?.close();
  }

  #onCancel(event: Event): void {
    // Escape: the dialog stays while the payment is being authorised.
    if (this.#state.step === 'authorizing') event.preventDefault();
  }

  #onClose(): void {
    const dialog = this.#dialog;
    const previous = this.#state;
    if (previous.step === 'authorizing') {
      // Some browsers close without a cancelable `cancel` on a repeated Escape: reopen.
      if (dialog?.isConnected && !dialog.open) {
        dialog.showModal();
        this.renderRoot.querySelector<HTMLElement>('[part="progress"]')?.focus();
      }
      return;
    }
    this.#accountsRequest?.abort();
    const order = this.#flowOrder;
    if (!this.#dispatch({ type: 'close' })) return;
    this.#focusStep = false;
    this.#payment = undefined;
    this.#flowOrder = undefined;
    if (order && this.#approved) {
      // The customer gave up after a failed capture: the kept flow ends here.
      clearStored(order.id);
      this.#approved = undefined;
    }
    if (order)
      this.dispatchEvent(new OrderPayCloseEvent({ order: order.source, step: previous.step }));
    void this.updateComplete.then(() => {
      const target =
        this.renderRoot.querySelector<HTMLElement>('[part="button"]') ??
        this.renderRoot.querySelector<HTMLElement>('[part="status"]');
      target?.focus();
    });
  }

  // --- render ---------------------------------------------------------------------------------

  #paymentFor(choice: AccountChoice): PaymentChoice {
    if (this.#payment?.choice !== choice)
      this.#payment = { choice, value: { method: 'paypal', account: choice } };
    return this.#payment.value;
  }

  #renderTrigger(order: ParsedOrder): TemplateResult {
    if (order.status === 'awaiting-payment' && !this.#paid) {
      return html`
        <button
          type="button"
          class="button"
          part="button"
          aria-haspopup="dialog"
          aria-label=${this.localize.term('payOrder', order.number)}
          @click=${this.#onPayClick}
        >
          ${this.localize.term('payButton')}
        </button>
      `;
    }
    const status = order.status === 'awaiting-payment' ? 'paid' : order.status;
    return html`<span class="status" part="status" tabindex="-1"
      >${this.localize.term(STATUS_TERMS[status])}</span
    >`;
  }

  #announcement(): string {
    const state = this.#state;
    switch (state.step) {
      case 'loading-accounts':
        return this.localize.term('payLoadingAccounts');
      case 'authorizing':
        return this.localize.term(
          state.paypal === 'window' ? 'payPayPalWaiting' : 'payAuthorizing',
        );
      case 'reviewing': {
        if (state.choice === 'new') {
          const status = this.#paypalStatus();
          if (status === 'loading') return this.localize.term('payPayPalLoading');
          if (status === 'unreachable') return this.localize.term('payPayPalUnreachable');
        }
        return state.notice === 'paypal-cancelled' ? this.localize.term('payPayPalCancelled') : '';
      }
      case 'succeeded':
        return this.localize.term('paySucceeded');
      case 'failed':
        return `${this.localize.term('payFailed')}. ${this.#errorText(state.error)}`;
      case 'accounts-failed':
        return this.#accountsErrorText(state.error);
      default:
        return '';
    }
  }

  #renderStep(order: ParsedOrder): unknown {
    const state = this.#state;
    const t = this.localize;
    switch (state.step) {
      case 'idle':
        return nothing;
      case 'loading-accounts':
        return html`
          <div class="step" aria-busy="true">
            <p class="progress" part="progress" tabindex="-1">
              <span class="spinner" aria-hidden="true"></span>${t.term('payLoadingAccounts')}
            </p>
          </div>
        `;
      case 'accounts-failed':
        return html`
          <div class="step">
            <p class="error" part="error">${this.#accountsErrorText(state.error)}</p>
            <div class="actions">
              <button type="button" class="button" part="retry" @click=${this.#onRetryClick}>
                ${t.term('payRetry')}
              </button>
            </div>
          </div>
        `;
      case 'choosing':
        return html`
          <form class="step" novalidate @submit=${this.#onChooseSubmit}>
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
              .renewalInfoHref=${this.renewalInfoHref}
              @change=${this.#onSelectChange}
            ></paypal-account-select>
            <div class="actions">
              <button type="submit" class="button" part="proceed">${t.term('payProceed')}</button>
            </div>
          </form>
        `;
      case 'reviewing':
      case 'authorizing': {
        const paypal = state.choice === 'new' ? this.#paypalStatus() : 'none';
        if (state.step === 'reviewing' && paypal === 'unreachable')
          return html`
            <div class="step" tabindex="-1">
              <p class="error" part="error">
                <strong>${t.term('payPayPalUnreachable')}</strong>
                <span>${t.term('payPayPalUnreachableHint')}</span>
              </p>
              <div class="actions">
                <button
                  type="button"
                  class="button secondary"
                  part="back"
                  @click=${this.#onBackClick}
                >
                  ${t.term('payBack')}
                </button>
                <button type="button" class="button" part="retry" @click=${this.#onRetryClick}>
                  ${t.term('payRetry')}
                </button>
              </div>
            </div>
          `;
        const loading = state.step === 'reviewing' && paypal === 'loading';
        const busy = state.step === 'authorizing' || loading;
        const progress =
          state.step === 'authorizing'
            ? t.term(state.paypal === 'window' ? 'payPayPalWaiting' : 'payAuthorizing')
            : loading
              ? t.term('payPayPalLoading')
              : undefined;
        return html`
          <div class="step" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
            ${
              state.step === 'reviewing' && state.notice === 'paypal-cancelled'
                ? html`<p class="notice" part="notice">${t.term('payPayPalCancelled')}</p>`
                : nothing
            }
            ${
              progress !== undefined
                ? html`<p class="progress" part="progress" tabindex="-1">
                    <span class="spinner" aria-hidden="true"></span>${progress}
                  </p>`
                : nothing
            }
            <order-summary
              .headingLevel=${3}
              .order=${order.source}
              .payment=${this.#paymentFor(state.choice)}
              .renewalInfoHref=${this.renewalInfoHref}
              .busy=${busy}
              @order-summary-confirm=${this.#onSummaryConfirm}
              @order-summary-back=${this.#onSummaryBack}
            ></order-summary>
          </div>
        `;
      }
      case 'succeeded': {
        const renewal = state.result.renewalActivated ?? order.renewal.available;
        return html`
          <div class="step result" part="result" tabindex="-1">
            <h3>${t.term('paySucceeded')}</h3>
            <p class="amount">${t.term('payAmount', formatMoney(order.total, t.locale))}</p>
            <p>${t.term('payEmail')}</p>
            ${
              state.result.account
                ? html`<p class="account">
                    ${t.term('payAccountRegistered', state.result.account.email)}
                  </p>`
                : nothing
            }
            ${renewal ? html`<p>${t.term('payRenewalActive')}</p>` : nothing}
          </div>
        `;
      }
      case 'failed':
        return html`
          <div class="step">
            <p class="error" part="error">
              <strong>${t.term('payFailed')}</strong>
              <span>${this.#errorText(state.error)}</span>
            </p>
            <div class="actions">
              <button
                type="button"
                class="button secondary"
                part="back"
                @click=${this.#onBackClick}
              >
                ${t.term('payBack')}
              </button>
              ${
                state.retryable
                  ? html`<button
                      type="button"
                      class="button"
                      part="retry"
                      @click=${this.#onRetryClick}
                    >
                      ${t.term('payRetry')}
                    </button>`
                  : nothing
              }
            </div>
          </div>
        `;
      default:
        return nothing;
    }
  }

  #renderDialog(): TemplateResult | typeof nothing {
    const order = this.#flowOrder;
    const validated = this.#validated;
    const current = validated?.ok ? validated.value : undefined;
    // The dialog exists while a flow runs, and for an order awaiting payment.
    const shown = order ?? current;
    if (!shown || (this.#state.step === 'idle' && shown.status !== 'awaiting-payment'))
      return nothing;
    const authorizing = this.#state.step === 'authorizing';
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        @cancel=${this.#onCancel}
        @close=${this.#onClose}
      >
        <header>
          <h2 part="title" id="title">${this.localize.term('payOrder', shown.number)}</h2>
          <button
            type="button"
            class="button secondary close"
            part="close"
            ?disabled=${authorizing}
            @click=${this.#onCloseClick}
          >
            ${this.localize.term('payClose')}
          </button>
        </header>
        <div class="visually-hidden" role="status" aria-live="polite" id="live">
          ${this.#announcement()}
        </div>
        ${this.#renderStep(shown)}
      </dialog>
    `;
  }

  protected override render(): unknown {
    const validated = this.#validated;
    let trigger: TemplateResult | typeof nothing = nothing;
    if (validated && !validated.ok) {
      trigger = renderIssue(this.localize, this.localize.term('payInvalidOrder'), validated.issue);
    } else if (validated?.ok) {
      trigger = this.#renderTrigger(validated.value);
    }
    return html`${trigger}${this.#renderDialog()}`;
  }
}

function storageKey(orderId: string): string {
  return `${PAY_STORAGE_PREFIX}${orderId}`;
}

/** Keeps a new-account flow in sessionStorage; storage may be unavailable (never throws). */
function writeStored(flow: StoredFlow): void {
  try {
    sessionStorage.setItem(storageKey(flow.orderId), JSON.stringify(flow));
  } catch {
    // Private mode, quota, disabled storage: the flow goes on without it.
  }
}

function readStored(orderId: string): StoredFlow | undefined {
  let value: unknown;
  try {
    const raw = sessionStorage.getItem(storageKey(orderId));
    if (!raw) return undefined;
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (
    !isRecord(value) ||
    value['orderId'] !== orderId ||
    (value['step'] !== 'paypal' && value['step'] !== 'capturing') ||
    typeof value['requestId'] !== 'string'
  ) {
    clearStored(orderId);
    return undefined;
  }
  const text = (name: string) => (typeof value[name] === 'string' ? value[name] : undefined);
  const paypalOrderId = text('paypalOrderId');
  const payerId = text('payerId');
  return {
    orderId,
    step: value['step'],
    requestId: value['requestId'],
    ...(paypalOrderId ? { paypalOrderId } : {}),
    ...(payerId ? { payerId } : {}),
  };
}

function clearStored(orderId: string): void {
  try {
    sessionStorage.removeItem(storageKey(orderId));
  } catch {
    // Nothing to do.
  }
}

/** The host's `paypal-capture` answer, checked; `undefined` when it is not valid. */
function captureResult(value: unknown): CaptureResult | undefined {
  if (!isRecord(value)) return undefined;
  const { account } = value;
  if (account === undefined || account === null) {
    const rest: Record<string, unknown> = { ...value };
    delete rest['account'];
    return rest as CaptureResult;
  }
  const accounts = parseAccounts([account]);
  if (!accounts.ok || !accounts.value[0]) return undefined;
  return { ...(value as CaptureResult), account: accounts.value[0] };
}

function withMessage(code: string, message: string | undefined): PayFlowError {
  return message === undefined ? { code } : { code, message };
}

/** A random UUID v4 (`crypto.randomUUID()` where available, e.g. outside secure contexts). */
function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
