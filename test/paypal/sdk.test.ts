import { expect } from '@open-wc/testing';
import {
  loadPayPal,
  PayPalLoadError,
  presentationModeOptions,
  resumeSaveAndPay,
  startSaveAndPay,
  toSessionError,
  type LoadPayPalOptions,
  type PayPalEnvironment,
  type PayPalSdk,
} from '../../src/paypal/sdk.js';
import {
  installPayPalSimulator,
  SIMULATED_PAYER_ID,
  SIMULATED_RETURN_KEY,
  type PayPalSimulator,
  type PayPalSimulatorOptions,
} from '../../src/testing.js';
import { withFakeClock } from '../kit/clock.js';
import { recorder } from '../kit/paypal.js';
import { deferred, until } from '../kit/wait.js';

async function loadFailure(promise: Promise<unknown>): Promise<PayPalLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PayPalLoadError);
    return error as PayPalLoadError;
  }
  throw new Error('expected loading PayPal to fail');
}

const base: LoadPayPalOptions = { clientId: 'sim-client', environment: 'sandbox', locale: 'it-IT' };

const createInstanceCalls = (simulator: PayPalSimulator) =>
  simulator.calls.filter((call) => call.method === 'createInstance');

describe('PayPal SDK wrapper', () => {
  const simulators: PayPalSimulator[] = [];
  const simulate = (options?: PayPalSimulatorOptions) => {
    const simulator = installPayPalSimulator(options);
    simulators.push(simulator);
    return simulator;
  };

  afterEach(() => {
    for (const simulator of simulators.splice(0).reverse()) simulator.uninstall();
    sessionStorage.removeItem(SIMULATED_RETURN_KEY);
  });

  describe('loadPayPal', () => {
    it('refuses to load without a client id or a client token (configuration), asking PayPal nothing', async () => {
      const simulator = simulate();
      for (const credentials of [{}, { clientId: '  ', clientToken: '' }]) {
        const error = await loadFailure(
          loadPayPal({ environment: 'sandbox', locale: 'it-IT', ...credentials }),
        );
        expect(error.code).to.equal('configuration');
        expect(error.reason).to.equal('credentials');
      }
      expect(simulator.calls).to.have.length(0);
    });

    it('refuses a missing or unknown environment: never a silent default', async () => {
      const simulator = simulate();
      const unknown: string = 'live';
      for (const environment of [undefined, unknown]) {
        const error = await loadFailure(
          loadPayPal({ ...base, environment: environment as PayPalEnvironment }),
        );
        expect(error.code).to.equal('configuration');
        expect(error.reason).to.equal('environment');
      }
      expect(simulator.calls).to.have.length(0);
    });

    it('creates a paypal-payments instance with the client id, the locale and a checkout page', async () => {
      const simulator = simulate();
      const instance = await loadPayPal(base);
      expect(instance.createPayPalOneTimePaymentSession).to.be.a('function');
      expect(createInstanceCalls(simulator).map((call) => call.options)).to.deep.equal([
        {
          clientId: 'sim-client',
          components: ['paypal-payments'],
          pageType: 'checkout',
          locale: 'it-IT',
        },
      ]);
      // The simulator was taken as PayPal's script: nothing was loaded from PayPal.
      expect(document.querySelector('script[src*="paypal.com"]')).to.equal(null);
    });

    it('uses the client token when there is no client id', async () => {
      const simulator = simulate();
      await loadPayPal({ environment: 'production', locale: 'en-GB', clientToken: 'tok-1' });
      const [call] = createInstanceCalls(simulator);
      expect(call?.options).to.deep.equal({
        clientToken: 'tok-1',
        components: ['paypal-payments'],
        pageType: 'checkout',
        locale: 'en-GB',
      });
    });

    it('loads once when preloaded then used: one instance for the same configuration', async () => {
      const simulator = simulate({ scenario: 'slow', delay: 20 });
      const [first, second] = await withFakeClock(async (clock) => {
        const preload = loadPayPal(base);
        const use = loadPayPal({ ...base });
        await clock.tickAsync(20);
        return Promise.all([preload, use]);
      });
      const later = await loadPayPal(base);
      expect(second).to.equal(first);
      expect(later).to.equal(first);
      expect(createInstanceCalls(simulator)).to.have.length(1);
    });

    it('loads again for another locale, environment or client id', async () => {
      const simulator = simulate();
      const first = await loadPayPal(base);
      const english = await loadPayPal({ ...base, locale: 'en-GB' });
      const production = await loadPayPal({ ...base, environment: 'production' });
      const other = await loadPayPal({ ...base, clientId: 'another' });
      expect(new Set([first, english, production, other]).size).to.equal(4);
      expect(createInstanceCalls(simulator)).to.have.length(4);
    });

    it('reports an SDK that cannot start as unreachable, and does not keep the failure (Riprova works)', async () => {
      const simulator = simulate({ scenario: 'load-failure' });
      const error = await loadFailure(loadPayPal(base));
      expect(error.code).to.equal('unreachable');
      expect(error.reason).to.equal('instance');
      expect(error.message).to.contain('load-failure');

      simulator.setScenario('approve');
      const instance = await loadPayPal(base);
      expect(instance.createPayPalOneTimePaymentSession).to.be.a('function');
      expect(createInstanceCalls(simulator)).to.have.length(2);
    });

    it('gives up after the timeout (unreachable, timeout), and tries again next time', async () => {
      const simulator = simulate({ scenario: 'slow', delay: 300 });
      const error = await withFakeClock(async (clock) => {
        let state = 'waiting';
        const failing = loadFailure(loadPayPal({ ...base, timeout: 20 })).finally(
          () => (state = 'settled'),
        );
        await clock.tickAsync(19);
        expect(state, 'PayPal after 19 ms').to.equal('waiting');
        await clock.tickAsync(1);
        return failing;
      });
      expect(error.code).to.equal('unreachable');
      expect(error.reason).to.equal('timeout');

      simulator.setScenario('approve');
      await loadPayPal(base);
      expect(createInstanceCalls(simulator)).to.have.length(2);
    });

    it('stops waiting when its signal aborts, without stopping the shared load', async () => {
      const simulator = simulate({ scenario: 'slow', delay: 50 });
      const aborted = new AbortController();
      aborted.abort();
      let reason: unknown;
      await loadPayPal({ ...base, signal: aborted.signal }).catch((error) => (reason = error));
      expect((reason as DOMException).name).to.equal('AbortError');
      expect(simulator.calls).to.have.length(0);

      await withFakeClock(async (clock) => {
        const controller = new AbortController();
        const waiting = loadPayPal({ ...base, signal: controller.signal });
        const other = loadPayPal(base);
        controller.abort();
        reason = undefined;
        await waiting.catch((error) => (reason = error));
        expect((reason as DOMException).name).to.equal('AbortError');
        await clock.tickAsync(50);
        expect((await other).createPayPalOneTimePaymentSession).to.be.a('function');
      });
      expect(createInstanceCalls(simulator)).to.have.length(1);
    });

    it('loads again when the PayPal namespace of the page was replaced', async () => {
      const first = simulate();
      const before = await loadPayPal(base);
      first.uninstall();
      const second = simulate();
      const after = await loadPayPal(base);
      expect(after).not.to.equal(before);
      expect(createInstanceCalls(second)).to.have.length(1);
    });
  });

  describe('startSaveAndPay', () => {
    let instance: PayPalSdk;
    let simulator: PayPalSimulator;

    async function setUp(options: PayPalSimulatorOptions): Promise<void> {
      simulator = simulate({ autoPlay: true, ...options });
      instance = await loadPayPal(base);
    }

    it('starts synchronously, saving the account, before the order id is known', async () => {
      await setUp({ scenario: 'approve' });
      const order = deferred<string>();
      const { callbacks, first } = recorder();
      startSaveAndPay(instance, { presentation: 'auto', orderId: order.promise, ...callbacks });

      // No await yet: the session was created and started within the call.
      const methods = simulator.calls.map((call) => call.method);
      expect(methods.slice(-2)).to.deep.equal(['createSession', 'start']);
      const created = simulator.calls.find((call) => call.method === 'createSession');
      expect(created).to.have.nested.property('options.savePayment', true);
      expect(simulator.window, 'PayPal opened in the click').not.to.equal(null);

      order.resolve('ORDER-1');
      expect(await first).to.deep.equal({
        type: 'approve',
        data: { orderId: 'ORDER-1', payerId: SIMULATED_PAYER_ID, fundingSource: 'paypal' },
      });
      expect(simulator.window).to.equal(null);
    });

    it('maps each presentation to the SDK presentation mode', async () => {
      expect(presentationModeOptions('auto')).to.deep.equal({ presentationMode: 'auto' });
      expect(presentationModeOptions('popup')).to.deep.equal({ presentationMode: 'popup' });
      expect(presentationModeOptions('modal')).to.deep.equal({ presentationMode: 'modal' });
      expect(presentationModeOptions('redirect')).to.deep.equal({
        presentationMode: 'redirect',
        autoRedirect: { enabled: true },
      });

      await setUp({ scenario: 'approve' });
      const { callbacks, first } = recorder();
      startSaveAndPay(instance, {
        presentation: 'modal',
        orderId: Promise.resolve({ orderId: 'ORDER-M' }),
        ...callbacks,
      });
      const start = simulator.calls.find((call) => call.method === 'start');
      expect(start && 'presentation' in start && start.presentation).to.deep.equal({
        presentationMode: 'modal',
      });
      const outcome = await first;
      expect(outcome.type === 'approve' && outcome.data.orderId).to.equal('ORDER-M');
    });

    it('approves after the one-time code step (approve-with-code)', async () => {
      await setUp({ scenario: 'approve-with-code' });
      const { callbacks, first } = recorder();
      startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-2'),
        ...callbacks,
      });
      const outcome = await first;
      expect(outcome.type).to.equal('approve');
      expect(simulator.steps).to.deep.equal(['loading', 'login', 'funding', 'code', 'review']);
    });

    it('reports a customer who closes PayPal as a cancel, with the order id', async () => {
      await setUp({ scenario: 'cancel' });
      const { callbacks, first, outcomes } = recorder();
      startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-3'),
        ...callbacks,
      });
      expect(await first).to.deep.equal({ type: 'cancel', data: { orderId: 'O-3' } });
      expect(outcomes).to.have.length(1);
      expect(simulator.window).to.equal(null);
    });

    it('reports a recoverable PayPal error with its code', async () => {
      await setUp({ scenario: 'error-recoverable' });
      const { callbacks, first } = recorder();
      startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-4'),
        ...callbacks,
      });
      const outcome = await first;
      if (outcome.type !== 'error') throw new Error(`expected an error, got ${outcome.type}`);
      expect(outcome.error).to.include({ recoverable: true, code: 'SIMULATED_ERROR_RECOVERABLE' });
      expect(outcome.error.message).to.contain('error-recoverable');
      expect(simulator.steps).to.include('error');
    });

    it('reports a fatal PayPal error as not recoverable', async () => {
      await setUp({ scenario: 'error-fatal' });
      const { callbacks, first } = recorder();
      startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-5'),
        ...callbacks,
      });
      expect(await first).to.nested.include({
        type: 'error',
        'error.recoverable': false,
        'error.code': 'SIMULATED_ERROR_FATAL',
      });
    });

    it('reports an order id that could not be created as a recoverable error with its cause', async () => {
      await setUp({ scenario: 'approve' });
      const backend = new Error('backend refused the order');
      const { callbacks, first, outcomes } = recorder();
      const handle = startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.reject(backend),
        ...callbacks,
      });
      const outcome = await first;
      await handle.started;
      expect(outcome).to.deep.equal({
        type: 'error',
        error: { recoverable: true, message: 'backend refused the order', cause: backend },
      });
      expect(outcomes).to.have.length(1);
      expect(simulator.window).to.equal(null);
    });

    it('is slow but approves (slow): PayPal shows a loading page between steps', async () => {
      const { callbacks, first } = recorder();
      await withFakeClock(async (clock) => {
        const loading = setUp({ scenario: 'slow', delay: 20 });
        await clock.tickAsync(20);
        await loading;
        startSaveAndPay(instance, {
          presentation: 'auto',
          orderId: Promise.resolve('O-6'),
          ...callbacks,
        });
        // Every step takes 20 ms and the customer pauses 20 ms before each click.
        await clock.runAllAsync();
      });
      expect((await first).type).to.equal('approve');
      expect(simulator.steps).to.deep.equal([
        'loading',
        'login',
        'loading',
        'funding',
        'loading',
        'review',
      ]);
    });

    it('redirects to PayPal and back, then resumes the approval on the returning page', async () => {
      const visited: string[] = [];
      await setUp({ scenario: 'approve', navigate: (url) => visited.push(url) });
      const page = location.href;
      try {
        const { callbacks, outcomes } = recorder();
        const handle = startSaveAndPay(instance, {
          presentation: 'redirect',
          orderId: Promise.resolve('ORDER-R'),
          ...callbacks,
        });
        await handle.started;
        expect(visited).to.have.length(1);
        const back = new URL(visited[0] ?? '');
        expect(back.searchParams.get('token')).to.equal('ORDER-R');
        expect(back.searchParams.get('PayerID')).to.equal(SIMULATED_PAYER_ID);
        expect(outcomes, 'nothing is reported before the return').to.have.length(0);

        // The page PayPal returns to: same configuration, the same callbacks.
        history.replaceState(null, '', back.href);
        const returned = recorder();
        const resumed = await resumeSaveAndPay(await loadPayPal(base), returned.callbacks);
        expect(resumed, 'the return was resumed').to.equal(true);
        expect(returned.outcomes).to.deep.equal([
          {
            type: 'approve',
            data: { orderId: 'ORDER-R', payerId: SIMULATED_PAYER_ID, fundingSource: 'paypal' },
          },
        ]);
        // Resumed once: reloading the same URL is not a second approval.
        const again = recorder();
        expect(await resumeSaveAndPay(instance, again.callbacks), 'resumed again').to.equal(false);
        expect(again.outcomes).to.have.length(0);
      } finally {
        history.replaceState(null, '', page);
      }
    });

    it('redirects in the redirect scenario even with the auto presentation (as on a phone)', async () => {
      const visited: string[] = [];
      await setUp({ scenario: 'redirect', navigate: (url) => visited.push(url) });
      const { callbacks, outcomes } = recorder();
      const handle = startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('ORDER-P'),
        ...callbacks,
      });
      await handle.started;
      expect(new URL(visited[0] ?? location.href).searchParams.get('token')).to.equal('ORDER-P');
      expect(outcomes).to.have.length(0);
      expect(sessionStorage.getItem(SIMULATED_RETURN_KEY)).to.contain('ORDER-P');
    });

    it('resumes nothing on an ordinary page', async () => {
      await setUp({ scenario: 'approve' });
      const { callbacks, outcomes } = recorder();
      expect(await resumeSaveAndPay(instance, callbacks), 'resumed a return').to.equal(false);
      expect(outcomes).to.have.length(0);
    });

    it('cancel() ends the session as cancelled; destroy() ends it without a callback', async () => {
      await setUp({ scenario: 'approve', autoPlay: false });
      const cancelled = recorder();
      const handle = startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-7'),
        ...cancelled.callbacks,
      });
      await until(() => simulator.window?.dataset['step'] === 'login');
      handle.cancel();
      expect(await cancelled.first).to.deep.equal({ type: 'cancel', data: { orderId: 'O-7' } });
      expect(simulator.window).to.equal(null);

      const destroyed = recorder();
      const second = startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-8'),
        ...destroyed.callbacks,
      });
      await until(() => simulator.window?.dataset['step'] === 'login');
      second.destroy();
      await second.started;
      expect(simulator.window).to.equal(null);
      expect(destroyed.outcomes).to.have.length(0);
    });

    it('reports only the first outcome', async () => {
      await setUp({ scenario: 'approve' });
      const { callbacks, first, outcomes } = recorder();
      const handle = startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-9'),
        ...callbacks,
      });
      await first;
      handle.cancel();
      await handle.started;
      expect(outcomes.map((outcome) => outcome.type)).to.deep.equal(['approve']);
    });

    it('reports an onApprove that throws as a recoverable error', async () => {
      await setUp({ scenario: 'approve' });
      const { callbacks, first } = recorder();
      const capture = new Error('capture failed');
      startSaveAndPay(instance, {
        presentation: 'auto',
        orderId: Promise.resolve('O-10'),
        ...callbacks,
        onApprove: () => Promise.reject(capture),
      });
      expect(await first).to.deep.equal({
        type: 'error',
        error: { recoverable: true, message: 'capture failed', cause: capture },
      });
    });
  });

  describe('toSessionError', () => {
    it('keeps PayPal’s isRecoverable, code and message', () => {
      const error = Object.assign(new Error('declined'), {
        name: 'PayPalError',
        code: 'INSTRUMENT_DECLINED',
        isRecoverable: false,
      });
      expect(toSessionError(error)).to.deep.equal({
        recoverable: false,
        code: 'INSTRUMENT_DECLINED',
        message: 'declined',
        cause: error,
      });
    });

    it('treats any other failure as recoverable', () => {
      const plain = new TypeError('boom');
      expect(toSessionError(plain)).to.deep.equal({
        recoverable: true,
        message: 'boom',
        cause: plain,
      });
      expect(toSessionError('offline')).to.deep.equal({
        recoverable: true,
        message: 'offline',
        cause: 'offline',
      });
      expect(toSessionError(undefined)).to.deep.equal({ recoverable: true, cause: undefined });
    });
  });
});
