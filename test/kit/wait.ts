/**
 * Waiting in tests without racing the machine: on the next task or frame, or until something a
 * person would see has happened. Nothing here uses `setTimeout`, so it works under a fake clock;
 * a wait that never ends is caught by the test runner's own (generous) timeout.
 */

/** Resolves after the next macrotask (a MessageChannel message: not faked by fake timers). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Resolves after the next animation frame (layout and pending renders done). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits, frame after frame, until `condition()` holds. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    await (document.visibilityState === 'visible' ? nextFrame() : nextTask());
    // A hint for whoever reads a test that hangs (the runner's timeout ends it).
    if (performance.now() - started > 30_000) throw new Error(`Still waiting: ${what}`);
  }
}

/** A promise the test settles when it chooses: a host answering slowly, failing or wrongly. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason?: unknown): void;
}

export function deferred<T = unknown>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
