import { expect } from '@open-wc/testing';
import { loadCoreSdkScript } from '@paypal/paypal-js/sdk-v6';
import type { OnApproveDataSavePayments } from '@paypal/paypal-js/sdk-v6';
import { sendKeys } from '@web/test-runner-commands';
import {
  loadPayPal,
  startSaveAndPay,
  type PayPalPresentation,
  type PayPalSdk,
  type PayPalSessionError,
  type SaveAndPayCallbacks,
} from '../../src/paypal/sdk.js';
import {
  createPayPalSimulator,
  installPayPalSimulator,
  SIMULATED_BUYER_EMAIL,
  SIMULATED_PAYER_ID,
  SIMULATED_RETURN_KEY,
  type PayPalSimulator,
  type PayPalSimulatorOptions,
  type SimulatorStep,
} from '../../src/testing.js';
import { withFakeClock } from '../helpers/clock.js';
import { click, press, text, until } from '../helpers/user.js';

type Outcome =
  | { type: 'approve'; orderId: string; payerId: string | undefined }
  | { type: 'cancel'; orderId: string | undefined }
  | { type: 'error'; error: PayPalSessionError };

function recorder(): {
  callbacks: SaveAndPayCallbacks;
  outcomes: Outcome[];
  first: Promise<Outcome>;
} {
  const outcomes: Outcome[] = [];
  let settle: (outcome: Outcome) => void = () => undefined;
  const first = new Promise<Outcome>((resolve) => (settle = resolve));
  const record = (outcome: Outcome) => {
    outcomes.push(outcome);
    settle(outcome);
  };
  return {
    outcomes,
    first,
    callbacks: {
      onApprove: (data) =>
        record({ type: 'approve', orderId: data.orderId, payerId: data.payerId }),
      onCancel: (data) => record({ type: 'cancel', orderId: data.orderId }),
      onError: (error) => record({ type: 'error', error }),
    },
  };
}

describe('PayPal simulator', () => {
  const simulators: PayPalSimulator[] = [];
  const cleanups: Array<() => void> = [];
  let instance: PayPalSdk;
  let simulator: PayPalSimulator;

  async function setUp(options: PayPalSimulatorOptions = {}, locale = 'it-IT'): Promise<void> {
    simulator = installPayPalSimulator(options);
    simulators.push(simulator);
    instance = await loadPayPal({ clientId: 'sim', environment: 'sandbox', locale });
  }

  function pay(presentation: PayPalPresentation = 'auto', orderId = 'ORDER-42') {
    const outcome = recorder();
    const handle = startSaveAndPay(instance, {
      presentation,
      orderId: Promise.resolve(orderId),
      ...outcome.callbacks,
    });
    return { ...outcome, handle };
  }

  /** A button of the page that starts the payment when a person clicks it. */
  function payButton(presentation: PayPalPresentation): {
    button: HTMLButtonElement;
    paid: Promise<ReturnType<typeof pay>>;
  } {
    const button = document.createElement('button');
    button.textContent = 'Prosegui';
    document.body.append(button);
    cleanups.push(() => button.remove());
    const paid = new Promise<ReturnType<typeof pay>>((resolve) =>
      button.addEventListener('click', () => resolve(pay(presentation, 'ORDER-CLICK')), {
        once: true,
      }),
    );
    return { button, paid };
  }

  const onStep = (step: SimulatorStep) => until(() => simulator.window?.dataset['step'] === step);

  function control<T extends Element = HTMLElement>(selector: string): T {
    const found = simulator.window?.querySelector<T & Element>(selector);
    if (!found) throw new Error(`no ${selector} in the PayPal window`);
    return found;
  }

  function buttonNamed(name: string): HTMLButtonElement {
    const found = [...(simulator.window?.querySelectorAll('button') ?? [])].find(
      (button) => (button.getAttribute('aria-label') ?? text(button)) === name,
    );
    if (!found) throw new Error(`no "${name}" button in the PayPal window`);
    return found;
  }

  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    for (const installed of simulators.splice(0).reverse()) installed.uninstall();
    sessionStorage.removeItem(SIMULATED_RETURN_KEY);
  });

  // First: no click has happened in this page yet, so there is no user activation.
  it('blocks a popup started outside a user gesture (recoverable), as a browser does', async () => {
    expect(navigator.userActivation.isActive, 'no click yet in this page').to.equal(false);
    await setUp();
    const { first } = pay('popup');
    const outcome = await first;
    if (outcome.type !== 'error') throw new Error(`expected an error, got ${outcome.type}`);
    expect(outcome.error.recoverable).to.equal(true);
    expect(outcome.error.code).to.equal('SIMULATED_POPUP_BLOCKED');
    expect(simulator.window).to.equal(null);
  });

  it('puts a v6 namespace on window.paypal that loadCoreSdkScript takes without loading; uninstall restores the page', async () => {
    const host = window as unknown as { paypal?: unknown };
    const previous = { previous: true };
    host.paypal = previous;
    try {
      const installed = installPayPalSimulator();
      expect(host.paypal).to.equal(installed.namespace);
      expect(installed.namespace.version.startsWith('6')).to.equal(true);
      expect(await loadCoreSdkScript({ environment: 'production' })).to.equal(installed.namespace);
      expect(document.querySelector('script[src*="paypal.com"]')).to.equal(null);
      installed.uninstall();
      expect(host.paypal).to.equal(previous);
    } finally {
      delete host.paypal;
    }
    const again = installPayPalSimulator();
    again.uninstall();
    expect('paypal' in window).to.equal(false);
  });

  it('createPayPalSimulator installs nothing', () => {
    const created = createPayPalSimulator();
    expect(created.namespace.version.startsWith('6')).to.equal(true);
    expect('paypal' in window).to.equal(false);
  });

  it('fails createInstance in the load-failure scenario', async () => {
    const failing = createPayPalSimulator({ scenario: 'load-failure' });
    let reason: unknown;
    await failing.namespace
      .createInstance({ clientId: 'sim', components: ['paypal-payments'] })
      .catch((error) => (reason = error));
    expect((reason as Error).message).to.contain('load-failure');
  });

  it('shows a modal dialog in light DOM that says, in Italian, it is a simulator', async () => {
    await setUp();
    pay();
    const dialog = simulator.window;
    if (!dialog) throw new Error('no PayPal window');
    expect(dialog.parentElement).to.equal(document.body);
    expect(dialog.getRootNode()).to.equal(document);
    expect(dialog.getAttribute('role')).to.equal('dialog');
    expect(dialog.getAttribute('aria-modal')).to.equal('true');
    expect(dialog.matches(':modal')).to.equal(true);
    const name = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(text(name)).to.equal('Simulatore PayPal — nessun pagamento reale');
    await onStep('login');
    expect(text(dialog)).to.contain('Accedi a PayPal');
    expect(control<HTMLInputElement>('input[type=email]').value).to.equal(SIMULATED_BUYER_EMAIL);
    expect(document.activeElement).to.equal(control('input[type=email]'));
  });

  it('speaks English for an English locale', async () => {
    await setUp({ autoPlay: false }, 'en-GB');
    pay();
    await onStep('login');
    const dialog = simulator.window;
    expect(text(document.getElementById(dialog?.getAttribute('aria-labelledby') ?? ''))).to.equal(
      'PayPal simulator — no real payment',
    );
    expect(dialog?.getAttribute('lang')).to.equal('en');
    await click(buttonNamed('Log In'));
    await onStep('funding');
    expect(text(simulator.window)).to.contain('Choose a way to pay');
  });

  it('lets a person pay with real clicks: log in, bank account, Continua, code, Accetta e continua', async () => {
    await setUp();
    const { button, paid } = payButton('popup');
    await click(button);
    const { first } = await paid;
    await onStep('login');
    expect(document.activeElement).to.equal(control('input[type=email]'));
    await click(buttonNamed('Accedi'));

    await onStep('funding');
    expect(text(control('h2'))).to.equal('Scegli un metodo di pagamento');
    expect(text(simulator.window)).to.contain('Visa •••• 4242');
    expect(text(simulator.window)).to.contain('ORDER-CLICK');
    await click(control('input[value=bank]'));
    expect(control<HTMLInputElement>('input[value=bank]').checked).to.equal(true);
    await click(buttonNamed('Continua'));

    // approve-with-code was not chosen: straight to the review.
    await onStep('review');
    expect(text(simulator.window)).to.contain('Conto bancario •••• 1234');
    expect(document.activeElement).to.equal(buttonNamed('Accetta e continua'));
    await click(buttonNamed('Accetta e continua'));

    expect(await first).to.deep.equal({
      type: 'approve',
      orderId: 'ORDER-CLICK',
      payerId: SIMULATED_PAYER_ID,
    });
    expect(simulator.window).to.equal(null);
    expect(document.activeElement, 'focus back where it was').to.equal(button);
  });

  it('asks for a 6-digit one-time code in approve-with-code, typed by a person', async () => {
    await setUp({ scenario: 'approve-with-code' });
    const { first } = pay();
    await onStep('login');
    await click(buttonNamed('Accedi'));
    await onStep('funding');
    await click(buttonNamed('Continua'));
    await onStep('code');
    const code = control<HTMLInputElement>('input[name=code]');
    expect(document.activeElement).to.equal(code);
    await sendKeys({ type: '12a' });
    await click(buttonNamed('Continua'));
    expect(text(control('[role=alert]'))).to.equal('Inserisci le 6 cifre del codice.');
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(simulator.window?.dataset['step']).to.equal('code');

    code.select();
    await sendKeys({ type: '654321' });
    await click(buttonNamed('Continua'));
    await onStep('review');
    await click(buttonNamed('Accetta e continua'));
    expect((await first).type).to.equal('approve');
  });

  it('takes the ✕ button as the customer cancelling, and gives the focus back', async () => {
    await setUp();
    const { button, paid } = payButton('modal');
    await click(button);
    const { first, outcomes } = await paid;
    await onStep('login');
    await click(buttonNamed('Chiudi PayPal'));
    expect(await first).to.deep.equal({ type: 'cancel', orderId: 'ORDER-CLICK' });
    expect(outcomes).to.have.length(1);
    expect(simulator.window).to.equal(null);
    expect(document.activeElement).to.equal(button);
  });

  it('takes Escape as the customer cancelling', async () => {
    await setUp();
    const { first } = pay();
    await onStep('login');
    await press('Escape');
    expect(await first).to.deep.equal({ type: 'cancel', orderId: 'ORDER-42' });
    expect(simulator.window).to.equal(null);
  });

  it('takes "Annulla e torna al sito" as the customer cancelling', async () => {
    await setUp();
    const { first } = pay();
    await onStep('login');
    await click(buttonNamed('Accedi'));
    await onStep('funding');
    await click(buttonNamed('Continua'));
    await onStep('review');
    await click(buttonNamed('Annulla e torna al sito'));
    expect((await first).type).to.equal('cancel');
  });

  it('shows the error page before reporting an error; closing it is the error, not a cancel', async () => {
    await setUp({ scenario: 'error-fatal' });
    const { first } = pay();
    await onStep('login');
    await click(buttonNamed('Accedi'));
    await onStep('funding');
    await click(buttonNamed('Continua'));
    await onStep('review');
    await click(buttonNamed('Accetta e continua'));
    await onStep('error');
    expect(text(simulator.window)).to.contain(
      'Questo pagamento non può essere completato con PayPal.',
    );
    await press('Escape');
    const outcome = await first;
    expect(outcome.type === 'error' && outcome.error.recoverable).to.equal(false);
  });

  it('walks alone through every step with autoPlay', async () => {
    await setUp({ scenario: 'approve-with-code', autoPlay: true });
    const { first } = pay();
    expect((await first).type).to.equal('approve');
    expect(simulator.steps).to.deep.equal(['loading', 'login', 'funding', 'code', 'review']);
  });

  it('says it is loading first in the slow scenario, until its delay has passed', async () => {
    await withFakeClock(async (clock) => {
      const loading = setUp({ scenario: 'slow', delay: 30 });
      await clock.tickAsync(30); // creating the instance takes the delay too
      await loading;
      pay();
      await clock.tickAsync(29);
      expect(simulator.window?.dataset['step']).to.equal('loading');
      expect(text(simulator.window)).to.contain('Caricamento…');
      await clock.tickAsync(1);
      await onStep('login');
    });
  });

  it('keeps one PayPal window at a time: a second start fails, recoverably', async () => {
    await setUp();
    pay();
    const second = pay('auto', 'ORDER-2');
    const outcome = await second.first;
    expect(outcome.type === 'error' && outcome.error.code).to.equal(
      'SIMULATED_SESSION_IN_PROGRESS',
    );
    expect(simulator.window).not.to.equal(null);
  });

  it('puts the window in the given container', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    cleanups.push(() => container.remove());
    await setUp({ container });
    pay();
    expect(simulator.window?.parentElement).to.equal(container);
  });

  it('closes its window without a callback when uninstalled', async () => {
    await setUp();
    const { outcomes } = pay();
    await onStep('login');
    simulator.uninstall();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.querySelector('dialog.cak-pps')).to.equal(null);
    expect(outcomes).to.have.length(0);
  });

  it('follows updateLocale', async () => {
    await setUp();
    instance.updateLocale('en-GB');
    pay();
    expect(simulator.window?.getAttribute('lang')).to.equal('en');
    expect(simulator.calls.some((call) => call.method === 'updateLocale')).to.equal(true);
  });

  it('answers eligibility: PayPal is eligible', async () => {
    await setUp();
    const methods = await instance.findEligibleMethods({ currencyCode: 'EUR' });
    expect(methods.isEligible('paypal')).to.equal(true);
    expect(methods.isEligible('venmo')).to.equal(false);
    const hydrated = instance.hydrateEligibleMethods({
      eligible_methods: { paypal_pay_later: {} },
    });
    expect(hydrated.isEligible('paylater')).to.equal(true);
    expect(hydrated.isEligible('paypal')).to.equal(false);
  });

  it('saves a PayPal account without a payment (save session) with its vault setup token', async () => {
    await setUp({ autoPlay: true });
    const approved = new Promise<OnApproveDataSavePayments>((resolve) => {
      const session = instance.createPayPalSavePaymentSession({
        onApprove: async (data) => resolve(data),
      });
      void session.start(
        { presentationMode: 'auto' },
        Promise.resolve({ vaultSetupToken: 'VST-1' }),
      );
    });
    expect(await approved).to.deep.equal({
      vaultSetupToken: 'VST-1',
      payerId: SIMULATED_PAYER_ID,
      fundingSource: 'paypal',
    });
  });

  it('gives the redirect URL back when autoRedirect is off', async () => {
    const visited: string[] = [];
    await setUp({ autoPlay: true, navigate: (url) => visited.push(url) });
    const session = instance.createPayPalOneTimePaymentSession({
      onApprove: async () => undefined,
    });
    const result = await session.start(
      { presentationMode: 'redirect', autoRedirect: { enabled: false } },
      Promise.resolve({ orderId: 'ORDER-U' }),
    );
    const url = new URL((result && result.redirectURL) ?? '');
    expect(url.searchParams.get('token')).to.equal('ORDER-U');
    expect(visited).to.have.length(0);
  });
});
