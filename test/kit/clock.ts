/**
 * A fake clock for what the kit times (request timeouts): the test moves time on, the machine's
 * load never decides. Only `setTimeout` / `clearTimeout` are faked, so the test runner's own
 * commands, promises, frames and `MessageChannel` tasks go on as usual.
 */
import sinon from 'sinon';

export type FakeClock = ReturnType<typeof sinon.useFakeTimers>;

export function fakeClock(): FakeClock {
  return sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}
