/**
 * One payment record per order, shared by every element of every tab of the origin: the
 * attempt's `requestId`, where it stands (in flight, outcome unknown, pending, paid, declined)
 * and, for a new PayPal account, the PayPal order and its approval.
 *
 * - **Persisted** in `localStorage` (key `customer-area-kit:payment:<order id>`, with an
 *   expiry), so that a reload or a host re-render continues the attempt with the same key.
 * - **Locked** with the Web Locks API: whoever sends a payment request holds the order's lock
 *   until the outcome is written, so two tabs cannot both send. A record `in-flight` whose lock
 *   nobody holds belongs to a page that went away mid-request: its outcome is unknown.
 * - **Broadcast** with `BroadcastChannel` (and the `storage` event), so every element for that
 *   order, in every tab, shows *Pagamento in corso* / *Pagato* at once.
 *
 * Where an API is missing (an insecure origin has no `navigator.locks`; storage may be
 * disabled) the registry keeps to the page it runs in: records in memory, an in-page lock.
 */
import type { PayPalAccount } from '../model/paypal-account.js';
import type { CaptureAccepted } from '../model/payment-result.js';
import { isRecord } from '../model/validation.js';

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
export type PaymentRecordInput = Omit<PaymentRecord, 'tab' | 'updated' | 'expires'> & {
  readonly tab?: string;
};

/** How long a record lasts, by state (milliseconds). */
export const RECORD_LIFETIME: Readonly<Record<AttemptState, number>> = {
  'in-flight': 24 * 3_600_000,
  unknown: 24 * 3_600_000,
  pending: 7 * 24 * 3_600_000,
  paid: 7 * 24 * 3_600_000,
  declined: 3_600_000,
};

export const RECORD_PREFIX = 'customer-area-kit:payment:';
const TAB_KEY = 'customer-area-kit:tab';
const CHANNEL = 'customer-area-kit:payments';
const LOCK_PREFIX = 'customer-area-kit:pay:';
const STATES: readonly AttemptState[] = ['in-flight', 'unknown', 'pending', 'paid', 'declined'];

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Channel = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
};
type Locks = Pick<LockManager, 'request' | 'query'>;

export interface PaymentRegistryOptions {
  /** `localStorage` by default; `null` keeps records in memory (this page only). */
  storage?: KeyValueStorage | null;
  /** `navigator.locks` by default; `null` locks within this page only. */
  locks?: Locks | null;
  /** A `BroadcastChannel` by default; `null` tells this page only. */
  channel?: Channel | null;
  /** This tab's id: kept in `sessionStorage` by default, so a reload keeps it. */
  tab?: string;
  now?: () => number;
}

/** An element of the page that shows an order (events about it are dispatched from it). */
export type PaymentHost = EventTarget & { readonly isConnected: boolean };

/** An order's lock, held by this page. */
export interface Hold {
  /** The element paying (it changes when another element takes the attempt over). */
  readonly owner: PaymentHost;
  release(): void;
  /** Settles once the lock is free again for every tab (after `release()`). */
  readonly released: Promise<void>;
}

export class PaymentRegistry {
  /** Whether records, locks and changes reach the other tabs of the origin. */
  readonly shared: boolean;
  /** This tab's id. */
  readonly tab: string;

  readonly #storage: KeyValueStorage;
  readonly #locks: Locks | null;
  readonly #channel: Channel | null;
  readonly #now: () => number;
  readonly #listeners = new Map<string, Set<(record: PaymentRecord | undefined) => void>>();
  /** Orders whose lock this page holds, and the element paying each. */
  readonly #held = new Map<string, { owner: PaymentHost; readonly hold: Hold }>();
  /** Elements of this page per order, in connection order. */
  readonly #hosts = new Map<string, Set<PaymentHost>>();
  /** Locks of this page on their way to being released. */
  readonly #releasing = new Map<string, Promise<void>>();
  /** Orders whose interrupted attempt an element of this page has taken up since it loaded. */
  readonly #resumed = new Set<string>();

  constructor(options: PaymentRegistryOptions = {}) {
    const storage = options.storage === undefined ? platformStorage() : options.storage;
    const locks = options.locks === undefined ? platformLocks() : options.locks;
    const channel = options.channel === undefined ? platformChannel() : options.channel;
    this.#storage = storage ?? memoryStorage();
    this.#locks = locks;
    this.#channel = channel;
    this.#now = options.now ?? Date.now;
    this.shared = storage !== null && locks !== null && channel !== null;
    this.tab = options.tab ?? tabId();
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (isRecord(data) && typeof data['orderId'] === 'string') this.#notify(data['orderId']);
      };
    }
  }

  /** The record of `orderId`, if one is stored and has not expired. */
  get(orderId: string): PaymentRecord | undefined {
    let raw: string | null;
    try {
      raw = this.#storage.getItem(RECORD_PREFIX + orderId);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    const record = parseRecord(raw, orderId);
    if (!record || record.expires <= this.#now()) {
      this.#remove(orderId);
      return undefined;
    }
    return record;
  }

  /** Stores the record and tells every element of every tab. Never throws. */
  set(input: PaymentRecordInput): PaymentRecord {
    const updated = this.#now();
    const record: PaymentRecord = {
      ...input,
      tab: input.tab ?? this.tab,
      updated,
      expires: updated + RECORD_LIFETIME[input.state],
    };
    try {
      this.#storage.setItem(RECORD_PREFIX + record.orderId, JSON.stringify(record));
    } catch {
      // A full quota or disabled storage: the page goes on, the record lives in the message.
    }
    this.#changed(record.orderId);
    return record;
  }

  /** Forgets the order's record (a host that settled it on its own, a flow that ended). */
  clear(orderId: string): void {
    this.#remove(orderId);
    this.#changed(orderId);
  }

  /** Calls `listener` with the order's record whenever it changes, in any tab. */
  subscribe(orderId: string, listener: (record: PaymentRecord | undefined) => void): () => void {
    let set = this.#listeners.get(orderId);
    if (!set) this.#listeners.set(orderId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(orderId);
    };
  }

  /**
   * Takes the order's lock for `owner` (the element paying), unless another tab or element holds
   * it: then `undefined`, at once. Hold it from the first request of an attempt until its
   * outcome is written; it is released by `release()`, or when the page goes away.
   */
  async hold(orderId: string, owner: PaymentHost): Promise<Hold | undefined> {
    // A lock this page has just released is free a moment later: not another tab's.
    await this.#releasing.get(orderId);
    if (this.#held.has(orderId)) return undefined;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    /** Settles when the lock manager has let the lock go. */
    let gone: Promise<void> = Promise.resolve();
    const entry: { owner: PaymentHost; readonly hold: Hold } = {
      owner,
      hold: {
        get owner(): PaymentHost {
          return entry.owner;
        },
        get released(): Promise<void> {
          return released.then(() => gone);
        },
        release: () => {
          if (this.#held.get(orderId) !== entry) return;
          this.#held.delete(orderId);
          this.#releasing.set(orderId, gone);
          void gone.then(() => {
            if (this.#releasing.get(orderId) === gone) this.#releasing.delete(orderId);
          });
          release();
        },
      } satisfies Hold,
    };
    if (!this.#locks) {
      this.#held.set(orderId, entry);
      return entry.hold;
    }
    const locks = this.#locks;
    return new Promise<Hold | undefined>((resolve) => {
      gone = locks
        .request(LOCK_PREFIX + orderId, { ifAvailable: true }, (lock) => {
          if (!lock || this.#held.has(orderId)) return undefined;
          this.#held.set(orderId, entry);
          resolve(entry.hold);
          return released;
        })
        .then(
          () => resolve(undefined),
          () => resolve(undefined),
        );
    });
  }

  /** The element of this page paying `orderId`, when this page holds its lock. */
  holder(orderId: string): PaymentHost | undefined {
    return this.#held.get(orderId)?.owner;
  }

  /** `host` takes over the attempt of `orderId` (its element went away during a request). */
  handOver(orderId: string, host: PaymentHost): void {
    const entry = this.#held.get(orderId);
    if (entry) entry.owner = host;
  }

  /**
   * Resolves once no tab holds the order's lock: its attempt is over, written, or its page went
   * away (the lock manager lets a closed page's locks go).
   */
  async free(orderId: string): Promise<void> {
    if (!this.#locks) return;
    try {
      await this.#locks.request(LOCK_PREFIX + orderId, () => undefined);
    } catch {
      // No lock manager after all: nothing to wait for.
    }
  }

  /** Whether any tab holds the order's lock. */
  async busy(orderId: string): Promise<boolean> {
    if (this.#held.has(orderId)) return true;
    if (!this.#locks) return false;
    try {
      const { held = [] } = await this.#locks.query();
      return held.some((lock) => lock.name === LOCK_PREFIX + orderId);
    } catch {
      return false;
    }
  }

  /**
   * The record, with an `in-flight` attempt that nobody is sending any more (its page was
   * reloaded or closed mid-request) turned into what it is: `unknown` — or gone, for a new
   * PayPal account the customer never approved (nothing can have been charged).
   */
  async settled(orderId: string): Promise<PaymentRecord | undefined> {
    const record = this.get(orderId);
    if (record?.state !== 'in-flight' || (await this.busy(orderId))) return record;
    const again = this.get(orderId);
    if (again?.state !== 'in-flight' || again.updated !== record.updated) return again;
    if (again.account === 'new' && !again.paypal?.approved) {
      this.clear(orderId);
      return undefined;
    }
    return this.set({ ...stripMeta(again), state: 'unknown' });
  }

  /**
   * Whether an element of this page should take up the interrupted attempt of `orderId` (after
   * a reload or PayPal's return): `true` once per page and order.
   */
  claimResume(orderId: string): boolean {
    if (this.#resumed.has(orderId)) return false;
    this.#resumed.add(orderId);
    return true;
  }

  /** An element of this page shows `orderId`. */
  attach(orderId: string, host: PaymentHost): void {
    let set = this.#hosts.get(orderId);
    if (!set) this.#hosts.set(orderId, (set = new Set()));
    set.add(host);
  }

  detach(orderId: string, host: EventTarget): void {
    const set = this.#hosts.get(orderId);
    set?.delete(host as PaymentHost);
    if (set?.size === 0) this.#hosts.delete(orderId);
  }

  /**
   * Where to dispatch an outcome of `orderId`: `preferred` while it is connected, else the first
   * connected element of this page for that order, else the document.
   */
  target(orderId: string, preferred?: PaymentHost): EventTarget {
    if (preferred?.isConnected) return preferred;
    const owner = this.holder(orderId);
    if (owner?.isConnected) return owner;
    for (const host of this.#hosts.get(orderId) ?? []) if (host.isConnected) return host;
    return document;
  }

  #remove(orderId: string): void {
    try {
      this.#storage.removeItem(RECORD_PREFIX + orderId);
    } catch {
      // Nothing to do.
    }
  }

  #changed(orderId: string): void {
    try {
      this.#channel?.postMessage({ orderId });
    } catch {
      // A closed channel: the other tabs read the record on their next look.
    }
    this.#notify(orderId);
  }

  #notify(orderId: string): void {
    const listeners = this.#listeners.get(orderId);
    if (!listeners) return;
    const record = this.get(orderId);
    for (const listener of [...listeners]) listener(record);
  }

  /** Another tab wrote to localStorage (a backstop where BroadcastChannel is missing). */
  storageChanged(key: string | null): void {
    if (key?.startsWith(RECORD_PREFIX)) this.#notify(key.slice(RECORD_PREFIX.length));
  }
}

/** The record without what the registry adds, to write it again changed. */
export function stripMeta(record: PaymentRecord): PaymentRecordInput {
  const rest: { -readonly [K in keyof PaymentRecord]?: PaymentRecord[K] } = { ...record };
  delete rest.updated;
  delete rest.expires;
  return rest as PaymentRecordInput;
}

function parseRecord(raw: string, orderId: string): PaymentRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (
    !isRecord(value) ||
    value['orderId'] !== orderId ||
    typeof value['requestId'] !== 'string' ||
    !STATES.includes(value['state'] as AttemptState) ||
    typeof value['tab'] !== 'string' ||
    typeof value['updated'] !== 'number' ||
    typeof value['expires'] !== 'number'
  )
    return undefined;
  const account = value['account'];
  if (account !== 'new' && !(isRecord(account) && typeof account['id'] === 'string'))
    return undefined;
  const paypal = value['paypal'];
  if (paypal !== undefined && !(isRecord(paypal) && typeof paypal['orderId'] === 'string'))
    return undefined;
  return value as unknown as PaymentRecord;
}

function platformStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = `${RECORD_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function platformLocks(): Locks | null {
  return (typeof navigator !== 'undefined' && navigator.locks) || null;
}

function platformChannel(): Channel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function tabId(): string {
  try {
    const existing = sessionStorage.getItem(TAB_KEY);
    if (existing) return existing;
    const id = randomId();
    sessionStorage.setItem(TAB_KEY, id);
    return id;
  } catch {
    return randomId();
  }
}

/** A random UUID v4 (`crypto.randomUUID()` is missing outside secure contexts). */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let registry: PaymentRegistry | undefined;

/** The page's registry (one per document), created on first use. */
export function paymentRegistry(): PaymentRegistry {
  if (!registry) {
    const created = new PaymentRegistry();
    registry = created;
    if (!created.shared)
      console.warn(
        'customer-area-kit: payments are protected within this page only (no localStorage, Web Locks or BroadcastChannel here).',
      );
    globalThis.addEventListener?.('storage', (event) => created.storageChanged(event.key));
  }
  return registry;
}

/**
 * Forgets the payment record of an order in every tab: for a host whose backend settled an
 * attempt on its own (an `unknown` outcome it has checked, a `pending` payment that failed).
 */
export function forgetPayment(orderId: string): void {
  paymentRegistry().clear(orderId);
}
