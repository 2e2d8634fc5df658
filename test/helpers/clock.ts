import sinon from 'sinon';

export type FakeClock = sinon.SinonFakeTimers;

/** What a test may fake. Faking only these leaves animation frames and Lit's microtasks real. */
type Faked = 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'Date';

/**
 * Runs `test` with a fake clock for `setTimeout` / `clearTimeout` (or the functions named in
 * `toFake`), so that a test moves time itself (`await clock.tickAsync(600)`) instead of racing
 * the machine. The real functions come back afterwards, also when the test fails.
 *
 * While the clock is fake, nothing that waits on a real timer can finish: open-wc's
 * `aTimeout()` and `waitUntil()` would wait forever. Fake only the part of a test that needs it.
 */
export async function withFakeClock<T>(
  test: (clock: FakeClock) => Promise<T> | T,
  toFake: Faked[] = ['setTimeout', 'clearTimeout'],
): Promise<T> {
  const clock = sinon.useFakeTimers({ toFake });
  try {
    return await test(clock);
  } finally {
    clock.restore();
  }
}
