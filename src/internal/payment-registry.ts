/**
 * One payment record per order, shared by every element of every tab of the origin: the
 * attempt's `requestId`, where it stands (in flight, outcome unknown, pending, paid, declined)
 * and, for a new PayPal account, the PayPal order and its approval. An `AttemptRegistry` keyed
 * by order id: persisted in `localStorage` (`customer-area-kit:payment:<order id>`), locked with
 * the Web Locks API while a request is out, broadcast to every tab.
 */
import type { PayPalAccount } from '../model/paypal-account.js';
import type { CaptureAccepted } from '../model/payment-result.js';
import { isRecord } from '../model/validation.js';
import {
  AttemptRegistry,
  pageRegistry,
  type AttemptHost,
  type AttemptInput,
  type AttemptRegistryOptions,
} from './attempt-registry.js';

export { randomId, stripMeta, type Hold } from './attempt-registry.js';

/** Where the current attempt of an order stands. */
export type AttemptState =
  /** A request is out, and its sender holds the order's lock. */
  | 'in-flight'
  /** A request went out and nobody knows what happened (timeout, network, invalid answer). */
  | 'unknown'
  /** The backend accepted the payment and is processing it. */
  | 'pending'
  /** Paid. */
  | 'paid'
  /** Refused: nothing was charged; the next attempt gets a new key. */
  | 'declined';

/** A new PayPal account's PayPal order: created, then approved by the customer. */
export interface PayPalOrderRecord {
  readonly orderId: string;
  readonly payerId?: string;
  /** The customer approved it at PayPal: only the capture is left. */
  readonly approved: boolean;
}

export interface PaymentRecord {
  readonly orderId: string;
  /** The idempotency key of the attempt (`PayPal-Request-Id`). */
  readonly requestId: string;
  readonly state: AttemptState;
  /** The registered account charged, or `'new'`. */
  readonly account: PayPalAccount | 'new';
  readonly paypal?: PayPalOrderRecord;
  /** `paid` and `pending`: what the backend answered. */
  readonly result?: CaptureAccepted;
  /** `declined` and `unknown`: why, as the flow's error (`code`, host `message`). */
  readonly error?: { readonly code: string; readonly message?: string };
  /** The tab that made the attempt (a reload keeps it). */
  readonly tab: string;
  /** Milliseconds since the epoch. */
  readonly updated: number;
  readonly expires: number;
}

/** What a caller writes; the registry adds `tab`, `updated` and `expires`. */
export type PaymentRecordInput = AttemptInput<PaymentRecord>;

/** How long a record lasts, by state (milliseconds). */
export const RECORD_LIFETIME: Readonly<Record<AttemptState, number>> = {
  'in-flight': 24 * 3_600_000,
  unknown: 24 * 3_600_000,
  pending: 7 * 24 * 3_600_000,
  paid: 7 * 24 * 3_600_000,
  declined: 3_600_000,
};

export const RECORD_PREFIX = 'customer-area-kit:payment:';
const STATES: readonly AttemptState[] = ['in-flight', 'unknown', 'pending', 'paid', 'declined'];

export type PaymentRegistryOptions = AttemptRegistryOptions;

/** An element of the page that shows an order (events about it are dispatched from it). */
export type PaymentHost = AttemptHost;

export class PaymentRegistry extends AttemptRegistry<PaymentRecord> {
  constructor(options: PaymentRegistryOptions = {}) {
    super(
      {
        prefix: RECORD_PREFIX,
        lockPrefix: 'customer-area-kit:pay:',
        channel: 'customer-area-kit:payments',
        keyOf: (record) => record.orderId,
        lifetime: (state) => RECORD_LIFETIME[state],
        parse: parseRecord,
      },
      options,
    );
  }

  /** A new PayPal account the customer never approved: nothing can have been charged. */
  protected override abandoned(record: PaymentRecord): boolean {
    return record.account === 'new' && !record.paypal?.approved;
  }
}

function parseRecord(value: Record<string, unknown>, orderId: string): PaymentRecord | undefined {
  if (value['orderId'] !== orderId || !STATES.includes(value['state'] as AttemptState))
    return undefined;
  const account = value['account'];
  if (account !== 'new' && !(isRecord(account) && typeof account['id'] === 'string'))
    return undefined;
  const paypal = value['paypal'];
  if (paypal !== undefined && !(isRecord(paypal) && typeof paypal['orderId'] === 'string'))
    return undefined;
  return value as unknown as PaymentRecord;
}

/** The page's registry (one per document), created on first use. */
export const paymentRegistry: () => PaymentRegistry = pageRegistry(
  () => new PaymentRegistry(),
  'payments',
);

/**
 * Forgets the payment record of an order in every tab: for a host whose backend settled an
 * attempt on its own (an `unknown` outcome it has checked, a `pending` payment that failed).
 */
export function forgetPayment(orderId: string): void {
  paymentRegistry().clear(orderId);
}
