/**
 * Time in tests is a fake clock: the test moves time on (`await clock.tickAsync(600)`), the
 * machine's load never decides. Only what is named is faked (`setTimeout` / `clearTimeout` by
 * default), so animation frames, promises, `MessageChannel` tasks and the test runner's own
 * commands go on as usual — and so do the waits of test/kit/wait.ts.
 */
import sinon from 'sinon';

export type FakeClock = sinon.SinonFakeTimers;

/** What a test may fake. */
type Faked = 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'Date';

/**
 * Runs `test` with a fake clock; the real functions come back afterwards, also when the test
 * fails. Fake only the part of a test that needs it.
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
