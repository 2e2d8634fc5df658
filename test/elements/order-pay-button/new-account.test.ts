import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderPayButton } from '../../../src/elements/order-pay-button/order-pay-button.js';
import type { Order } from '../../../src/model/order.js';
import type { PayPalAccount } from '../../../src/model/paypal-account.js';
import {
  installPayPalSimulator,
  SIMULATED_PAYER_ID,
  SIMULATED_RETURN_KEY,
  type PayPalSimulator,
  type SimulatorStep,
} from '../../../src/testing.js';
import { fresh, mario, pecOrder } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  choose,
  forgetPayments,
  open,
  parts,
  payButton as kitPayButton,
  settle,
  untilStep,
} from '../../kit/pay-button.js';
import { withFakeClock } from '../../kit/clock.js';
import { captureConsole } from '../../kit/console.js';
import { text } from '../../kit/screen.js';
import { click, deepActiveElement } from '../../kit/user.js';
import { until } from '../../kit/wait.js';

const pec = () => pecOrder({ number: '2026/000777' });

/** The host's backend: creates PayPal orders and captures them. */
function backend(
  capture: () => unknown = () => ({ status: 'completed', paymentId: 'CAP-1', account: fresh }),
  create: () => unknown = () => ({ id: 'PAYPAL-ORD-1' }),
) {
  const creates = host.answer('paypal-create-order', create);
  const captures = host.answer('paypal-capture', capture);
  return { creates, captures };
}

interface Options {
  lang?: string;
  accounts?: PayPalAccount[];
  order?: Order;
  presentation?: string;
  clientId?: string | undefined;
}

/** A button configured for new accounts (client id, sandbox), PayPal as a modal by default. */
function payButton(options: Options = {}) {
  const { lang = 'it', accounts = [mario], order = pec(), presentation = 'modal' } = options;
  const clientId = 'clientId' in options ? options.clientId : 'sim-client';
  return kitPayButton(order, { lang, accounts, presentation, clientId, environment: 'sandbox' });
}

async function toReview(el: OrderPayButton, value = 'new') {
  await open(el);
  await choose(el, value);
  await click(parts(el).proceed!);
  // The summary, or PayPal non raggiungibile.
  await until(() => parts(el).summary !== null || parts(el).retry !== null, 'the next step');
  await settle(el);
}

/** The summary is ready to pay (PayPal loaded). */
const ready = (el: OrderPayButton) =>
  until(
    () => parts(el).confirm !== null && parts(el).summary?.busy === false && !parts(el).progress,
    'the summary is ready',
  );

let simulator: PayPalSimulator;
const visited: string[] = [];
const startUrl = location.href;

const instances = () => simulator.calls.filter((c) => c.method === 'createInstance').length;
const starts = () => simulator.calls.filter((c) => c.method === 'start').length;
const onStep = (step: SimulatorStep) =>
  until(() => simulator.window?.dataset['step'] === step, `PayPal shows the ${step} step`);
function buttonNamed(name: string): HTMLButtonElement {
  const found = [...(simulator.window?.querySelectorAll('button') ?? [])].find(
    (button) => (button.getAttribute('aria-label') ?? text(button)) === name,
  );
  if (!found) throw new Error(`no "${name}" button in the PayPal window`);
  return found;
}

const TERMS = {
  it: { login: 'Accedi', next: 'Continua', accept: 'Accetta e continua', close: 'Chiudi PayPal' },
  en: { login: 'Log In', next: 'Continue', accept: 'Agree and Continue', close: 'Close PayPal' },
};

/** A person goes through PayPal's window and approves. */
async function approveInPayPal(lang: 'it' | 'en' = 'it', code = false) {
  const t = TERMS[lang];
  await onStep('login');
  await click(buttonNamed(t.login));
  await onStep('funding');
  await click(buttonNamed(t.next));
  if (code) {
    await onStep('code');
    await sendKeys({ type: '123456' });
    await click(buttonNamed(t.next));
  }
  await onStep('review');
  await click(buttonNamed(t.accept));
}

/** Prosegui e paga, then PayPal's window is open (waiting for PayPal). */
async function payAndWait(el: OrderPayButton) {
  await ready(el);
  await click(parts(el).confirm!);
  await settle(el);
  await until(() => simulator.window !== null, 'PayPal opens its window');
}

describe('<order-pay-button> with a new PayPal account', () => {
  beforeEach(() => {
    visited.length = 0;
    simulator = installPayPalSimulator({
      autoPlay: false,
      navigate: (url) => {
        visited.push(url);
        // The page "comes back" from PayPal without leaving the test.
        history.replaceState(null, '', url);
      },
    });
  });

  afterEach(() => {
    simulator.uninstall();
    for (const dialog of document.querySelectorAll('dialog.cak-pps')) dialog.remove();
    host.reset();
    forgetPayments();
    sessionStorage.removeItem(SIMULATED_RETURN_KEY);
    history.replaceState(null, '', startUrl);
  });

  describe('loading PayPal', () => {
    it('never loads PayPal for a registered account; loads it once on Nuovo account PayPal', async () => {
      host.answer('order-pay-authorize', () => ({ status: 'completed', paymentId: 'PAY-1' }));
      const el = await payButton();
      expect(instances()).to.equal(0); // never before Paga
      await open(el);
      await choose(el, mario.id);
      await click(parts(el).proceed!);
      await untilStep(el, 'reviewing');
      await click(parts(el).confirm!);
      await untilStep(el, 'result');
      expect(instances()).to.equal(0);
      parts(el).dialog!.close();

      const other = await payButton();
      await open(other);
      expect(instances()).to.equal(0);
      await choose(other, 'new');
      await until(() => instances() === 1, 'PayPal is loaded on choosing a new account');
      await choose(other, mario.id);
      await choose(other, 'new');
      await settle(other);
      expect(instances()).to.equal(1);
      const options = simulator.calls.find((c) => c.method === 'createInstance');
      expect(JSON.stringify(options)).to.contain('"locale":"it-IT"');
    });

    it('preloads PayPal when the dialog opens with no registered account', async () => {
      const el = await payButton({ accounts: [] });
      await settle(el);
      expect(instances()).to.equal(0);
      await open(el);
      await until(() => instances() === 1, 'PayPal is preloaded');
      expect(starts()).to.equal(0);
    });

    it('asks the host for a client token when there is no client id', async () => {
      const tokens = host.answer('paypal-client-token', () => 'TOKEN-XYZ');
      const el = await payButton({ clientId: undefined, lang: 'en' });
      await open(el);
      await choose(el, 'new');
      await until(() => instances() === 1, 'PayPal loads with the token');
      expect(tokens).to.have.length(1);
      const call = simulator.calls.find((c) => c.method === 'createInstance');
      expect(JSON.stringify(call)).to.contain('"clientToken":"TOKEN-XYZ"');
      expect(JSON.stringify(call)).to.contain('"locale":"en-GB"');
    });

    it('shows "Caricamento di PayPal…" with a busy summary while PayPal loads (slow)', async () => {
      simulator.setScenario('slow');
      const el = await payButton();
      await withFakeClock(async (clock) => {
        await toReview(el);
        expect(text(parts(el).progress)).to.equal('Caricamento di PayPal…');
        expect(text(parts(el).live)).to.equal('Caricamento di PayPal…');
        expect(parts(el).summary!.busy).to.be.true;
        // axe schedules its work with setTimeout: let the fake clock run it (a few ms).
        let checked = false;
        const accessible = (async () => {
          await expect(el).to.be.accessible();
        })().finally(() => (checked = true));
        while (!checked) await clock.tickAsync(1);
        await accessible;
        // The slow PayPal takes 1.5 s to start.
        await clock.tickAsync(1_499 - clock.now);
        await settle(el);
        expect(parts(el).summary!.busy).to.be.true;
        await clock.tickAsync(1);
      });
      await ready(el);
      expect(parts(el).progress).to.be.null;
    });

    for (const lang of ['it', 'en'] as const) {
      it(`says PayPal cannot be reached, with Riprova and Indietro (load-failure, ${lang})`, async () => {
        simulator.setScenario('load-failure');
        host.answer('order-pay-authorize', () => ({ status: 'completed', paymentId: 'PAY-2' }));
        const warnings = captureConsole('warn');
        let el: OrderPayButton;
        try {
          el = await payButton({ lang });
          await toReview(el);
          await until(() => parts(el).retry !== null, 'PayPal non raggiungibile');
        } finally {
          warnings.restore();
        }
        const unreachable = lang === 'it' ? 'PayPal non raggiungibile' : 'PayPal cannot be reached';
        expect(text(parts(el).error)).to.contain(unreachable);
        expect(text(parts(el).live)).to.equal(unreachable);
        expect(parts(el).back).to.exist;
        await expect(el).to.be.accessible();
        // Indietro: the registered account still works.
        await click(parts(el).back!);
        await untilStep(el, 'choosing');
        await choose(el, mario.id);
        await click(parts(el).proceed!);
        await untilStep(el, 'reviewing');
        await click(parts(el).confirm!);
        await untilStep(el, 'result');
        parts(el).dialog!.close();
        // Riprova loads again.
        const other = await payButton({ lang });
        const w = captureConsole('warn');
        try {
          await toReview(other);
          await until(() => parts(other).retry !== null, 'unreachable again');
        } finally {
          w.restore();
        }
        simulator.setScenario('approve');
        await click(parts(other).retry!);
        await ready(other);
      });
    }
  });

  describe('paying', () => {
    it('starts PayPal in the click, waits for it, captures and confirms with the new account (approve)', async () => {
      const { creates, captures } = backend();
      const successes = host.record('order-pay-success');
      const order = pec();
      const el = await payButton({ order });
      await toReview(el);
      await ready(el);
      await click(parts(el).confirm!);
      // Started synchronously inside the click: the window is already there.
      expect(simulator.window).to.exist;
      await settle(el);
      expect(text(parts(el).progress)).to.equal(
        'In attesa di PayPal: completa il pagamento nella finestra di PayPal.',
      );
      expect(text(parts(el).live)).to.equal(
        'In attesa di PayPal: completa il pagamento nella finestra di PayPal.',
      );
      expect(parts(el).close!.disabled).to.be.true;
      await expect(el).to.be.accessible();
      expect(creates).to.have.length(1);
      await until(() => creates.length === 1, 'the PayPal order is created');
      expect(creates[0]!.detail.order).to.equal(order);
      const requestId = creates[0]!.detail.requestId;
      expect(requestId).to.match(/^[0-9a-f-]{36}$/);
      const start = simulator.calls.find((c) => c.method === 'start');
      expect(JSON.stringify(start)).to.contain('"presentationMode":"modal"');

      await approveInPayPal();
      await until(() => parts(el).result !== null, 'the payment is confirmed');
      expect(captures).to.have.length(1);
      expect(captures[0]!.detail.orderId).to.equal('PAYPAL-ORD-1');
      expect(captures[0]!.detail.payerId).to.equal(SIMULATED_PAYER_ID);
      expect(captures[0]!.detail.requestId).to.equal(requestId);
      const result = text(parts(el).result);
      expect(result).to.contain('Pagamento completato');
      expect(result).to.contain('Riceverai un’e-mail di conferma del pagamento.');
      expect(result).to.contain(
        'Account PayPal registrato per i prossimi pagamenti: nuovo.conto@example.it',
      );
      expect(result).to.contain('Il rinnovo automatico è attivo');
      expect(successes).to.have.length(1);
      const success = successes[0]!;
      expect(success.detail.requestId).to.equal(requestId);
      expect(success.detail.result).to.deep.equal({
        status: 'completed',
        paymentId: 'CAP-1',
        account: fresh,
      });
      parts(el).dialog!.close();
      await settle(el);
      expect(text(parts(el).status)).to.equal('Pagato');
    });

    it('keeps focus in the dialog, on the progress, while the host captures', async () => {
      host.answer('paypal-create-order', () => ({ id: 'PAYPAL-ORD-F' }));
      const { requests, pending } = host.hold('paypal-capture');
      const el = await payButton();
      await toReview(el);
      await payAndWait(el);
      await approveInPayPal();
      await until(() => requests.length === 1, 'the capture');
      await until(() => deepActiveElement() === parts(el).progress, 'focus on the progress');
      expect(text(parts(el).progress)).to.equal('Autorizzazione del pagamento in corso…');
      expect(document.activeElement).not.to.equal(document.body);
      pending[0]!.resolve({ status: 'completed', paymentId: 'CAP-F' });
      await untilStep(el, 'result');
    });

    it('works in English with a one-time code (approve-with-code)', async () => {
      simulator.setScenario('approve-with-code');
      backend(() => ({
        status: 'completed',
        paymentId: 'CAP-2',
        account: fresh,
        renewalActivated: false,
      }));
      const el = await payButton({ lang: 'en', presentation: 'auto' });
      await toReview(el);
      await payAndWait(el);
      expect(text(parts(el).progress)).to.equal(
        'Waiting for PayPal: complete the payment in the PayPal window.',
      );
      await expect(el).to.be.accessible();
      await approveInPayPal('en', true);
      await until(() => parts(el).result !== null, 'paid');
      const result = text(parts(el).result);
      expect(result).to.contain(
        'PayPal account registered for future payments: nuovo.conto@example.it',
      );
      expect(result).not.to.contain('Automatic renewal');
      await expect(el).to.be.accessible();
    });

    for (const lang of ['it', 'en'] as const) {
      it(`takes a closed PayPal window as a cancel, and Prosegui works again (cancel, ${lang})`, async () => {
        simulator.setScenario('cancel');
        const { creates, captures } = backend();
        const failures = host.record('order-pay-failure');
        const el = await payButton({ lang });
        await toReview(el);
        await payAndWait(el);
        await onStep('login');
        await click(buttonNamed(TERMS[lang].close));
        await until(() => parts(el).notice !== null, 'back to the summary');
        const notice =
          lang === 'it'
            ? 'Hai chiuso la finestra di PayPal: nessun pagamento è stato effettuato.'
            : 'You closed the PayPal window: no payment was made.';
        expect(text(parts(el).notice)).to.equal(notice);
        // Brought into view and read once: it takes focus, the live region does not repeat it.
        await until(() => deepActiveElement() === parts(el).notice, 'focus on the notice');
        const box = parts(el).notice!.getBoundingClientRect();
        const dialog = parts(el).dialog!.getBoundingClientRect();
        expect(box.top).to.be.at.least(dialog.top);
        expect(box.bottom).to.be.at.most(dialog.bottom);
        expect(text(parts(el).live)).not.to.contain(notice);
        expect(failures).to.have.length(0);
        expect(captures).to.have.length(0);
        await expect(el).to.be.accessible();
        simulator.setScenario('approve');
        await payAndWait(el);
        expect(starts()).to.equal(2);
        expect(creates[1]!.detail.requestId).to.equal(creates[0]!.detail.requestId);
        await approveInPayPal(lang);
        await until(() => parts(el).result !== null, 'paid after all');
      });
    }

    it('shows a recoverable PayPal error with Riprova, which starts PayPal again (error-recoverable)', async () => {
      simulator.setScenario('error-recoverable');
      backend();
      const failures = host.record('order-pay-failure');
      const el = await payButton();
      await toReview(el);
      await payAndWait(el);
      await approveInPayPal();
      await onStep('error');
      await click(buttonNamed('Chiudi'));
      await until(() => parts(el).retry !== null, 'the PayPal error');
      expect(text(parts(el).error)).to.equal(
        'Pagamento non riuscito PayPal non ha completato il pagamento: puoi riprovare.',
      );
      const failure = failures[0]!;
      expect(failure.detail.error.code).to.equal('paypal-error');
      await expect(el).to.be.accessible();
      simulator.setScenario('approve');
      await click(parts(el).retry!);
      await until(() => simulator.window !== null, 'PayPal again');
      expect(starts()).to.equal(2);
      await approveInPayPal();
      await until(() => parts(el).result !== null, 'paid');
    });

    it('shows a fatal PayPal error without Riprova (error-fatal, en)', async () => {
      simulator.setScenario('error-fatal');
      backend();
      const el = await payButton({ lang: 'en' });
      await toReview(el);
      await payAndWait(el);
      await approveInPayPal('en');
      await onStep('error');
      await click(buttonNamed('Close'));
      await until(() => parts(el).back !== null, 'the PayPal error');
      expect(text(parts(el).error)).to.equal(
        'Payment failed PayPal cannot complete this payment: go back and choose another account.',
      );
      expect(parts(el).retry).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('host errors', () => {
    it('names paypal-create-order in one console.error when nothing answers it', async () => {
      host.answer('paypal-capture', () => ({ status: 'completed' }));
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton();
        await toReview(el);
        await ready(el);
        await click(parts(el).confirm!);
        await until(() => parts(el).error !== null, 'the failure');
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('Il pagamento non è configurato in questa pagina.');
      const ours = errors.calls.map((c) => String(c[0])).filter((m) => m.includes('order-pay'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('"paypal-create-order"');
      expect(parts(el).retry).to.exist;
    });

    it('gives the host message when the order cannot be created', async () => {
      backend(undefined, () => Promise.reject(new Error('Ordine già pagato')));
      const el = await payButton();
      await toReview(el);
      await ready(el);
      await click(parts(el).confirm!);
      await until(() => parts(el).error !== null, 'the failure');
      expect(text(parts(el).error)).to.equal(
        'Pagamento non riuscito Il pagamento non è partito e non ti è stato addebitato nulla. Ordine già pagato.',
      );
    });

    it('re-sends the same capture on Riprova after a failed capture, without PayPal again', async () => {
      let calls = 0;
      const { captures } = backend(() =>
        ++calls === 1
          ? Promise.reject(new Error('Rete assente'))
          : { status: 'completed', paymentId: 'CAP-3' },
      );
      const el = await payButton();
      await toReview(el);
      await payAndWait(el);
      await approveInPayPal();
      await until(() => parts(el).retry !== null, 'the capture failed');
      expect(text(parts(el).error)).to.contain('Rete assente');
      await click(parts(el).retry!);
      await until(() => parts(el).result !== null, 'paid');
      expect(captures).to.have.length(2);
      expect(captures[1]!.detail.requestId).to.equal(captures[0]!.detail.requestId);
      expect(starts()).to.equal(1);
      expect(text(parts(el).result)).not.to.contain('Account PayPal registrato');
    });

    it('says the configuration is missing, with one console.error, for a missing environment', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await fixture<OrderPayButton>(html`
          <order-pay-button
            .order=${pec()}
            .accounts=${[mario]}
            paypal-client-id="sim-client"
          ></order-pay-button>
        `);
        await toReview(el);
        await click(parts(el).confirm!);
        await settle(el);
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('manca la configurazione di PayPal');
      expect(errors.calls).to.have.length(1);
      expect(instances()).to.equal(0);
    });

    it('treats an invalid presentation as auto, with one console.error, and reflects it', async () => {
      backend();
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton({ presentation: 'fullscreen' });
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        errors.restore();
      }
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('"fullscreen"');
      el.presentation = 'popup';
      await el.updateComplete;
      expect(el.getAttribute('presentation')).to.equal('popup');
      el.presentation = 'nope';
      await toReview(el);
      await payAndWait(el);
      const start = simulator.calls.find((c) => c.method === 'start');
      expect(JSON.stringify(start)).to.contain('"presentationMode":"auto"');
    });
  });
});
