/**
 * A request from an element to the host page, answered the way a service worker answers a
 * `FetchEvent`: a listener calls `event.respondWith(valueOrPromise)` during dispatch.
 *
 * ```js
 * el.addEventListener('paypal-accounts', (event) => {
 *   event.respondWith(fetch('/api/paypal-accounts').then((r) => r.json()));
 * });
 * ```
 */
export class KitRequestEvent<Detail, Result> extends Event {
  readonly detail: Detail;
  #response: Promise<Result> | undefined;

  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }

  /** Whether a listener has answered. */
  get responded(): boolean {
    return this.#response !== undefined;
  }

  /** The answer, once a listener has called `respondWith()`. */
  get response(): Promise<Result> | undefined {
    return this.#response;
  }

  /**
   * Answers the request. Call it synchronously inside the listener, once; the element waits for
   * the promise (or uses the value at once).
   * @throws {DOMException} InvalidStateError when called after dispatch or a second time.
   */
  respondWith(response: Result | PromiseLike<Result>): void {
    if (this.eventPhase === Event.NONE) {
      throw new DOMException(
        `respondWith() must be called synchronously inside the "${this.type}" listener.`,
        'InvalidStateError',
      );
    }
    if (this.#response !== undefined) {
      throw new DOMException(
        `respondWith() was already called for this "${this.type}" event.`,
        'InvalidStateError',
      );
    }
    this.stopImmediatePropagation();
    this.#response = Promise.resolve(response);
  }
}

/** Why a request did not produce a result. */
export type KitRequestErrorCode =
  /** No listener called `respondWith()`. */
  | 'no-handler'
  /** A listener threw before answering. */
  | 'handler-error'
  /** The host's promise rejected. */
  | 'rejected'
  /** The host's promise did not settle within the timeout. */
  | 'timeout'
  /** The host's promise rejected because the network failed (offline, `fetch` failed). */
  | 'network'
  /** The element gave up waiting (for example it was removed). */
  | 'aborted';

export class KitRequestError extends Error {
  override readonly name = 'KitRequestError';
  readonly code: KitRequestErrorCode;
  /** The event type of the request that failed. */
  readonly type: string;
  /** The message the host gave with its rejection, when it gave one. */
  readonly hostMessage: string | undefined;

  constructor(code: KitRequestErrorCode, type: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.type = type;
    this.hostMessage =
      code === 'rejected'
        ? messageOf(cause)
        : code === 'handler-error'
          ? messageOf(cause)
          : undefined;
  }
}

/**
 * Whether a rejection is the network failing rather than the host saying no: the browser is
 * offline, or `fetch()` failed (a `TypeError`: "Failed to fetch" in Chromium, "NetworkError when
 * attempting to fetch resource." in Firefox, "Load failed" in Safari).
 */
export function isNetworkFailure(reason: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return (
    reason instanceof TypeError && /fetch|network|load failed|connection/i.test(reason.message)
  );
}

function messageOf(reason: unknown): string | undefined {
  if (reason instanceof Error && reason.message) return reason.message;
  if (typeof reason === 'string' && reason) return reason;
  if (typeof reason === 'object' && reason !== null && 'message' in reason) {
    const { message } = reason as { message: unknown };
    if (typeof message === 'string' && message) return message;
  }
  return undefined;
}

export interface RequestOptions {
  /** Milliseconds to wait for the host's answer. */
  timeout: number;
  /** Aborting it rejects the request with the `aborted` code. */
  signal?: AbortSignal;
}

/**
 * Dispatches `event` from `target` and waits for the host's answer. Rejects with a
 * `KitRequestError` whose `code` tells what went wrong; never throws synchronously.
 */
export function sendRequest<Detail, Result>(
  target: EventTarget,
  event: KitRequestEvent<Detail, Result>,
  { timeout, signal }: RequestOptions,
): Promise<Result> {
  // An exception in a listener is reported on the window, not rethrown by dispatchEvent():
  // listen for it during the dispatch so that a throwing handler gets its own error.
  let thrown: { error: unknown } | undefined;
  const onError = (error: ErrorEvent) => {
    thrown ??= { error: error.error ?? error.message };
    error.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    target.dispatchEvent(event);
  } finally {
    window.removeEventListener('error', onError);
  }

  const { type } = event;
  const response = event.response;
  if (response === undefined) {
    if (thrown) {
      return Promise.reject(
        new KitRequestError(
          'handler-error',
          type,
          `The "${type}" listener threw before answering.`,
          thrown.error,
        ),
      );
    }
    return Promise.reject(
      new KitRequestError(
        'no-handler',
        type,
        `No listener answered "${type}": add one that calls event.respondWith(...).`,
      ),
    );
  }

  return new Promise<Result>((resolve, reject) => {
    const timer = setTimeout(() => {
      finish();
      reject(
        new KitRequestError('timeout', type, `"${type}" was not answered within ${timeout} ms.`),
      );
    }, timeout);
    const onAbort = () => {
      finish();
      reject(new KitRequestError('aborted', type, `"${type}" was aborted.`, signal?.reason));
    };
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    response.then(
      (value) => {
        finish();
        resolve(value);
      },
      (reason: unknown) => {
        finish();
        const network = isNetworkFailure(reason);
        reject(
          new KitRequestError(
            network ? 'network' : 'rejected',
            type,
            messageOf(reason) ?? `"${type}" was rejected.`,
            reason,
          ),
        );
      },
    );
  });
}
