/**
 * The record of one change the customer asks of the backend that is not a payment — switching a
 * service's automatic renewal off or on, removing a registered PayPal account — shared by every
 * element of every tab of the origin (an `AttemptRegistry`, keyed `auto-renewal:<service id>` or
 * `paypal-account:<account id>`): one request at a time per key, and the same `requestId` for
 * the same change until its outcome is definitive.
 */
import { isRecord } from '../model/validation.js';
import { AttemptRegistry, pageRegistry, type AttemptRegistryOptions } from './attempt-registry.js';

/** Where a change stands. */
export type ChangeState =
  /** A request is out, and its sender holds the key's lock. */
  | 'in-flight'
  /** A request went out and nobody knows what happened: the same change keeps its `requestId`. */
  | 'unknown'
  /** The backend made the change. */
  | 'done'
  /** The backend refused it: the next attempt gets a new `requestId`. */
  | 'declined';

export interface ChangeRecord {
  /** `auto-renewal:<service id>`, `paypal-account:<account id>`. */
  readonly key: string;
  readonly requestId: string;
  readonly state: ChangeState;
  /** The change asked, as the element reads it back (JSON). */
  readonly change: Readonly<Record<string, unknown>>;
  /** The same for the same change (`off`, `on:<account id>`, `remove`): a retry matches on it. */
  readonly signature: string;
  /** `unknown` and `declined`: why (a request error code, `declined`, `invalid-result`). */
  readonly error?: { readonly code: string; readonly message?: string };
  readonly tab: string;
  readonly updated: number;
  readonly expires: number;
}

const STATES: readonly ChangeState[] = ['in-flight', 'unknown', 'done', 'declined'];

/** How long a record lasts, by state (milliseconds): a done change only until hosts catch up. */
export const CHANGE_LIFETIME: Readonly<Record<ChangeState, number>> = {
  'in-flight': 24 * 3_600_000,
  unknown: 24 * 3_600_000,
  done: 10 * 60_000,
  declined: 10 * 60_000,
};

export const CHANGE_PREFIX = 'customer-area-kit:change:';

export class ChangeRegistry extends AttemptRegistry<ChangeRecord> {
  constructor(options: AttemptRegistryOptions = {}) {
    super(
      {
        prefix: CHANGE_PREFIX,
        lockPrefix: 'customer-area-kit:change:',
        channel: 'customer-area-kit:changes',
        keyOf: (record) => record.key,
        lifetime: (state) => CHANGE_LIFETIME[state],
        parse: (value, key) =>
          value['key'] === key &&
          STATES.includes(value['state'] as ChangeState) &&
          typeof value['signature'] === 'string' &&
          isRecord(value['change'])
            ? (value as unknown as ChangeRecord)
            : undefined,
      },
      options,
    );
  }
}

/** The page's change registry (one per document), created on first use. */
export const changeRegistry: () => ChangeRegistry = pageRegistry(
  () => new ChangeRegistry(),
  'changes to automatic renewals and PayPal accounts',
);
