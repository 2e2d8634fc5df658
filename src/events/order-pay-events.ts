import type { AuthorizeResult, CaptureResult, PayFlowStep } from '../model/pay-flow.js';
import type { Order } from '../model/order.js';
import type { PayPalAccount } from '../model/paypal-account.js';
import type { KitRequestEvent } from './kit-request-event.js';

export type { AuthorizeResult, CaptureResult } from '../model/pay-flow.js';

export interface OrderPayOpenDetail {
  readonly order: Order;
}

/**
 * The customer clicked **Paga**. Cancelable: call `preventDefault()` to route to a payment page
 * of your own; the element then opens nothing.
 */
export class OrderPayOpenEvent extends CustomEvent<OrderPayOpenDetail> {
  static readonly type = 'order-pay-open';

  constructor(detail: OrderPayOpenDetail) {
    super(OrderPayOpenEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface OrderPaySuccessDetail {
  readonly order: Order;
  /**
   * What the host answered: `order-pay-authorize` (registered account) or `paypal-capture`
   * (new account, with the registered `account` when the host names it).
   */
  readonly result: AuthorizeResult | CaptureResult;
  readonly requestId: string;
}

/** The payment was authorised. */
export class OrderPaySuccessEvent extends CustomEvent<OrderPaySuccessDetail> {
  static readonly type = 'order-pay-success';

  constructor(detail: OrderPaySuccessDetail) {
    super(OrderPaySuccessEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface OrderPayFailureDetail {
  readonly order: Order;
  /**
   * `code`: `rejected`, `handler-error`, `no-handler`, `timeout`, `invalid-result`, `in-flight`,
   * `paypal-config`, `paypal-error` (PayPal failed, recoverable), `paypal-fatal`; `message`: the sentence shown to the customer.
   */
  readonly error: { readonly code: string; readonly message: string };
  readonly requestId: string;
}

/** The payment attempt failed (the dialog shows why, with a way forward). */
export class OrderPayFailureEvent extends CustomEvent<OrderPayFailureDetail> {
  static readonly type = 'order-pay-failure';

  constructor(detail: OrderPayFailureDetail) {
    super(OrderPayFailureEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface OrderPayCloseDetail {
  readonly order: Order;
  /** The step the dialog was closed in (`succeeded` after a payment). */
  readonly step: PayFlowStep;
}

/** The payment dialog was closed. */
export class OrderPayCloseEvent extends CustomEvent<OrderPayCloseDetail> {
  static readonly type = 'order-pay-close';

  constructor(detail: OrderPayCloseDetail) {
    super(OrderPayCloseEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface PayPalAccountsDetail {
  readonly order: Order;
}

/** Request: the PayPal accounts the customer has registered (answer `PayPalAccount[]`). */
export type PayPalAccountsRequestEvent = KitRequestEvent<PayPalAccountsDetail, PayPalAccount[]>;

export interface OrderPayAuthorizeDetail {
  readonly order: Order;
  readonly account: PayPalAccount;
  /** The same for every retry of one attempt: pass it on as `PayPal-Request-Id`. */
  readonly requestId: string;
}

/** Request: charge the registered account (answer `{ paymentId?, renewalActivated? }`). */
export type OrderPayAuthorizeEvent = KitRequestEvent<OrderPayAuthorizeDetail, AuthorizeResult>;

export interface PayPalClientTokenDetail {
  readonly order: Order;
}

/**
 * Request: a browser-safe PayPal client token from the host's backend, when the element has no
 * `paypal-client-id` (answer the token, a string).
 */
export type PayPalClientTokenRequestEvent = KitRequestEvent<PayPalClientTokenDetail, string>;

export interface PayPalCreateOrderDetail {
  readonly order: Order;
  /** The same for every retry of one attempt: pass it on as `PayPal-Request-Id`. */
  readonly requestId: string;
}

/**
 * Request: create the PayPal order (new account), asking PayPal to store the account in the
 * vault on success (`payment_source.paypal.attributes.vault.store_in_vault: ON_SUCCESS`).
 * Answer PayPal's order id, as a string or `{ id }`.
 */
export type PayPalCreateOrderEvent = KitRequestEvent<
  PayPalCreateOrderDetail,
  string | { id: string }
>;

export interface PayPalCaptureDetail {
  readonly order: Order;
  /** PayPal's order id, approved by the customer. */
  readonly orderId: string;
  readonly payerId: string | undefined;
  /** The attempt's id: the same on every retry and after a reload (`PayPal-Request-Id`). */
  readonly requestId: string;
}

/**
 * Request: capture the approved PayPal order (and vault the account). Answer
 * `{ paymentId?, account?, renewalActivated? }`; `account` is the newly registered account.
 */
export type PayPalCaptureEvent = KitRequestEvent<PayPalCaptureDetail, CaptureResult>;

declare global {
  interface HTMLElementEventMap {
    'order-pay-open': OrderPayOpenEvent;
    'order-pay-success': OrderPaySuccessEvent;
    'order-pay-failure': OrderPayFailureEvent;
    'order-pay-close': OrderPayCloseEvent;
    'paypal-accounts': PayPalAccountsRequestEvent;
    'order-pay-authorize': OrderPayAuthorizeEvent;
    'paypal-client-token': PayPalClientTokenRequestEvent;
    'paypal-create-order': PayPalCreateOrderEvent;
    'paypal-capture': PayPalCaptureEvent;
  }
}
