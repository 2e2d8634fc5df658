/**
 * The host page of a test: listeners on `document`, as the README wires them, typed by the
 * kit's event map; every one is removed by `reset()` (call it in `afterEach`).
 */
import type { KitRequestEventOf, KitRequestType } from '../../src/events/request.js';
import { deferred, type Deferred } from './wait.js';

type EventType = keyof GlobalEventHandlersEventMap;

export class TestHost {
  readonly #listeners: Array<[string, EventListener]> = [];

  constructor(readonly target: Document = document) {}

  on<K extends EventType>(
    type: K,
    listener: (event: GlobalEventHandlersEventMap[K]) => void,
  ): void {
    const wrapped = listener as unknown as EventListener;
    this.#listeners.push([type, wrapped]);
    this.target.addEventListener(type, wrapped);
  }

  /** Every `type` event that reaches the document, in order. */
  record<K extends EventType>(type: K): Array<GlobalEventHandlersEventMap[K]> {
    const events: Array<GlobalEventHandlersEventMap[K]> = [];
    this.on(type, (event) => events.push(event));
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
    for (const [type, listener] of this.#listeners.splice(0))
      this.target.removeEventListener(type, listener);
  }
}

/** The test page's host. */
export const host = new TestHost();
