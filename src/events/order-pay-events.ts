import type { PayFlowStep } from '../model/pay-flow.js';
import type { Order } from '../model/order.js';
import type { PaymentMethod } from '../model/payment-method.js';
import type { PayPalAccount } from '../model/paypal-account.js';
import type { Service } from '../model/service.js';
import type { AuthorizeResult, CaptureAccepted, CaptureResult } from '../model/payment-result.js';
import type { KitRequestEvent } from './kit-request-event.js';

export type {
  AuthorizeResult,
  CaptureAccepted,
  CaptureResult,
  PaymentAccepted,
  PaymentDeclined,
  PaymentStatus,
} from '../model/payment-result.js';

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

export interface OrderPayMethodDetail {
  readonly order: Order;
  /** The host's method the customer chose (never PayPal). */
  readonly method: PaymentMethod;
}

/**
 * The customer chose one of the host's payment methods (not PayPal) and pressed Prosegui: the
 * dialog closes and nothing else of the kit's flow runs. Cancelable: `preventDefault()` to route
 * yourself; otherwise the element goes to the method's `href`, when it has one.
 */
export class OrderPayMethodEvent extends CustomEvent<OrderPayMethodDetail> {
  static readonly type = 'order-pay-method';

  constructor(detail: OrderPayMethodDetail) {
    super(OrderPayMethodEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface OrderPaySuccessDetail {
  readonly order: Order;
  /**
   * What the host answered, checked: `{ status: 'completed', paymentId?, renewalActivated? }`
   * (and, after `paypal-capture`, the registered `account` when the host names it).
   */
  readonly result: CaptureAccepted & { readonly status: 'completed' };
  readonly requestId: string;
}

/**
 * The order is paid. Dispatched once per page that sent the payment, from the element of that
 * order that is connected (the one the customer used, else another one for the same order),
 * else from `document`: a host that re-renders during the payment still receives it.
 */
export class OrderPaySuccessEvent extends CustomEvent<OrderPaySuccessDetail> {
  static readonly type = 'order-pay-success';

  constructor(detail: OrderPaySuccessDetail) {
    super(OrderPaySuccessEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface OrderPayPendingDetail {
  readonly order: Order;
  /** `{ status: 'pending', paymentId?, renewalActivated? }`. */
  readonly result: CaptureAccepted & { readonly status: 'pending' };
  readonly requestId: string;
}

/**
 * The backend accepted the payment and is still processing it: the customer is told so, and no
 * element starts another payment of the order. Dispatched like `order-pay-success`.
 */
export class OrderPayPendingEvent extends CustomEvent<OrderPayPendingDetail> {
  static readonly type = 'order-pay-pending';

  constructor(detail: OrderPayPendingDetail) {
    super(OrderPayPendingEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Why an attempt failed. */
export type OrderPayFailureCode =
  /** The backend answered `{ status: 'declined' }`: nothing was charged. */
  | 'declined'
  /** The host's promise rejected (its message is shown): the outcome is unknown. */
  | 'rejected'
  /** Offline, or `fetch()` failed: the outcome is unknown. */
  | 'network'
  /** No answer within `request-timeout`: the outcome is unknown. */
  | 'timeout'
  /** The answer is not a result (`{ status: … }`): the outcome is unknown. */
  | 'invalid-result'
  /** A listener threw before answering: nothing was sent. */
  | 'handler-error'
  /** No listener answered: nothing was sent. */
  | 'no-handler'
  /** A new PayPal account without `paypal-client-id` / `paypal-environment`. */
  | 'paypal-config'
  /** PayPal failed and trying again may work. */
  | 'paypal-error'
  /** PayPal cannot complete this payment. */
  | 'paypal-fatal';

/**
 * `declined`: refused, nothing was charged, the next attempt gets a new `requestId`;
 * `unknown`: nobody knows whether it was charged, a retry re-sends the same `requestId`;
 * `not-charged`: the payment never reached the point of a charge (no listener, PayPal failed
 * before the approval).
 */
export type OrderPayOutcome = 'declined' | 'unknown' | 'not-charged';

export interface OrderPayFailureDetail {
  readonly order: Order;
  /** `message`: the sentence shown to the customer. */
  readonly error: { readonly code: OrderPayFailureCode; readonly message: string };
  readonly outcome: OrderPayOutcome;
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

/** Who asks: the order being paid, the service whose renewal is switched on, or neither. */
export interface PayPalAccountsDetail {
  /** `<order-pay-button>`: the order being paid. */
  readonly order?: Order;
  /** `<auto-renewal-control>`: the service whose renewal is being switched on. */
  readonly service?: Service;
}

/**
 * Request: the PayPal accounts the customer has registered (answer `PayPalAccount[]`), from
 * `<order-pay-button>`, `<auto-renewal-control>` or `<paypal-accounts>`.
 */
export type PayPalAccountsRequestEvent = KitRequestEvent<PayPalAccountsDetail, PayPalAccount[]>;

export interface OrderPayAuthorizeDetail {
  readonly order: Order;
  readonly account: PayPalAccount;
  /** The same for every retry of one attempt: pass it on as `PayPal-Request-Id`. */
  readonly requestId: string;
}

/**
 * Request: charge the registered account. Answer `{ status: 'completed' | 'pending' | 'declined',
 * paymentId?, renewalActivated?, message? }`; anything else is an invalid result, never a success.
 */
export type OrderPayAuthorizeEvent = KitRequestEvent<OrderPayAuthorizeDetail, AuthorizeResult>;

/** Who asks: the order being paid, or the service whose renewal gets a new account. */
export interface PayPalClientTokenDetail {
  /** `<order-pay-button>`: the order being paid. */
  readonly order?: Order;
  /** `<auto-renewal-control>`: the service whose renewal the new account is for. */
  readonly service?: Service;
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
 * Request: capture the approved PayPal order (and vault the account). Answer like
 * `order-pay-authorize`, with `account`: the newly registered account.
 */
export type PayPalCaptureEvent = KitRequestEvent<PayPalCaptureDetail, CaptureResult>;

declare global {
  // On GlobalEventHandlersEventMap, so that element, document and window listeners are typed.
  interface GlobalEventHandlersEventMap {
    'order-pay-open': OrderPayOpenEvent;
    'order-pay-method': OrderPayMethodEvent;
    'order-pay-success': OrderPaySuccessEvent;
    'order-pay-pending': OrderPayPendingEvent;
    'order-pay-failure': OrderPayFailureEvent;
    'order-pay-close': OrderPayCloseEvent;
    'paypal-accounts': PayPalAccountsRequestEvent;
    'order-pay-authorize': OrderPayAuthorizeEvent;
    'paypal-client-token': PayPalClientTokenRequestEvent;
    'paypal-create-order': PayPalCreateOrderEvent;
    'paypal-capture': PayPalCaptureEvent;
  }
}
