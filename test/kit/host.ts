/**
 * The host page of a test: listeners on `document` (as the README wires them) or on an element,
 * typed by the kit's event map; every one is removed by `reset()` (call it in `afterEach`).
 */
import type { KitRequestEventOf, KitRequestType } from '../../src/events/request.js';
import { deferred, type Deferred } from './wait.js';

type EventType = keyof GlobalEventHandlersEventMap;
type EventOf<K extends EventType> = GlobalEventHandlersEventMap[K];

export interface RecordOptions {
  /** Where to listen: the host's document by default. */
  on?: GlobalEventHandlers;
  /** Cancels every event (a host that routes by itself: no navigation in a test). */
  cancel?: boolean;
}

export class TestHost {
  readonly #removers: Array<() => void> = [];

  constructor(readonly target: GlobalEventHandlers = document) {}

  on<K extends EventType>(
    type: K,
    listener: (event: EventOf<K>) => void,
    target: GlobalEventHandlers = this.target,
  ): void {
    target.addEventListener(type, listener);
    this.#removers.push(() => target.removeEventListener(type, listener));
  }

  /** Every `type` event that reaches the document (or `options.on`), in order. */
  record<K extends EventType>(type: K, options: RecordOptions = {}): Array<EventOf<K>> {
    const events: Array<EventOf<K>> = [];
    this.on(
      type,
      (event) => {
        events.push(event);
        if (options.cancel) event.preventDefault();
      },
      options.on,
    );
    return events;
  }

  /** Answers every `type` request with `answer(event)`; returns the requests, in order. */
  answer<K extends KitRequestType>(
    type: K,
    answer: (event: KitRequestEventOf<K>) => unknown,
  ): Array<KitRequestEventOf<K>> {
    const requests: Array<KitRequestEventOf<K>> = [];
    this.on(type, (event) => {
      const request = event as unknown as KitRequestEventOf<K>;
      requests.push(request);
      request.respondWith(answer(request) as never);
    });
    return requests;
  }

  /**
   * Answers every `type` request with a promise the test settles: `pending[i]` belongs to the
   * i-th request.
   */
  hold<K extends KitRequestType>(
    type: K,
  ): { requests: Array<KitRequestEventOf<K>>; pending: Array<Deferred<unknown>> } {
    const pending: Array<Deferred<unknown>> = [];
    const requests = this.answer(type, () => {
      const answer = deferred<unknown>();
      pending.push(answer);
      return answer.promise;
    });
    return { requests, pending };
  }

  reset(): void {
    for (const remove of this.#removers.splice(0)) remove();
  }
}

/** The test page's host. */
export const host = new TestHost();
