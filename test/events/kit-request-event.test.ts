import { expect } from '@open-wc/testing';
import {
  KitRequestError,
  KitRequestEvent,
  sendRequest,
} from '../../src/events/kit-request-event.js';
import { withFakeClock } from '../kit/clock.js';

type Answer = { ok: boolean };

const probe = (detail: { n: number }) =>
  new KitRequestEvent<{ n: number }, Answer>('probe-request', detail);

/** Dispatches from an element inside a shadow root, as the kit's elements do. */
function shadowTarget(): { target: HTMLElement; cleanup(): void } {
  const host = document.createElement('div');
  document.body.append(host);
  const target = document.createElement('span');
  host.attachShadow({ mode: 'open' }).append(target);
  return { target, cleanup: () => host.remove() };
}

async function rejection(promise: Promise<unknown>): Promise<KitRequestError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(KitRequestError);
    return error as KitRequestError;
  }
  throw new Error('expected the request to fail');
}

describe('KitRequestEvent and sendRequest', () => {
  let target: HTMLElement;
  let cleanup: () => void;
  const listeners: Array<[string, EventListener]> = [];
  const listen = (
    type: string,
    listener: (event: KitRequestEvent<{ n: number }, Answer>) => void,
  ) => {
    const wrapped = listener as unknown as EventListener;
    listeners.push([type, wrapped]);
    document.addEventListener(type, wrapped);
  };

  beforeEach(() => {
    ({ target, cleanup } = shadowTarget());
  });
  afterEach(() => {
    for (const [type, listener] of listeners.splice(0))
      document.removeEventListener(type, listener);
    cleanup();
  });

  it('reaches a listener on the document from inside a shadow root, with its detail', async () => {
    let seen: { n: number } | undefined;
    listen('probe-request', (event) => {
      seen = event.detail;
      event.respondWith({ ok: true });
    });
    const result = await sendRequest(target, probe({ n: 7 }), { timeout: 1000 });
    expect(seen).to.deep.equal({ n: 7 });
    expect(result).to.deep.equal({ ok: true });
  });

  it('resolves with the value of a promise the host gives, up to the last millisecond', async () => {
    listen('probe-request', (event) => {
      event.respondWith(new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 999)));
    });
    const result = await withFakeClock(async (clock) => {
      const pending = sendRequest(target, probe({ n: 1 }), { timeout: 1000 });
      await clock.tickAsync(999);
      return pending;
    });
    expect(result).to.have.property('ok', true);
  });

  it('fails with "no-handler" when nobody answers', async () => {
    const error = await rejection(
      sendRequest(target, new KitRequestEvent('probe-unanswered', { n: 1 }), { timeout: 1000 }),
    );
    expect(error.code).to.equal('no-handler');
    expect(error.type).to.equal('probe-unanswered');
    expect(error.message).to.contain('probe-unanswered');
  });

  it('fails with "no-handler" when the listener forgets respondWith()', async () => {
    listen('probe-request', () => {});
    const error = await rejection(sendRequest(target, probe({ n: 1 }), { timeout: 1000 }));
    expect(error.code).to.equal('no-handler');
  });

  it('fails with "handler-error" and the handler’s message when the listener throws', async () => {
    listen('probe-request', () => {
      throw new Error('backend URL not configured');
    });
    // Mocha treats any uncaught error as a failure: the request must swallow this one itself.
    const mochaHandler = window.onerror;
    window.onerror = null;
    let error: KitRequestError;
    try {
      error = await rejection(sendRequest(target, probe({ n: 1 }), { timeout: 1000 }));
    } finally {
      window.onerror = mochaHandler;
    }
    expect(error.code).to.equal('handler-error');
    expect(error.hostMessage).to.equal('backend URL not configured');
  });

  it('fails with "rejected" and keeps the host’s message', async () => {
    listen('probe-request', (event) =>
      event.respondWith(Promise.reject(new Error('Carta scaduta'))),
    );
    const error = await rejection(sendRequest(target, probe({ n: 1 }), { timeout: 1000 }));
    expect(error.code).to.equal('rejected');
    expect(error.hostMessage).to.equal('Carta scaduta');
    expect(error.message).to.equal('Carta scaduta');
  });

  it('fails with "rejected" and no host message for a rejection without one', async () => {
    listen('probe-request', (event) => event.respondWith(Promise.reject(undefined)));
    const error = await rejection(sendRequest(target, probe({ n: 1 }), { timeout: 1000 }));
    expect(error.code).to.equal('rejected');
    expect(error.hostMessage).to.equal(undefined);
  });

  it('fails with "timeout" when the host’s promise has not settled after the timeout', async () => {
    listen('probe-request', (event) => event.respondWith(new Promise<Answer>(() => {})));
    const error = await withFakeClock(async (clock) => {
      let state = 'waiting';
      const failing = rejection(sendRequest(target, probe({ n: 1 }), { timeout: 50 })).finally(
        () => (state = 'settled'),
      );
      await clock.tickAsync(49);
      expect(state, 'after 49 ms').to.equal('waiting');
      await clock.tickAsync(1);
      return failing;
    });
    expect(error.code).to.equal('timeout');
  });

  it('fails with "aborted" when the element stops waiting', async () => {
    listen('probe-request', (event) => event.respondWith(new Promise<Answer>(() => {})));
    const controller = new AbortController();
    const pending = sendRequest(target, probe({ n: 1 }), {
      timeout: 10_000,
      signal: controller.signal,
    });
    controller.abort();
    expect((await rejection(pending)).code).to.equal('aborted');
  });

  it('refuses respondWith() after dispatch and a second respondWith()', async () => {
    let late: KitRequestEvent<{ n: number }, Answer> | undefined;
    let second: unknown;
    listen('probe-request', (event) => {
      late = event;
      event.respondWith({ ok: true });
      try {
        event.respondWith({ ok: false });
      } catch (error) {
        second = error;
      }
    });
    const result = await sendRequest(target, probe({ n: 1 }), { timeout: 1000 });
    expect(result).to.have.property('ok', true);
    expect(second).to.be.instanceOf(DOMException);
    expect((second as DOMException).name).to.equal('InvalidStateError');
    expect(() => late!.respondWith({ ok: false })).to.throw(DOMException);
  });

  it('stops at the first listener that answers', async () => {
    const answered: string[] = [];
    listen('probe-request', (event) => {
      answered.push('first');
      event.respondWith({ ok: true });
    });
    listen('probe-request', (event) => {
      answered.push('second');
      event.respondWith({ ok: false });
    });
    const result = await sendRequest(target, probe({ n: 1 }), { timeout: 1000 });
    expect(result).to.have.property('ok', true);
    expect(answered).to.deep.equal(['first']);
  });
});
