/**
 * Records of attempts the backend must see once, keyed by any string (an order id, a service id,
 * a PayPal account id), shared by every element of every tab of the origin: the attempt's
 * `requestId` and where it stands.
 *
 * - **Persisted** in `localStorage` (`<prefix><key>`, with an expiry), so that a reload or a host
 *   re-render continues the attempt with the same key.
 * - **Locked** with the Web Locks API: whoever sends a request holds the key's lock until the
 *   outcome is written, so two tabs cannot both send. A record `in-flight` whose lock nobody holds
 *   belongs to a page that went away mid-request: its outcome is unknown.
 * - **Broadcast** with `BroadcastChannel` (and the `storage` event), so every element of that key,
 *   in every tab, shows the change at once.
 *
 * Where an API is missing (an insecure origin has no `navigator.locks`; storage may be
 * disabled) the registry keeps to the page it runs in: records in memory, an in-page lock.
 * `PaymentRegistry` (orders) and the change registry (renewals, accounts) are its two kinds.
 */
import { isRecord } from '../model/validation.js';

/** What every record holds, whatever it is about. */
export interface AttemptRecord {
  /** The idempotency key of the attempt (`PayPal-Request-Id`). */
  readonly requestId: string;
  /** Where the attempt stands; `in-flight` and `unknown` mean the same to every kind. */
  readonly state: string;
  /** The tab that made the attempt (a reload keeps it). */
  readonly tab: string;
  /** Milliseconds since the epoch. */
  readonly updated: number;
  readonly expires: number;
}

/** What a caller writes; the registry adds `tab`, `updated` and `expires`. */
export type AttemptInput<R extends AttemptRecord> = Omit<R, 'tab' | 'updated' | 'expires'> & {
  readonly tab?: string;
};

/** What makes one kind of record: where it is kept, for how long, and how it is read back. */
export interface AttemptKind<R extends AttemptRecord> {
  /** `localStorage` key prefix: a record lives at `prefix + key`. */
  readonly prefix: string;
  /** Web Locks name prefix. */
  readonly lockPrefix: string;
  /** BroadcastChannel name. */
  readonly channel: string;
  /** The key a record is stored under. */
  keyOf(record: AttemptInput<R>): string;
  /** How long a record in `state` lasts, in milliseconds. */
  lifetime(state: R['state']): number;
  /** A stored value as the record of `key` (the shared fields are already checked), or `undefined`. */
  parse(value: Record<string, unknown>, key: string): R | undefined;
}

const TAB_KEY = 'customer-area-kit:tab';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Channel = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
};
type Locks = Pick<LockManager, 'request' | 'query'>;

export interface AttemptRegistryOptions {
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

/** An element of the page that shows a key (events about it are dispatched from it). */
export type AttemptHost = EventTarget & { readonly isConnected: boolean };

/** A key's lock, held by this page. */
export interface Hold {
  /** The element sending (it changes when another element takes the attempt over). */
  readonly owner: AttemptHost;
  release(): void;
  /** Settles once the lock is free again for every tab (after `release()`). */
  readonly released: Promise<void>;
}

export class AttemptRegistry<R extends AttemptRecord> {
  /** Whether records, locks and changes reach the other tabs of the origin. */
  readonly shared: boolean;
  /** This tab's id. */
  readonly tab: string;

  readonly #kind: AttemptKind<R>;
  readonly #storage: KeyValueStorage;
  readonly #locks: Locks | null;
  readonly #channel: Channel | null;
  readonly #now: () => number;
  readonly #listeners = new Map<string, Set<(record: R | undefined) => void>>();
  /** Keys whose lock this page holds, and the element sending each. */
  readonly #held = new Map<string, { owner: AttemptHost; readonly hold: Hold }>();
  /** Elements of this page per key, in connection order. */
  readonly #hosts = new Map<string, Set<AttemptHost>>();
  /** Locks of this page on their way to being released. */
  readonly #releasing = new Map<string, Promise<void>>();
  /** Keys whose interrupted attempt an element of this page has taken up since it loaded. */
  readonly #resumed = new Set<string>();

  constructor(kind: AttemptKind<R>, options: AttemptRegistryOptions = {}) {
    this.#kind = kind;
    const storage = options.storage === undefined ? platformStorage(kind.prefix) : options.storage;
    const locks = options.locks === undefined ? platformLocks() : options.locks;
    const channel = options.channel === undefined ? platformChannel(kind.channel) : options.channel;
    this.#storage = storage ?? memoryStorage();
    this.#locks = locks;
    this.#channel = channel;
    this.#now = options.now ?? Date.now;
    this.shared = storage !== null && locks !== null && channel !== null;
    this.tab = options.tab ?? tabId();
    if (this.#channel) {
      this.#channel.onmessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (isRecord(data) && typeof data['key'] === 'string') this.#notify(data['key']);
      };
    }
  }

  /** The record of `key`, if one is stored and has not expired. */
  get(key: string): R | undefined {
    let raw: string | null;
    try {
      raw = this.#storage.getItem(this.#kind.prefix + key);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    const record = this.#parse(raw, key);
    if (!record || record.expires <= this.#now()) {
      this.#remove(key);
      return undefined;
    }
    return record;
  }

  /** Stores the record and tells every element of every tab. Never throws. */
  set(input: AttemptInput<R>): R {
    const updated = this.#now();
    const record = {
      ...input,
      tab: input.tab ?? this.tab,
      updated,
      expires: updated + this.#kind.lifetime(input.state),
    } as unknown as R;
    const key = this.#kind.keyOf(input);
    try {
      this.#storage.setItem(this.#kind.prefix + key, JSON.stringify(record));
    } catch {
      // A full quota or disabled storage: the page goes on, the record lives in the message.
    }
    this.#changed(key);
    return record;
  }

  /** Forgets the key's record (a host that settled it on its own, an attempt that ended). */
  clear(key: string): void {
    this.#remove(key);
    this.#changed(key);
  }

  /** Calls `listener` with the key's record whenever it changes, in any tab. */
  subscribe(key: string, listener: (record: R | undefined) => void): () => void {
    let set = this.#listeners.get(key);
    if (!set) this.#listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(key);
    };
  }

  /**
   * Takes the key's lock for `owner` (the element sending), unless another tab or element holds
   * it: then `undefined`, at once. Hold it from the first request of an attempt until its
   * outcome is written; it is released by `release()`, or when the page goes away.
   */
  async hold(key: string, owner: AttemptHost): Promise<Hold | undefined> {
    // A lock this page has just released is free a moment later: not another tab's.
    await this.#releasing.get(key);
    if (this.#held.has(key)) return undefined;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    /** Settles when the lock manager has let the lock go. */
    let gone: Promise<void> = Promise.resolve();
    const entry: { owner: AttemptHost; readonly hold: Hold } = {
      owner,
      hold: {
        get owner(): AttemptHost {
          return entry.owner;
        },
        get released(): Promise<void> {
          return released.then(() => gone);
        },
        release: () => {
          if (this.#held.get(key) !== entry) return;
          this.#held.delete(key);
          this.#releasing.set(key, gone);
          void gone.then(() => {
            if (this.#releasing.get(key) === gone) this.#releasing.delete(key);
          });
          release();
        },
      } satisfies Hold,
    };
    if (!this.#locks) {
      this.#held.set(key, entry);
      return entry.hold;
    }
    const locks = this.#locks;
    return new Promise<Hold | undefined>((resolve) => {
      gone = locks
        .request(this.#kind.lockPrefix + key, { ifAvailable: true }, (lock) => {
          if (!lock || this.#held.has(key)) return undefined;
          this.#held.set(key, entry);
          resolve(entry.hold);
          return released;
        })
        .then(
          () => resolve(undefined),
          () => resolve(undefined),
        );
    });
  }

  /** The element of this page sending for `key`, when this page holds its lock. */
  holder(key: string): AttemptHost | undefined {
    return this.#held.get(key)?.owner;
  }

  /** `host` takes over the attempt of `key` (its element went away during a request). */
  handOver(key: string, host: AttemptHost): void {
    const entry = this.#held.get(key);
    if (entry) entry.owner = host;
  }

  /**
   * Resolves once no tab holds the key's lock: its attempt is over, written, or its page went
   * away (the lock manager lets a closed page's locks go).
   */
  async free(key: string): Promise<void> {
    if (!this.#locks) return;
    try {
      await this.#locks.request(this.#kind.lockPrefix + key, () => undefined);
    } catch {
      // No lock manager after all: nothing to wait for.
    }
  }

  /** Whether any tab holds the key's lock. */
  async busy(key: string): Promise<boolean> {
    if (this.#held.has(key)) return true;
    if (!this.#locks) return false;
    try {
      const { held = [] } = await this.#locks.query();
      return held.some((lock) => lock.name === this.#kind.lockPrefix + key);
    } catch {
      return false;
    }
  }

  /**
   * The record, with an `in-flight` attempt that nobody is sending any more (its page was
   * reloaded or closed mid-request) turned into what it is: `unknown` — or gone, when
   * `abandoned()` says nothing can have happened.
   */
  async settled(key: string): Promise<R | undefined> {
    const record = this.get(key);
    if (record?.state !== 'in-flight' || (await this.busy(key))) return record;
    const again = this.get(key);
    if (again?.state !== 'in-flight' || again.updated !== record.updated) return again;
    if (this.abandoned(again)) {
      this.clear(key);
      return undefined;
    }
    return this.set({ ...stripMeta(again), state: 'unknown' } as AttemptInput<R>);
  }

  /**
   * Whether an attempt left `in-flight` by a page that went away cannot have reached the
   * backend (then it is forgotten rather than unknown). Nothing, by default.
   */
  protected abandoned(_record: R): boolean {
    return false;
  }

  /**
   * Whether an element of this page should take up the interrupted attempt of `key` (after a
   * reload or PayPal's return): `true` once per page and key.
   */
  claimResume(key: string): boolean {
    if (this.#resumed.has(key)) return false;
    this.#resumed.add(key);
    return true;
  }

  /** An element of this page shows `key`. */
  attach(key: string, host: AttemptHost): void {
    let set = this.#hosts.get(key);
    if (!set) this.#hosts.set(key, (set = new Set()));
    set.add(host);
  }

  detach(key: string, host: EventTarget): void {
    const set = this.#hosts.get(key);
    set?.delete(host as AttemptHost);
    if (set?.size === 0) this.#hosts.delete(key);
  }

  /**
   * Where to dispatch an outcome of `key`: `preferred` while it is connected, else the first
   * connected element of this page for that key, else the document.
   */
  target(key: string, preferred?: AttemptHost): EventTarget {
    if (preferred?.isConnected) return preferred;
    const owner = this.holder(key);
    if (owner?.isConnected) return owner;
    for (const host of this.#hosts.get(key) ?? []) if (host.isConnected) return host;
    return document;
  }

  /** Another tab wrote to localStorage (a backstop where BroadcastChannel is missing). */
  storageChanged(storageKey: string | null): void {
    if (storageKey?.startsWith(this.#kind.prefix))
      this.#notify(storageKey.slice(this.#kind.prefix.length));
  }

  #parse(raw: string, key: string): R | undefined {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (
      !isRecord(value) ||
      typeof value['requestId'] !== 'string' ||
      typeof value['state'] !== 'string' ||
      typeof value['tab'] !== 'string' ||
      typeof value['updated'] !== 'number' ||
      typeof value['expires'] !== 'number'
    )
      return undefined;
    return this.#kind.parse(value, key);
  }

  #remove(key: string): void {
    try {
      this.#storage.removeItem(this.#kind.prefix + key);
    } catch {
      // Nothing to do.
    }
  }

  #changed(key: string): void {
    try {
      this.#channel?.postMessage({ key });
    } catch {
      // A closed channel: the other tabs read the record on their next look.
    }
    this.#notify(key);
  }

  #notify(key: string): void {
    const listeners = this.#listeners.get(key);
    if (!listeners) return;
    const record = this.get(key);
    for (const listener of [...listeners]) listener(record);
  }
}

/** The record without what the registry adds, to write it again changed. */
export function stripMeta<R extends AttemptRecord>(record: R): AttemptInput<R> {
  const rest: { -readonly [K in keyof AttemptRecord]?: AttemptRecord[K] } = { ...record };
  delete rest.updated;
  delete rest.expires;
  return rest as AttemptInput<R>;
}

/**
 * The page's registry of a kind (one per document), created on first use: it says once when
 * it protects this page only, and listens for other tabs' writes to storage.
 */
export function pageRegistry<
  T extends { readonly shared: boolean; storageChanged(key: string | null): void },
>(create: () => T, what: string): () => T {
  let registry: T | undefined;
  return () => {
    if (!registry) {
      const created = create();
      registry = created;
      if (!created.shared)
        console.warn(
          `customer-area-kit: ${what} are protected within this page only (no localStorage, Web Locks or BroadcastChannel here).`,
        );
      globalThis.addEventListener?.('storage', (event) => created.storageChanged(event.key));
    }
    return registry;
  };
}

function platformStorage(prefix: string): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = `${prefix}probe`;
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

function platformChannel(name: string): Channel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
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
