import type { Order } from '../model/order.js';
import type { PaymentChoice } from '../model/paypal-account.js';

export interface OrderSummaryConfirmDetail {
  /** The host's own order object, as given to `<order-summary>`. */
  readonly order: Order;
  /** The payment shown in the summary: PayPal, with a registered account or `'new'`. */
  readonly payment: PaymentChoice;
}

export interface OrderSummaryBackDetail {
  /** The host's own order object, as given to `<order-summary>`. */
  readonly order: Order;
}

/**
 * The customer pressed **Prosegui e paga** in the Riepilogo ordine: the host starts the payment
 * (and usually sets `busy` on the element while it works). Not cancelable: the element does
 * nothing by itself after it.
 */
export class OrderSummaryConfirmEvent extends CustomEvent<OrderSummaryConfirmDetail> {
  static readonly type = 'order-summary-confirm';

  constructor(detail: OrderSummaryConfirmDetail) {
    super(OrderSummaryConfirmEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** The customer pressed **Indietro** in the Riepilogo ordine: the host goes back a step. */
export class OrderSummaryBackEvent extends CustomEvent<OrderSummaryBackDetail> {
  static readonly type = 'order-summary-back';

  constructor(detail: OrderSummaryBackDetail) {
    super(OrderSummaryBackEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-summary-confirm': OrderSummaryConfirmEvent;
    'order-summary-back': OrderSummaryBackEvent;
  }
}
