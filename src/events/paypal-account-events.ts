import type { ChangeResult, SaveResult } from '../model/change-result.js';
import type { PayPalAccount } from '../model/paypal-account.js';
import type { Service } from '../model/service.js';
import type { KitRequestEvent } from './kit-request-event.js';

export type { SaveResult } from '../model/change-result.js';

export interface PayPalAccountRemoveDetail {
  /** The account to remove (the host's own object). */
  readonly account: PayPalAccount;
  /** The same for every retry of this removal while its outcome is unknown. */
  readonly requestId: string;
}

/**
 * Request: remove a registered PayPal account (delete its vaulted payment token). Answer
 * `{ status: 'completed' }`, or `{ status: 'declined', message }` to refuse (the message is
 * shown to the customer). The renewals it paid stop: say so in your data.
 */
export type PayPalAccountRemoveEvent = KitRequestEvent<PayPalAccountRemoveDetail, ChangeResult>;

export interface PayPalSetupTokenDetail {
  /** The registration's key, the same for its `paypal-save`: pass it on as `PayPal-Request-Id`. */
  readonly requestId: string;
  /** `<auto-renewal-control>`: the service whose renewal the new account is for. */
  readonly service?: Service;
}

/**
 * Request: a vault setup token for a PayPal account saved without a payment (`POST
 * /v3/vault/setup-tokens` with `payment_source.paypal`). Answer its id, as a string or `{ id }`.
 */
export type PayPalSetupTokenEvent = KitRequestEvent<
  PayPalSetupTokenDetail,
  string | { id: string }
>;

export interface PayPalSaveDetail {
  /** The setup token the customer approved at PayPal. */
  readonly vaultSetupToken: string;
  readonly payerId: string | undefined;
  /** The registration's key: the same on every retry (`PayPal-Request-Id`). */
  readonly requestId: string;
  /** `<auto-renewal-control>`: the service whose renewal the new account is for. */
  readonly service?: Service;
}

/**
 * Request: create the payment token from the approved setup token (`POST
 * /v3/vault/payment-tokens`) and register the account. Answer
 * `{ status: 'completed', account: { id, email, label? } }` or `{ status: 'declined', message? }`.
 */
export type PayPalSaveEvent = KitRequestEvent<PayPalSaveDetail, SaveResult>;

export interface PayPalAccountAddedDetail {
  /** The account just registered (from `paypal-save`'s answer). */
  readonly account: PayPalAccount;
  readonly requestId: string;
}

/** A PayPal account was registered without a payment: add it to your data. */
export class PayPalAccountAddedEvent extends CustomEvent<PayPalAccountAddedDetail> {
  static readonly type = 'paypal-account-added';

  constructor(detail: PayPalAccountAddedDetail) {
    super(PayPalAccountAddedEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface PayPalAccountRemovedDetail {
  readonly account: PayPalAccount;
  /** The services whose automatic renewal used the account: they no longer renew. */
  readonly services: readonly Service[];
  readonly requestId: string;
}

/** The backend removed the account (`{ status: 'completed' }`): update your data. */
export class PayPalAccountRemovedEvent extends CustomEvent<PayPalAccountRemovedDetail> {
  static readonly type = 'paypal-account-removed';

  constructor(detail: PayPalAccountRemovedDetail) {
    super(PayPalAccountRemovedEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paypal-account-remove': PayPalAccountRemoveEvent;
    'paypal-setup-token': PayPalSetupTokenEvent;
    'paypal-save': PayPalSaveEvent;
    'paypal-account-added': PayPalAccountAddedEvent;
    'paypal-account-removed': PayPalAccountRemovedEvent;
  }
}
