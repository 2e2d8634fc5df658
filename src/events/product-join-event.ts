import type { Product } from '../model/product.js';

export interface ProductJoinDetail {
  /** The product the customer asked to join (validated; URLs absolute). */
  readonly product: Product;
}

/**
 * The customer pressed **Aderisci** on an available product: the host's cue to start the
 * membership request (open its own form, call its backend...). The element has no default action
 * of its own; the event is cancelable so that a handler can mark it as taken over
 * (`preventDefault()`) for the listeners after it.
 */
export class ProductJoinEvent extends CustomEvent<ProductJoinDetail> {
  static readonly type = 'product-join';

  constructor(detail: ProductJoinDetail) {
    super(ProductJoinEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'product-join': ProductJoinEvent;
  }
}
