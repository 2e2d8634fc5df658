import type { ChangeResult } from '../model/change-result.js';
import type { PayPalAccount } from '../model/paypal-account.js';
import type { Service } from '../model/service.js';
import type { KitRequestEvent } from './kit-request-event.js';

export type { ChangeDeclined, ChangeResult } from '../model/change-result.js';

export interface AutoRenewalChangeDetail {
  /** The service, as the host gave it. */
  readonly service: Service;
  /** `false`: switch automatic renewal off; `true`: switch it on, charging `account`. */
  readonly enabled: boolean;
  /** With `enabled: true`: the registered PayPal account to charge (new or chosen). */
  readonly account?: PayPalAccount;
  /** The same for every retry of this change while its outcome is unknown. */
  readonly requestId: string;
}

/**
 * Request: switch the service's automatic renewal off or on. Answer
 * `{ status: 'completed' } | { status: 'declined', message?, reason? }`; anything else is an
 * invalid result, never a success.
 */
export type AutoRenewalChangeEvent = KitRequestEvent<AutoRenewalChangeDetail, ChangeResult>;

export interface AutoRenewalChangedDetail {
  readonly service: Service;
  readonly enabled: boolean;
  /** With `enabled: true`: the account charged from now on. */
  readonly account?: PayPalAccount;
  readonly requestId: string;
}

/**
 * The backend switched the renewal (`{ status: 'completed' }`): update your data. Dispatched once,
 * in the page that asked, from the element (or another for the same service, or `document`).
 */
export class AutoRenewalChangedEvent extends CustomEvent<AutoRenewalChangedDetail> {
  static readonly type = 'auto-renewal-changed';

  constructor(detail: AutoRenewalChangedDetail) {
    super(AutoRenewalChangedEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auto-renewal-change': AutoRenewalChangeEvent;
    'auto-renewal-changed': AutoRenewalChangedEvent;
  }
}
