import type { AuthorizeResult, PayFlowStep } from '../model/pay-flow.js';
import type { Order } from '../model/order.js';
import type { PayPalAccount } from '../model/paypal-account.js';
import type { KitRequestEvent } from './kit-request-event.js';

export type { AuthorizeResult } from '../model/pay-flow.js';

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
  /** What the host's `order-pay-authorize` handler answered. */
  readonly result: AuthorizeResult;
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
   * `paypal-config`; `message`: the sentence shown to the customer.
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

declare global {
  interface HTMLElementEventMap {
    'order-pay-open': OrderPayOpenEvent;
    'order-pay-success': OrderPaySuccessEvent;
    'order-pay-failure': OrderPayFailureEvent;
    'order-pay-close': OrderPayCloseEvent;
    'paypal-accounts': PayPalAccountsRequestEvent;
    'order-pay-authorize': OrderPayAuthorizeEvent;
  }
}
