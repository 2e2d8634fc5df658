import { expect } from '@open-wc/testing';
import { loadCoreSdkScript } from '@paypal/paypal-js/sdk-v6';
import { sendKeys } from '@web/test-runner-commands';
import {
  loadPayPal,
  startSaveAndPay,
  type PayPalPresentation,
  type PayPalSdk,
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
import { withFakeClock } from '../kit/clock.js';
import { text } from '../kit/screen.js';
import { recorder } from '../kit/paypal.js';
import { click, press } from '../kit/user.js';
import { nextTask, until } from '../kit/wait.js';

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
    expect(navigator.userActivation, 'no click yet in this page').to.have.property(
      'isActive',
      false,
    );
    await setUp();
    const { first } = pay('popup');
    const outcome = await first;
    if (outcome.type !== 'error') throw new Error(`expected an error, got ${outcome.type}`);
    expect(outcome.error).to.include({ recoverable: true, code: 'SIMULATED_POPUP_BLOCKED' });
    expect(simulator.window).to.equal(null);
  });

  it('puts a v6 namespace on window.paypal that loadCoreSdkScript takes without loading; uninstall restores the page', async () => {
    const host = window as unknown as { paypal?: unknown };
    const previous = { previous: true };
    host.paypal = previous;
    try {
      const installed = installPayPalSimulator();
      expect(host.paypal).to.equal(installed.namespace);
      expect(installed.namespace.version).to.match(/^6\./);
      expect(await loadCoreSdkScript({ environment: 'production' })).to.equal(installed.namespace);
      expect(document.querySelector('script[src*="paypal.com"]')).to.equal(null);
      installed.uninstall();
      expect(host.paypal).to.equal(previous);
    } finally {
      delete host.paypal;
    }
    const again = installPayPalSimulator();
    again.uninstall();
    expect(window).not.to.have.property('paypal');
  });

  it('createPayPalSimulator installs nothing', () => {
    const created = createPayPalSimulator();
    expect(created.namespace.version).to.match(/^6\./);
    expect(window).not.to.have.property('paypal');
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
    expect(dialog).to.match(':modal');
    const name = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(text(name)).to.equal('Simulatore PayPal — nessun pagamento reale');
    await onStep('login');
    expect(text(dialog)).to.contain('Accedi a PayPal');
    expect(control<HTMLInputElement>('input[type=email]').value).to.equal(SIMULATED_BUYER_EMAIL);
    expect(document.activeElement).to.equal(control('input[type=email]'));
  });

  it('is styled under a strict Content Security Policy, and leaves the page its own styles', async () => {
    const frame = document.createElement('iframe');
    frame.width = '600';
    frame.height = '600';
    frame.srcdoc =
      '<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src \'self\'">' +
      '<body><p id="inline">inline</p></body>';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    cleanups.push(() => frame.remove());
    await loaded;
    const page = frame.contentDocument;
    const view = frame.contentWindow;
    if (!page || !view) throw new Error('no document in the frame');
    // The policy is in force: a <style> element is blocked.
    const blocked = page.createElement('style');
    blocked.textContent = '#inline { color: rgb(1, 2, 3) }';
    page.head.append(blocked);
    const inline = page.getElementById('inline')!;
    expect(view.getComputedStyle(inline).color).not.to.equal('rgb(1, 2, 3)');
    const before = [...page.adoptedStyleSheets];

    await setUp({ container: page.body });
    pay();
    await onStep('login');
    const dialog = simulator.window!;
    expect(dialog.ownerDocument).to.equal(page);
    expect(dialog.querySelector('style, [style]'), 'no inline styles').to.equal(null);
    expect(view.getComputedStyle(dialog).borderTopLeftRadius).to.equal('12px');
    expect(view.getComputedStyle(control('.cak-pps__primary')).backgroundColor).to.equal(
      'rgb(0, 112, 224)',
    );

    await click(buttonNamed('Chiudi PayPal'));
    expect(page.adoptedStyleSheets).to.deep.equal(before);
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
    expect(control('input[value=bank]')).to.be.checked;
    await click(buttonNamed('Continua'));

    // approve-with-code was not chosen: straight to the review.
    await onStep('review');
    expect(text(simulator.window)).to.contain('Conto bancario •••• 1234');
    expect(document.activeElement).to.equal(buttonNamed('Accetta e continua'));
    await click(buttonNamed('Accetta e continua'));

    expect(await first).to.deep.equal({
      type: 'approve',
      data: { orderId: 'ORDER-CLICK', payerId: SIMULATED_PAYER_ID, fundingSource: 'paypal' },
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
    expect(await first).to.deep.equal({ type: 'cancel', data: { orderId: 'ORDER-CLICK' } });
    expect(outcomes).to.have.length(1);
    expect(simulator.window).to.equal(null);
    expect(document.activeElement).to.equal(button);
  });

  it('takes Escape as the customer cancelling', async () => {
    await setUp();
    const { first } = pay();
    await onStep('login');
    await press('Escape');
    expect(await first).to.deep.equal({ type: 'cancel', data: { orderId: 'ORDER-42' } });
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
    expect(await first).to.nested.include({
      type: 'error',
      'error.recoverable': false,
      'error.code': 'SIMULATED_ERROR_FATAL',
    });
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
    expect(await second.first).to.nested.include({
      type: 'error',
      'error.code': 'SIMULATED_SESSION_IN_PROGRESS',
      'error.recoverable': true,
    });
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
    await nextTask();
    expect(document.querySelector('dialog.cak-pps')).to.equal(null);
    expect(outcomes).to.have.length(0);
  });

  it('registers an account without a payment in a save session, giving the setup token back', async () => {
    await setUp({ autoPlay: true, delay: 0 });
    const approvals: unknown[] = [];
    const session = instance.createPayPalSavePaymentSession({
      onApprove: async (data) => void approvals.push(data),
    });
    await session.start(
      { presentationMode: 'modal' },
      Promise.resolve({ vaultSetupToken: 'SETUP-1' }),
    );
    expect(approvals).to.deep.equal([
      { vaultSetupToken: 'SETUP-1', payerId: SIMULATED_PAYER_ID, fundingSource: 'paypal' },
    ]);
    expect(simulator.calls.map((call) => call.method)).to.deep.equal([
      'createInstance',
      'createSaveSession',
      'start',
    ]);
  });

  it('throws "not simulated" from every member of PayPal the kit never calls', async () => {
    await setUp();
    const members = [
      'findEligibleMethods',
      'hydrateEligibleMethods',
      'updateLocale',
      'createPayLaterOneTimePaymentSession',
      'createPayPalCreditOneTimePaymentSession',
      'createPayPalCreditSavePaymentSession',
    ] as const;
    for (const member of members) {
      const call = instance[member] as () => unknown;
      expect(call, member).to.throw(Error, `PayPal simulator: ${member} is not simulated.`);
    }
    expect(simulator.window, 'no PayPal window opened').to.equal(null);
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
