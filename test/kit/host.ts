/**
 * The host page of a test: listeners on `document`, as the README wires them, typed by the
 * kit's event map; every one is removed by `reset()` (call it in `afterEach`).
 */
import type { KitRequestEventOf, KitRequestType } from '../../src/events/request.js';
import { deferred, type Deferred } from './wait.js';

type EventType = keyof GlobalEventHandlersEventMap;

export class TestHost {
  readonly #removers: Array<() => void> = [];

  constructor(readonly target: GlobalEventHandlers = document) {}

  on<K extends EventType>(
    type: K,
    listener: (event: GlobalEventHandlersEventMap[K]) => void,
  ): void {
    this.target.addEventListener(type, listener);
    this.#removers.push(() => this.target.removeEventListener(type, listener));
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
    for (const remove of this.#removers.splice(0)) remove();
  }
}

/** The test page's host. */
export const host = new TestHost();
