import type { Environment, Product } from '../model/product.js';

export interface EnvSelectDetail {
  readonly product: Product;
  /** The chosen environment; `null` for a product without environments. */
  readonly environment: Environment | null;
}

/**
 * The customer chose where to enter a product. Cancelable: call `preventDefault()` to route
 * yourself instead of letting the element navigate to the environment's `href`.
 */
export class EnvSelectEvent extends CustomEvent<EnvSelectDetail> {
  static readonly type = 'env-select';

  constructor(detail: EnvSelectDetail) {
    super(EnvSelectEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'env-select': EnvSelectEvent;
  }
}
