import { expect, fixture, html } from '@open-wc/testing';
import type { OrderPayButton } from '../../../src/elements/order-pay-button/order-pay-button.js';
import {
  installPayPalSimulator,
  SIMULATED_PAYER_ID,
  SIMULATED_RETURN_KEY,
  type PayPalSimulator,
} from '../../../src/testing.js';
import { withFakeClock } from '../../kit/clock.js';
import { captureConsole, logging } from '../../kit/console.js';
import { fresh, mario, pecOrder } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  choose,
  forgetPayments,
  open,
  parts,
  payButtonForPayPal,
  payInPayPal,
  settle,
  toPayPalReview,
  untilReadyToPay,
  untilStep,
} from '../../kit/pay-button.js';
import {
  approveInPayPal,
  callsOf,
  PAYPAL_TERMS,
  paypalBackend,
  payPalButton,
  untilPayPalShows,
} from '../../kit/paypal.js';
import { text } from '../../kit/screen.js';
import { click, deepActiveElement } from '../../kit/user.js';
import { until } from '../../kit/wait.js';

describe('<order-pay-button> with a new PayPal account', () => {
  const startUrl = location.href;
  let simulator: PayPalSimulator;
  const instances = () => callsOf(simulator, 'createInstance').length;
  const starts = () => callsOf(simulator, 'start').length;

  beforeEach(() => {
    simulator = installPayPalSimulator({
      autoPlay: false,
      // The page "comes back" from PayPal without leaving the test.
      navigate: (url) => history.replaceState(null, '', url),
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
      const el = await payButtonForPayPal();
      expect(instances()).to.equal(0); // never before Paga
      await open(el);
      await choose(el, mario.id);
      await click(parts(el).proceed!);
      await untilStep(el, 'reviewing');
      await click(parts(el).confirm!);
      await untilStep(el, 'result');
      expect(instances()).to.equal(0);
      parts(el).dialog!.close();

      const other = await payButtonForPayPal();
      await open(other);
      expect(instances()).to.equal(0);
      await choose(other, 'new');
      await until(() => instances() === 1, 'PayPal is loaded on choosing a new account');
      await choose(other, mario.id);
      await choose(other, 'new');
      await settle(other);
      expect(instances()).to.equal(1);
      const options = callsOf(simulator, 'createInstance')[0];
      expect(JSON.stringify(options)).to.contain('"locale":"it-IT"');
    });

    it('preloads PayPal when the dialog opens with no registered account', async () => {
      const el = await payButtonForPayPal({ accounts: [] });
      await settle(el);
      expect(instances()).to.equal(0);
      await open(el);
      await until(() => instances() === 1, 'PayPal is preloaded');
      expect(starts()).to.equal(0);
    });

    it('asks the host for a client token when there is no client id', async () => {
      const tokens = host.answer('paypal-client-token', () => 'TOKEN-XYZ');
      const el = await payButtonForPayPal({ clientId: undefined, lang: 'en' });
      await open(el);
      await choose(el, 'new');
      await until(() => instances() === 1, 'PayPal loads with the token');
      expect(tokens).to.have.length(1);
      const call = callsOf(simulator, 'createInstance')[0];
      expect(JSON.stringify(call)).to.contain('"clientToken":"TOKEN-XYZ"');
      expect(JSON.stringify(call)).to.contain('"locale":"en-GB"');
    });

    it('shows "Caricamento di PayPal…" with a busy summary while PayPal loads (slow)', async () => {
      simulator.setScenario('slow');
      const el = await payButtonForPayPal();
      await withFakeClock(async (clock) => {
        await toPayPalReview(el);
        expect(text(parts(el).progress)).to.equal('Caricamento di PayPal…');
        expect(text(parts(el).live)).to.equal('Caricamento di PayPal…');
        expect(parts(el).summary).to.have.property('busy', true);
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
        expect(parts(el).summary).to.have.property('busy', true);
        await clock.tickAsync(1);
      });
      await untilReadyToPay(el);
      expect(parts(el).progress).to.be.null;
    });

    for (const lang of ['it', 'en'] as const) {
      it(`says PayPal cannot be reached, with Riprova and Indietro (load-failure, ${lang})`, async () => {
        simulator.setScenario('load-failure');
        host.answer('order-pay-authorize', () => ({ status: 'completed', paymentId: 'PAY-2' }));
        const warnings = captureConsole('warn');
        let el: OrderPayButton;
        try {
          el = await payButtonForPayPal({ lang });
          await toPayPalReview(el);
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
        const other = await payButtonForPayPal({ lang });
        const w = captureConsole('warn');
        try {
          await toPayPalReview(other);
          await until(() => parts(other).retry !== null, 'unreachable again');
        } finally {
          w.restore();
        }
        simulator.setScenario('approve');
        await click(parts(other).retry!);
        await untilReadyToPay(other);
      });
    }
  });

  describe('paying', () => {
    it('starts PayPal in the click, waits for it, captures and confirms with the new account (approve)', async () => {
      const { creates, captures } = paypalBackend();
      const successes = host.record('order-pay-success');
      const order = pecOrder();
      const el = await payButtonForPayPal({ order });
      await toPayPalReview(el);
      await untilReadyToPay(el);
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
      expect(parts(el).close).to.have.attribute('disabled');
      await expect(el).to.be.accessible();
      expect(creates).to.have.length(1);
      await until(() => creates.length === 1, 'the PayPal order is created');
      expect(creates[0]!.detail.order).to.equal(order);
      const requestId = creates[0]!.detail.requestId;
      expect(requestId).to.match(/^[0-9a-f-]{36}$/);
      const start = callsOf(simulator, 'start')[0];
      expect(JSON.stringify(start)).to.contain('"presentationMode":"modal"');

      await approveInPayPal(simulator);
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
      const el = await payButtonForPayPal();
      await toPayPalReview(el);
      await payInPayPal(el, simulator);
      await approveInPayPal(simulator);
      await until(() => requests.length === 1, 'the capture');
      await until(() => deepActiveElement() === parts(el).progress, 'focus on the progress');
      expect(text(parts(el).progress)).to.equal('Autorizzazione del pagamento in corso…');
      expect(document.activeElement).not.to.equal(document.body);
      pending[0]!.resolve({ status: 'completed', paymentId: 'CAP-F' });
      await untilStep(el, 'result');
    });

    it('works in English with a one-time code (approve-with-code)', async () => {
      simulator.setScenario('approve-with-code');
      paypalBackend(() => ({
        status: 'completed',
        paymentId: 'CAP-2',
        account: fresh,
        renewalActivated: false,
      }));
      const el = await payButtonForPayPal({ lang: 'en', presentation: 'auto' });
      await toPayPalReview(el);
      await payInPayPal(el, simulator);
      expect(text(parts(el).progress)).to.equal(
        'Waiting for PayPal: complete the payment in the PayPal window.',
      );
      await expect(el).to.be.accessible();
      await approveInPayPal(simulator, 'en', true);
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
        const { creates, captures } = paypalBackend();
        const failures = host.record('order-pay-failure');
        const el = await payButtonForPayPal({ lang });
        await toPayPalReview(el);
        await payInPayPal(el, simulator);
        await untilPayPalShows(simulator, 'login');
        await click(payPalButton(simulator, PAYPAL_TERMS[lang].close));
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
        await payInPayPal(el, simulator);
        expect(starts()).to.equal(2);
        expect(creates[1]!.detail.requestId).to.equal(creates[0]!.detail.requestId);
        await approveInPayPal(simulator, lang);
        await until(() => parts(el).result !== null, 'paid after all');
      });
    }

    it('shows a recoverable PayPal error with Riprova, which starts PayPal again (error-recoverable)', async () => {
      simulator.setScenario('error-recoverable');
      paypalBackend();
      const failures = host.record('order-pay-failure');
      const el = await payButtonForPayPal();
      await toPayPalReview(el);
      await payInPayPal(el, simulator);
      await approveInPayPal(simulator);
      await untilPayPalShows(simulator, 'error');
      await click(payPalButton(simulator, 'Chiudi'));
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
      await approveInPayPal(simulator);
      await until(() => parts(el).result !== null, 'paid');
    });

    it('shows a fatal PayPal error without Riprova (error-fatal, en)', async () => {
      simulator.setScenario('error-fatal');
      paypalBackend();
      const el = await payButtonForPayPal({ lang: 'en' });
      await toPayPalReview(el);
      await payInPayPal(el, simulator);
      await approveInPayPal(simulator, 'en');
      await untilPayPalShows(simulator, 'error');
      await click(payPalButton(simulator, 'Close'));
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
        el = await payButtonForPayPal();
        await toPayPalReview(el);
        await untilReadyToPay(el);
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
      paypalBackend(undefined, () => Promise.reject(new Error('Ordine già pagato')));
      const el = await payButtonForPayPal();
      await toPayPalReview(el);
      await untilReadyToPay(el);
      await click(parts(el).confirm!);
      await until(() => parts(el).error !== null, 'the failure');
      expect(text(parts(el).error)).to.equal(
        'Pagamento non riuscito Il pagamento non è partito e non ti è stato addebitato nulla. Ordine già pagato.',
      );
    });

    it('re-sends the same capture on Riprova after a failed capture, without PayPal again', async () => {
      let calls = 0;
      const { captures } = paypalBackend(() =>
        ++calls === 1
          ? Promise.reject(new Error('Rete assente'))
          : { status: 'completed', paymentId: 'CAP-3' },
      );
      const el = await payButtonForPayPal();
      await toPayPalReview(el);
      await payInPayPal(el, simulator);
      await approveInPayPal(simulator);
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
            .order=${pecOrder()}
            .accounts=${[mario]}
            paypal-client-id="sim-client"
          ></order-pay-button>
        `);
        await toPayPalReview(el);
        await click(parts(el).confirm!);
        await settle(el);
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('manca la configurazione di PayPal');
      expect(errors.calls).to.have.length(1);
      expect(instances()).to.equal(0);
    });

    it('shows an invalid presentation instead of Paga, and opens PayPal as told once fixed', async () => {
      paypalBackend();
      const { value: el, calls } = await logging(() =>
        payButtonForPayPal({ presentation: 'fullscreen' }),
      );
      expect(parts(el).button).to.be.null;
      expect(text(parts(el).error)).to.contain('Campo «presentation»: valore non riconosciuto.');
      expect(calls).to.have.length(1);
      el.setAttribute('presentation', 'popup');
      await el.updateComplete;
      expect(parts(el).error).to.be.null;
      await toPayPalReview(el);
      await payInPayPal(el, simulator);
      const start = callsOf(simulator, 'start')[0];
      expect(JSON.stringify(start)).to.contain('"presentationMode":"popup"');
    });
  });
});
