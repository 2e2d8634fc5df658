/**
 * The one way an element asks its host: `request(host, type, detail)` dispatches the typed
 * `KitRequestEvent` of `type`, waits for `respondWith()`, and resolves with what happened — the
 * host's raw answer (to be validated by the caller), or why there is none. It never rejects, and
 * it logs the one `console.error` a host developer needs when nothing answers or a listener
 * throws.
 */
import type { PayPalAccount } from '../model/paypal-account.js';
import type { AuthorizeResult, CaptureResult } from '../model/payment-result.js';
import type { ChangeResult, SaveResult } from '../model/change-result.js';
import {
  KitRequestError,
  KitRequestEvent,
  sendRequest,
  type KitRequestErrorCode,
} from './kit-request-event.js';
import type {
  OrderPayAuthorizeDetail,
  PayPalAccountsDetail,
  PayPalCaptureDetail,
  PayPalClientTokenDetail,
  PayPalCreateOrderDetail,
} from './order-pay-events.js';
import type {
  PayPalAccountRemoveDetail,
  PayPalSaveDetail,
  PayPalSetupTokenDetail,
} from './paypal-account-events.js';
import type { AutoRenewalChangeDetail } from './renewal-events.js';

/** Every request an element makes: type → [detail, the answer the host gives]. */
export interface KitRequestMap {
  'paypal-accounts': [PayPalAccountsDetail, PayPalAccount[]];
  'order-pay-authorize': [OrderPayAuthorizeDetail, AuthorizeResult];
  'paypal-client-token': [PayPalClientTokenDetail, string];
  'paypal-create-order': [PayPalCreateOrderDetail, string | { id: string }];
  'paypal-capture': [PayPalCaptureDetail, CaptureResult];
  'auto-renewal-change': [AutoRenewalChangeDetail, ChangeResult];
  'paypal-account-remove': [PayPalAccountRemoveDetail, ChangeResult];
  'paypal-setup-token': [PayPalSetupTokenDetail, string | { id: string }];
  'paypal-save': [PayPalSaveDetail, SaveResult];
}

export type KitRequestType = keyof KitRequestMap;

/** The request event of `type`, as listeners receive it. */
export type KitRequestEventOf<K extends KitRequestType> = KitRequestEvent<
  KitRequestMap[K][0],
  KitRequestMap[K][1]
>;

/** What came of a request: the host's answer, unchecked, or why there is none. */
export type RequestOutcome =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly code: KitRequestErrorCode;
      /** The host's own message (a rejection's), when it gave one. */
      readonly message?: string;
    };

export interface KitRequestOptions {
  /** The element asking, named in the console (`order-pay-button`). */
  tag: string;
  /** Milliseconds to wait for the answer. */
  timeout: number;
  signal?: AbortSignal | undefined;
  /** What the missing listener is for, ending the console.error ("to charge the account"). */
  purpose?: string;
}

/**
 * Dispatches the request `type` from `target` (the asking element, or where its events go when
 * it was removed) and waits for the host's answer.
 */
export async function request<K extends KitRequestType>(
  target: EventTarget,
  type: K,
  detail: KitRequestMap[K][0],
  { tag, timeout, signal, purpose = '' }: KitRequestOptions,
): Promise<RequestOutcome> {
  try {
    const value: unknown = await sendRequest(
      target,
      new KitRequestEvent<KitRequestMap[K][0], KitRequestMap[K][1]>(type, detail),
      { timeout, ...(signal ? { signal } : {}) },
    );
    return { ok: true, value };
  } catch (error) {
    const code = error instanceof KitRequestError ? error.code : 'handler-error';
    const message = error instanceof KitRequestError ? error.hostMessage : undefined;
    if (code === 'no-handler')
      console.error(
        `<${tag}>: nothing answered "${type}": add a listener that calls event.respondWith(...)${purpose ? ` ${purpose}` : ''}.`,
      );
    else if (code === 'handler-error')
      console.error(`<${tag}>: the "${type}" listener threw: ${message ?? String(error)}`);
    return message === undefined ? { ok: false, code } : { ok: false, code, message };
  }
}
