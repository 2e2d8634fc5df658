import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RequestOutcome } from '../events/request.js';
import { parseChangeResult } from '../model/change-result.js';
import { randomId } from './attempt-registry.js';
import { changeRegistry, type ChangeRecord, type ChangeRegistry } from './change-registry.js';
import { logFailure } from './log-failure.js';
import { logIssue } from './report.js';

/** Why a change failed: a request error code, `declined` or `invalid-result`, and the host's words. */
export interface ChangeError {
  readonly code: string;
  readonly message?: string;
}

/**
 * What came of a change: made, failed (`declined`: refused, nothing changed; `unknown`: nobody
 * knows, the same change keeps its key), or not sent because another element or tab is sending
 * for the same key.
 */
export type ChangeOutcome =
  | { readonly status: 'done'; readonly requestId: string }
  | {
      readonly status: 'failed';
      readonly requestId: string;
      readonly outcome: 'declined' | 'unknown';
      readonly error: ChangeError;
    }
  | { readonly status: 'busy' };

/** One change to send. */
export interface ChangeRequest {
  /** The record's key (`auto-renewal:<service id>`). */
  readonly key: string;
  /** The request type, named in the console when its answer is invalid. */
  readonly type: string;
  /** What is asked, kept in the record (JSON). */
  readonly change: Readonly<Record<string, unknown>>;
  /** The same for the same change: an unknown outcome of this signature keeps its `requestId`. */
  readonly signature: string;
  /** Dispatches the request with the attempt's key from `target` (the element, or its stand-in). */
  send(requestId: string, target: EventTarget): Promise<RequestOutcome>;
}

export interface ChangeControllerOptions {
  /**
   * A watched key's record as it stands: `live` when another element or tab just changed it,
   * not when it is read on connection (an old `done` record says nothing the host's data do not).
   */
  changed(key: string, record: ChangeRecord | undefined, live: boolean): void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The changes an element asks of the backend, as every tab sees them: one request at a time per
 * key (the key's lock is held from the request until its outcome is written), the same
 * `requestId` for the same change while its outcome is unknown (Riprova, a closed dialog, a
 * reload, another tab), a new one after a definitive outcome. The element hears what other
 * elements and tabs do with the keys it shows.
 */
export class ChangeController implements ReactiveController {
  readonly #host: Host;
  readonly #options: ChangeControllerOptions;
  readonly #registryOf: () => ChangeRegistry;
  readonly #watched = new Map<string, () => void>();
  /** Keys this element is sending for: their record changes are not news to it. */
  readonly #running = new Set<string>();
  readonly #waiting = new Set<string>();

  constructor(host: Host, options: ChangeControllerOptions, registry = changeRegistry) {
    this.#host = host;
    this.#options = options;
    this.#registryOf = registry;
    host.addController(this);
  }

  /** Created on first use, in the browser: a server rendering the element never needs it. */
  get #registry(): ChangeRegistry {
    return this.#registryOf();
  }

  /** The record of `key`, as it is now in every tab. */
  record(key: string): ChangeRecord | undefined {
    return this.#registry.get(key);
  }

  /** Whether another element or tab is sending a change of `key` right now. */
  busy(key: string): boolean {
    // A page rendered on a server shows the host's data; the browser then says what is going on.
    if (!this.#host.isConnected) return false;
    return (
      !this.#running.has(key) &&
      this.#registry.get(key)?.state === 'in-flight' &&
      this.#registry.holder(key) !== this.#host
    );
  }

  /** The keys the element shows: follows their records. Call whenever they change. */
  watch(keys: readonly string[]): void {
    const next = new Set(keys);
    for (const [key, stop] of this.#watched)
      if (!next.has(key)) {
        stop();
        this.#watched.delete(key);
      }
    if (!this.#host.isConnected) return;
    for (const key of next) if (!this.#watched.has(key)) this.#start(key);
  }

  hostConnected(): void {
    for (const key of [...this.#watched.keys()]) {
      this.#watched.get(key)?.();
      this.#watched.delete(key);
      this.#start(key);
    }
  }

  hostDisconnected(): void {
    for (const [key, stop] of this.#watched) {
      stop();
      // Keep the key, without a listener: a reconnection watches it again.
      this.#watched.set(key, () => undefined);
    }
  }

  /** Forgets the record of `key` (the host's data already show its change, or it ended). */
  forget(key: string): void {
    if (this.#registry.get(key) && !this.#running.has(key) && !this.busy(key))
      this.#registry.clear(key);
  }

  /**
   * Sends `change` under its key's lock: `busy` at once when another element or tab sends for
   * the same key. Never throws; a request once sent runs to its end even if the element is
   * removed (its outcome is written for every tab).
   */
  async run(change: ChangeRequest): Promise<ChangeOutcome> {
    const { key, signature } = change;
    if (this.#running.has(key)) return { status: 'busy' };
    this.#running.add(key);
    try {
      const hold = await this.#registry.hold(key, this.#host);
      if (!hold) return { status: 'busy' };
      try {
        const earlier = this.#registry.get(key);
        const open = earlier?.state === 'unknown' || earlier?.state === 'in-flight';
        const requestId = open && earlier.signature === signature ? earlier.requestId : randomId();
        const write = (state: ChangeRecord['state'], error?: ChangeError) =>
          this.#registry.set({
            key,
            requestId,
            state,
            change: change.change,
            signature,
            ...(error ? { error } : {}),
          });
        write('in-flight');
        const outcome = await change.send(requestId, this.#registry.target(key, hold.owner));
        if (!outcome.ok) {
          const error =
            outcome.message === undefined
              ? { code: outcome.code }
              : { code: outcome.code, message: outcome.message };
          write('unknown', error);
          logFailure(this.#host.localName, change.type, error);
          return { status: 'failed', requestId, outcome: 'unknown', error };
        }
        const result = parseChangeResult(outcome.value, `${change.type} result`);
        if (!result.ok) {
          logIssue(this.#host.localName, result.issue);
          const error = { code: 'invalid-result' };
          write('unknown', error);
          return { status: 'failed', requestId, outcome: 'unknown', error };
        }
        if (result.value.status === 'declined') {
          const { message } = result.value;
          const error = message ? { code: 'declined', message } : { code: 'declined' };
          write('declined', error);
          logFailure(this.#host.localName, change.type, error);
          return { status: 'failed', requestId, outcome: 'declined', error };
        }
        write('done');
        return { status: 'done', requestId };
      } finally {
        hold.release();
      }
    } finally {
      this.#running.delete(key);
    }
  }

  /** Where an outcome of `key` goes: this element while connected, else another of the key. */
  target(key: string): EventTarget {
    return this.#registry.target(key, this.#host);
  }

  #start(key: string): void {
    this.#registry.attach(key, this.#host);
    const unsubscribe = this.#registry.subscribe(key, (record) => {
      if (this.#running.has(key)) return;
      this.#options.changed(key, record, true);
      if (record?.state === 'in-flight' && !this.#registry.holder(key)) void this.#settle(key);
    });
    this.#watched.set(key, () => {
      unsubscribe();
      this.#registry.detach(key, this.#host);
    });
    void this.#settle(key);
  }

  /**
   * The record once no other page is sending for `key`: while another tab holds the lock, the
   * element waits for it to be let go; a change left `in-flight` by a page that went away is
   * unknown.
   */
  async #settle(key: string): Promise<void> {
    if (this.#waiting.has(key)) return;
    this.#waiting.add(key);
    try {
      let record = await this.#registry.settled(key);
      while (record?.state === 'in-flight' && !this.#registry.holder(key)) {
        this.#options.changed(key, record, false);
        await this.#registry.free(key);
        if (!this.#watched.has(key)) return;
        record = await this.#registry.settled(key);
      }
      if (!this.#running.has(key)) this.#options.changed(key, record, false);
    } finally {
      this.#waiting.delete(key);
    }
  }
}
