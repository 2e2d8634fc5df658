/**
 * Waiting in tests without racing the machine: for the next task or frame, for something a
 * person would see, for an event. Nothing here has a deadline or uses `setTimeout`, so it works
 * under a fake clock (test/kit/clock.ts) and on a machine as busy as it gets; a wait that never
 * ends is ended by the test runner's own timeout, and the test's failure names what it waited for.
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

/** What the running test waits for, to name it when the test fails (a timeout, mostly). */
const waiting: string[] = [];
/** Counts the tests that ended: a wait left over from an earlier test stops. */
let testsEnded = 0;

/**
 * Resolves once `condition()` holds, checking it after every frame (every task in a hidden
 * document, which gets no frames). `what` names it in the failure of a test that never sees it.
 */
export async function until(condition: () => boolean, what = 'a condition'): Promise<void> {
  const test = testsEnded;
  waiting.push(what);
  try {
    while (!condition()) {
      await (document.visibilityState === 'visible' ? nextFrame() : nextTask());
      // The test ended (its timeout): the rest of it must not run into the next test.
      if (testsEnded !== test) await new Promise<never>(() => {});
    }
  } finally {
    const index = waiting.indexOf(what);
    if (index >= 0) waiting.splice(index, 1);
  }
}

// Mocha's globals exist on a test page only (not in test/kit/tab.html's page).
if (typeof afterEach === 'function') {
  afterEach(function nameWhatAFailedTestWaitedFor() {
    testsEnded += 1;
    const test = this.currentTest;
    if (test?.state === 'failed' && waiting.length > 0 && test.err)
      test.err.message += ` (still waiting for: ${waiting.join('; ')})`;
    waiting.length = 0;
  });
}

/**
 * Resolves once nothing in `root` (its subtree, attributes and text included) has changed for
 * two animation frames: a virtualised list that lays out over a few frames (resize observer,
 * then render) has then rendered what it will. It counts changes, not milliseconds.
 */
export async function domSettled(root: Node): Promise<void> {
  let changed = true;
  const observer = new MutationObserver(() => (changed = true));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    while (changed) {
      changed = false;
      await nextFrame();
      await nextFrame();
    }
  } finally {
    observer.disconnect();
  }
}

/**
 * Resolves once the browser has given up on loading `src` as an image: by then, an image with
 * that `src` injected into the page earlier (hostile markup) would have fired its `error` too.
 */
export function imageErrorSeen(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.addEventListener('error', () => resolve(), { once: true });
    image.addEventListener('load', () => reject(new Error(`${src} loaded`)), { once: true });
    image.src = src;
  });
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
