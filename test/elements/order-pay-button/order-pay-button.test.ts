import { expect, fixture, html } from '@open-wc/testing';
import type { OrderPayButton } from '../../../src/elements/order-pay-button/order-pay-button.js';
import { withFakeClock } from '../../kit/clock.js';
import { captureConsole, logging } from '../../kit/console.js';
import { anna, firmaOrder, mario, pecOrder } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  choose,
  confirm,
  forgetPayments,
  open,
  parts,
  pay,
  payButton,
  settle,
  step,
  toReview,
  twoButtons,
  untilStep,
  UUID,
} from '../../kit/pay-button.js';
import { text } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { until } from '../../kit/wait.js';

describe('<order-pay-button>', () => {
  afterEach(() => {
    host.reset();
    forgetPayments();
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible in every state (${lang})`, async () => {
        const { requests, pending } = host.hold('order-pay-authorize');
        const el = await payButton(pecOrder(), { lang });
        await expect(el).to.be.accessible(); // idle
        await open(el);
        expect(step(el)).to.equal('choosing');
        await expect(el).to.be.accessible();
        await choose(el, mario.id);
        await click(parts(el).proceed!);
        await untilStep(el, 'reviewing');
        await expect(el).to.be.accessible();
        await pay(el, requests);
        expect(step(el)).to.equal('authorizing');
        await expect(el).to.be.accessible();
        pending[0]!.resolve({ status: 'completed', paymentId: 'PAY-1' });
        await untilStep(el, 'result');
        await expect(el).to.be.accessible();
        parts(el).dialog!.close();
        await settle(el);
        await expect(el).to.be.accessible(); // status only (Pagato)

        const other = await payButton(pecOrder(), { lang });
        await toReview(other);
        await pay(other, requests);
        pending[1]!.resolve({ status: 'declined', message: 'Fondi insufficienti' });
        await untilStep(other, 'failed');
        await expect(other).to.be.accessible();
      });

      it(`is accessible loading and failing to load the accounts, and in error (${lang})`, async () => {
        const { pending } = host.hold('paypal-accounts');
        const el = await payButton(pecOrder(), { lang, accounts: undefined });
        await open(el);
        expect(step(el)).to.equal('waiting');
        await expect(el).to.be.accessible();
        pending[0]!.reject(new Error('Servizio non disponibile'));
        await until(() => parts(el).retry !== null, 'Riprova');
        await expect(el).to.be.accessible();

        const { value: bad } = await logging(() => payButton({ id: 'x' }, { lang }));
        await expect(bad).to.be.accessible();
        await expect(await payButton(pecOrder({ status: 'expired' }), { lang })).to.be.accessible();
      });
    }
  });

  describe('the Paga button and the status', () => {
    it('shows Paga, named with the order number, for an order awaiting payment', async () => {
      const { button, status } = parts(await payButton());
      expect(text(button)).to.equal('Paga');
      expect(button!.getAttribute('aria-label')).to.equal('Paga l’ordine 2026/000123');
      expect(button!.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(status).to.be.null;
    });

    for (const [status, it_, en_] of [
      ['paid', 'Pagato', 'Paid'],
      ['cancelled', 'Annullato', 'Cancelled'],
      ['expired', 'Scaduto', 'Expired'],
    ] as const) {
      it(`shows “${it_}” / “${en_}” and no action for a ${status} order`, async () => {
        const el = await payButton(pecOrder({ status }));
        expect(parts(el).button).to.be.null;
        expect(text(parts(el).status)).to.equal(it_);
        expect(parts(el).dialog).to.be.null;
        el.setAttribute('lang', 'en');
        await settle(el);
        expect(text(parts(el).status)).to.equal(en_);
      });
    }

    it('renders nothing until the host gives an order', async () => {
      const el = await fixture<OrderPayButton>(html`<order-pay-button></order-pay-button>`);
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
    });

    it('accepts the order as a JSON attribute', async () => {
      const order = JSON.stringify(pecOrder({ number: 'A-9' }));
      const el = await fixture<OrderPayButton>(
        html`<order-pay-button order=${order}></order-pay-button>`,
      );
      expect(parts(el).button!.getAttribute('aria-label')).to.equal('Paga l’ordine A-9');
    });

    it('dispatches nothing when the host sets or changes the order', async () => {
      const events = (
        ['order-pay-open', 'order-pay-close', 'paypal-accounts', 'order-pay-authorize'] as const
      ).map((type) => host.record(type));
      const el = await payButton(pecOrder(), { accounts: undefined });
      el.order = pecOrder({ number: '2' });
      await settle(el);
      el.order = pecOrder({ status: 'paid' });
      await settle(el);
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0, 0]);
    });
  });

  describe('opening the dialog', () => {
    it('dispatches a cancelable order-pay-open with the order, and opens a named modal dialog', async () => {
      const order = pecOrder();
      const opens = host.record('order-pay-open');
      const el = await payButton(order);
      await open(el);
      expect(opens).to.have.length(1);
      expect(opens[0]!.detail.order).to.equal(order);
      expect(opens[0]).to.include({ cancelable: true, bubbles: true, composed: true });
      const { dialog } = parts(el);
      expect(dialog).to.have.attribute('open');
      expect(dialog).to.match(':modal');
      const title = el.shadowRoot!.getElementById(dialog!.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal('Paga l’ordine 2026/000123');
      expect(text(dialog)).to.contain('Modalità di pagamento: PayPal');
    });

    it('opens nothing when the host cancels order-pay-open', async () => {
      host.on('order-pay-open', (event) => event.preventDefault());
      const requests = host.record('paypal-accounts');
      const el = await payButton(pecOrder(), { accounts: undefined });
      await open(el);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(requests).to.have.length(0);
    });

    it('moves focus into the dialog (the account select) and back to Paga on close', async () => {
      const closes = host.record('order-pay-close');
      const el = await payButton();
      await open(el);
      expect(deepActiveElement()).to.equal(parts(el).nativeSelect);
      await click(parts(el).close!);
      await settle(el);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(deepActiveElement()).to.equal(parts(el).button);
      expect(closes.map((e) => e.detail.step)).to.deep.equal(['choosing']);
    });

    it('closes on Escape from the summary and says in which step', async () => {
      const closes = host.record('order-pay-close');
      const el = await payButton();
      await toReview(el);
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(closes.map((e) => e.detail.step)).to.deep.equal(['reviewing']);
      expect(deepActiveElement()).to.equal(parts(el).button);
    });
  });

  describe('the accounts', () => {
    it('asks the host with paypal-accounts when the property is unset, showing progress', async () => {
      const order = pecOrder();
      const { requests, pending } = host.hold('paypal-accounts');
      const el = await payButton(order, { accounts: undefined });
      await open(el);
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail.order).to.equal(order);
      expect(text(parts(el).progress)).to.equal('Caricamento degli account PayPal…');
      expect(parts(el).progress!.closest('[aria-busy="true"]')).to.exist;
      expect(text(parts(el).live)).to.equal('Caricamento degli account PayPal…');
      pending[0]!.resolve([anna]);
      await untilStep(el, 'choosing');
      const options = [...parts(el).nativeSelect!.options].map((o) => o.value);
      expect(options).to.deep.equal(['', 'pp-2', 'new']);
    });

    it('shows the host’s message and Riprova when loading fails, and loads again', async () => {
      let calls = 0;
      host.answer('paypal-accounts', () =>
        ++calls === 1 ? Promise.reject(new Error('Servizio non disponibile')) : [mario],
      );
      const el = await payButton(pecOrder(), { accounts: undefined });
      await open(el);
      await until(() => parts(el).retry !== null, 'Riprova');
      expect(text(parts(el).error)).to.equal(
        'Non è stato possibile caricare gli account PayPal. Servizio non disponibile.',
      );
      await until(() => deepActiveElement() === parts(el).retry, 'focus on Riprova');
      await press('Enter');
      await untilStep(el, 'choosing');
      expect(calls).to.equal(2);
    });

    it('says the connection failed, not the browser’s words, when the accounts cannot be fetched', async () => {
      host.answer('paypal-accounts', () => Promise.reject(new TypeError('Failed to fetch')));
      const el = await payButton(pecOrder(), { accounts: undefined });
      await open(el);
      await until(() => parts(el).error !== null, 'the error');
      expect(text(parts(el).error)).to.equal(
        'Connessione assente o instabile: non è stato possibile caricare gli account PayPal.',
      );
    });

    it('names the result when the host answers something that is not an array', async () => {
      host.answer('paypal-accounts', () => ({ accounts: [] }));
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton(pecOrder(), { accounts: undefined });
        await open(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('paypal-accounts result');
      expect(parts(el).retry).to.exist;
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('paypal-accounts result');
    });

    it('refuses a registered account whose id is the reserved "new"', async () => {
      host.answer('paypal-accounts', () => [{ id: 'new', email: 'mario.rossi@example.it' }]);
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton(pecOrder(), { accounts: undefined });
        await open(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('paypal-accounts result[0].id');
      expect(text(parts(el).error)).to.contain('valore riservato');
      expect(parts(el).select).to.be.null;
      expect(errors.calls.map((c) => String(c[0]))).to.deep.equal([
        '<order-pay-button>: invalid "paypal-accounts result[0].id" (reserved).',
      ]);
    });

    it('says the accounts are not configured, naming the event in one console.error', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton(pecOrder(), { accounts: undefined });
        await open(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.equal(
        'Gli account PayPal non sono configurati in questa pagina.',
      );
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('"paypal-accounts"');
    });

    it('goes to Nuovo account PayPal when no account is registered, focusing Prosegui', async () => {
      const el = await payButton(pecOrder(), { accounts: [] });
      await open(el);
      expect(parts(el).select!.value).to.equal('new');
      expect(deepActiveElement()).to.equal(parts(el).proceed);
      await press('Enter');
      await untilStep(el, 'reviewing');
    });

    it('does not proceed without a choice (the select is required)', async () => {
      const el = await payButton();
      await open(el);
      await click(parts(el).proceed!);
      await settle(el);
      expect(step(el)).to.equal('choosing');
    });
  });

  describe('paying with a registered account', () => {
    it('sends order-pay-authorize with order, account and a UUID requestId, then confirms', async () => {
      const order = pecOrder();
      const requests = host.answer('order-pay-authorize', () => ({
        status: 'completed',
        paymentId: 'PAY-1',
      }));
      const successes = host.record('order-pay-success');
      const el = await payButton(order);
      await toReview(el, anna.id);
      expect(text(parts(el).confirm)).to.equal('Prosegui e paga');
      await pay(el, requests);
      await untilStep(el, 'result');
      expect(requests).to.have.length(1);
      const { detail } = requests[0]!;
      expect(detail.order).to.equal(order);
      expect(detail.account.id).to.equal('pp-2');
      expect(detail.requestId).to.match(UUID);
      const result = parts(el).result!;
      expect(text(result)).to.contain('Pagamento completato');
      expect(text(result)).to.contain('24,40 €');
      expect(text(result)).to.contain('Riceverai un’e-mail di conferma del pagamento.');
      expect(text(result)).to.contain('Riferimento del pagamento: PAY-1');
      expect(text(result)).to.contain(
        'Il rinnovo automatico è attivo: riceverai un’e-mail di conferma dell’attivazione.',
      );
      expect(text(parts(el).live)).to.equal('Pagamento completato');
      expect(deepActiveElement()).to.equal(result.querySelector('h3'));
      expect(successes).to.have.length(1);
      expect(successes[0]!.detail).to.deep.equal({
        order,
        result: { status: 'completed', paymentId: 'PAY-1' },
        requestId: detail.requestId,
      });
    });

    it('does not mention renewal for a firma-digitale order, nor when the host says it is off', async () => {
      const renewal: { activated?: boolean } = {};
      const requests = host.answer('order-pay-authorize', () =>
        renewal.activated === undefined
          ? { status: 'completed' }
          : { status: 'completed', renewalActivated: renewal.activated },
      );
      const el = await payButton(firmaOrder());
      await toReview(el);
      await pay(el, requests);
      await untilStep(el, 'result');
      expect(text(parts(el).result)).not.to.contain('rinnovo');
      await click(parts(el).close!);

      renewal.activated = false;
      const pecEl = await payButton(pecOrder());
      await toReview(pecEl);
      await pay(pecEl, requests);
      await untilStep(pecEl, 'result');
      expect(text(parts(pecEl).result)).to.contain('Pagamento completato');
      expect(text(parts(pecEl).result)).not.to.contain('rinnovo');
    });

    it('shows progress, announced, and cannot be dismissed while authorising', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const el = await payButton();
      await toReview(el);
      await pay(el, requests);
      expect(text(parts(el).progress)).to.equal('Autorizzazione del pagamento in corso…');
      expect(text(parts(el).live)).to.equal('Autorizzazione del pagamento in corso…');
      expect(parts(el).live!.getAttribute('role')).to.equal('status');
      expect(parts(el).close).to.have.attribute('disabled');
      expect(parts(el).confirm).to.have.attribute('disabled');
      await press('Escape');
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog).to.have.attribute('open');
      pending[0]!.resolve({ status: 'completed' });
      await untilStep(el, 'result');
    });

    it('sends one request however many clicks, Enter and Space presses', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const el = await payButton();
      await toReview(el);
      const button = parts(el).confirm!;
      button.focus();
      await press('Enter');
      await press('Enter');
      await press(' ');
      await click(button);
      await click(button);
      await until(() => requests.length > 0, 'the request');
      await settle(el);
      expect(requests).to.have.length(1);
      pending[0]!.resolve({ status: 'completed' });
      await untilStep(el, 'result');
      expect(requests).to.have.length(1);
    });

    it('tells the customer a payment is processing when the host says pending, and the host too', async () => {
      const order = pecOrder();
      const requests = host.answer('order-pay-authorize', () => ({
        status: 'pending',
        paymentId: 'PAY-P',
      }));
      const pendings = host.record('order-pay-pending');
      const successes = host.record('order-pay-success');
      const el = await payButton(order);
      await toReview(el);
      await pay(el, requests);
      await untilStep(el, 'result');
      expect(text(parts(el).result)).to.contain('Pagamento in elaborazione');
      expect(text(parts(el).result)).to.contain('Importo: 24,40 €');
      expect(text(parts(el).result)).not.to.contain('pagato');
      expect(text(parts(el).result)).to.contain('Non serve pagare di nuovo.');
      expect(text(parts(el).result)).to.contain('Riferimento del pagamento: PAY-P');
      expect(pendings.map((e) => e.detail.result)).to.deep.equal([
        { status: 'pending', paymentId: 'PAY-P' },
      ]);
      expect(successes).to.have.length(0);
      await click(parts(el).close!);
      await settle(el);
      expect(text(parts(el).status)).to.equal('Pagamento in elaborazione');
      // No element of the order offers Paga again.
      expect(parts(await payButton({ ...order })).button).to.be.null;
      expect(requests).to.have.length(1);
    });

    it('makes a new attempt impossible after a success, even if the host keeps the order unpaid', async () => {
      const order = pecOrder();
      const requests = host.answer('order-pay-authorize', () => ({ status: 'completed' }));
      const closes = host.record('order-pay-close');
      const el = await payButton(order);
      await toReview(el);
      await pay(el, requests);
      await untilStep(el, 'result');
      expect(parts(el).button).to.be.null;
      await click(parts(el).close!);
      await settle(el);
      expect(closes.map((e) => e.detail.step)).to.deep.equal(['succeeded']);
      expect(text(parts(el).status)).to.equal('Pagato');
      expect(deepActiveElement()).to.equal(parts(el).status);
      el.order = { ...order };
      await settle(el);
      expect(parts(el).button).to.be.null;
      // Another element for the same order knows it too.
      const again = await payButton({ ...order });
      expect(parts(again).button).to.be.null;
      expect(text(parts(again).status)).to.equal('Pagato');
      expect(requests).to.have.length(1);
    });
  });

  describe('two elements for one order', () => {
    it('shows "Pagamento in corso" on the other, then "Pagato", with one request and one success', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const successes = host.record('order-pay-success');
      const { first, second } = await twoButtons();
      await toReview(first);
      await pay(first, requests);
      await settle(second);
      expect(parts(second).button).to.be.null;
      expect(text(parts(second).status)).to.equal('Pagamento in corso');
      pending[0]!.resolve({ status: 'completed', paymentId: 'PAY-2' });
      await untilStep(first, 'result');
      await settle(second);
      expect(text(parts(second).status)).to.equal('Pagato');
      expect(requests).to.have.length(1);
      expect(successes).to.have.length(1);
      expect(successes[0]!.target).to.equal(first);
    });

    it('waits for the payment made by the other, and shows its outcome without a click', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const { first, second } = await twoButtons();
      // A script of the page opens the first dialog while the second is on its summary.
      await toReview(second);
      parts(first).button!.click();
      await untilStep(first, 'choosing');
      await choose(first, mario.id);
      await click(parts(first).proceed!);
      await untilStep(first, 'reviewing');
      await pay(first, requests);
      await until(
        () => text(parts(second).progress).includes('in un’altra finestra'),
        'second waits',
      );
      expect(text(parts(second).progress)).to.equal(
        'Il pagamento di quest’ordine è in corso in un’altra finestra o scheda: l’esito comparirà qui.',
      );
      expect(parts(second).confirm).to.be.null;
      pending[0]!.resolve({ status: 'completed', paymentId: 'PAY-3' });
      await untilStep(second, 'result');
      expect(text(parts(second).result)).to.contain('Pagamento completato');
      expect(text(parts(second).result)).to.contain('PAY-3');
      expect(requests).to.have.length(1);
    });

    it('sends nothing more for a paid order, even on Riprova of the other', async () => {
      let calls = 0;
      const requests = host.answer('order-pay-authorize', () =>
        ++calls === 1 ? Promise.reject(new Error('Gateway 502')) : { status: 'completed' },
      );
      const { first, second } = await twoButtons();
      await toReview(second);
      await pay(second, requests);
      await untilStep(second, 'failed');
      // The outcome is unknown: the first element (opened by a script of the page while the
      // second dialog is open) checks it with the same key, and it is paid.
      parts(first).button!.click();
      await until(() => requests.length === 2, 'the check of the earlier attempt');
      await untilStep(first, 'result');
      expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      await settle(second);
      expect(step(second)).to.equal('result');
      expect(parts(second).retry).to.be.null;
      expect(requests).to.have.length(2);
    });
  });

  describe('results that must say what happened', () => {
    const invalid: Array<[string, () => unknown, string]> = [
      ['an Error resolved as the value', () => new Error('declined'), 'result" (type'],
      ['a string', () => 'ok', 'result" (type'],
      ['an object without status', () => ({ paymentId: 'PAY-1' }), 'result.status" (required'],
      ["PayPal's own DECLINED", () => ({ status: 'DECLINED' }), 'result.status" (unknown'],
      [
        'renewalActivated "no"',
        () => ({ status: 'completed', renewalActivated: 'no' }),
        'result.renewalActivated" (type',
      ],
    ];
    for (const [name, answer, issue] of invalid) {
      it(`never shows ${name} as paid: the outcome is unknown, the field is named`, async () => {
        const requests = host.answer('order-pay-authorize', answer);
        const successes = host.record('order-pay-success');
        const failures = host.record('order-pay-failure');
        const errors = captureConsole('error');
        let el: OrderPayButton;
        try {
          el = await payButton();
          await toReview(el);
          await pay(el, requests);
          await untilStep(el, 'failed');
        } finally {
          errors.restore();
        }
        expect(successes).to.have.length(0);
        expect(text(parts(el).error)).to.equal(
          'Esito del pagamento non confermato Il sistema di pagamento ha dato una risposta non valida, quindi non sappiamo se il pagamento è andato a buon fine. Riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
        );
        expect(errors.calls.map((c) => String(c[0]))).to.deep.equal([
          `<order-pay-button>: invalid "order-pay-authorize ${issue}).`,
        ]);
        expect(failures.map((e) => [e.detail.error.code, e.detail.outcome])).to.deep.equal([
          ['invalid-result', 'unknown'],
        ]);
        await click(parts(el).close!);
        await settle(el);
        expect(text(parts(el).button)).to.equal('Paga');
      });
    }
  });

  describe('failures', () => {
    it('says a decline charged nothing, and Riprova makes a new attempt with a new key', async () => {
      const failures = host.record('order-pay-failure');
      let calls = 0;
      const requests = host.answer('order-pay-authorize', () =>
        ++calls === 1
          ? {
              status: 'declined',
              message: 'Fondi insufficienti <b>!</b>',
              reason: 'INSUFFICIENT_FUNDS',
            }
          : { status: 'completed' },
      );
      const el = await payButton();
      await toReview(el);
      await pay(el, requests);
      await untilStep(el, 'failed');
      const message =
        'Il pagamento non è stato autorizzato e non ti è stato addebitato nulla. Fondi insufficienti <b>!</b>.';
      expect(text(parts(el).error)).to.equal(`Pagamento non riuscito ${message}`);
      expect(el.shadowRoot!.querySelector('.error b')).to.be.null;
      expect(text(parts(el).live)).to.contain(message);
      expect(parts(el).back).to.exist;
      expect(failures.map((e) => e.detail)).to.deep.equal([
        {
          order: requests[0]!.detail.order,
          error: { code: 'declined', message },
          outcome: 'declined',
          requestId: requests[0]!.detail.requestId,
        },
      ]);
      await click(parts(el).retry!);
      await until(() => requests.length === 2, 'the new attempt');
      expect(requests[1]!.detail.requestId).to.match(UUID);
      expect(requests[1]!.detail.requestId).not.to.equal(requests[0]!.detail.requestId);
      await untilStep(el, 'result');
    });

    const unknown: Array<[string, () => unknown, string, number]> = [
      [
        'a rejection with a host message',
        () => Promise.reject(new Error('Gateway <b>502</b>')),
        'Non è stato possibile confermare il pagamento. Gateway <b>502</b>. Riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
        0,
      ],
      [
        'a rejection without a message',
        () => Promise.reject(undefined),
        'Non è stato possibile confermare il pagamento. Riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
        0,
      ],
      [
        'a network failure (offline)',
        () => Promise.reject(new TypeError('Failed to fetch')),
        'Connessione assente o instabile: non sappiamo se il pagamento è partito. Controlla la connessione e riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
        0,
      ],
    ];
    for (const [name, answer, message, logs] of unknown) {
      it(`says the outcome is unknown for ${name}, and Riprova re-sends the same key`, async () => {
        const failures = host.record('order-pay-failure');
        let calls = 0;
        const requests = host.answer('order-pay-authorize', () =>
          ++calls === 1 ? answer() : { status: 'completed' },
        );
        const errors = captureConsole('error');
        let el: OrderPayButton;
        try {
          el = await payButton();
          await toReview(el);
          await pay(el, requests);
          await untilStep(el, 'failed');
        } finally {
          errors.restore();
        }
        expect(text(parts(el).error)).to.equal(`Esito del pagamento non confermato ${message}`);
        expect(text(parts(el).error)).not.to.contain('Failed to fetch');
        expect(el.shadowRoot!.querySelector('.error b')).to.be.null;
        // Nobody knows whether it was charged: no other account until it is known.
        expect(parts(el).back).to.be.null;
        expect(errors.calls).to.have.length(logs);
        expect(failures[0]!.detail.outcome).to.equal('unknown');
        expect(failures[0]!.detail.error.message).to.equal(message);
        await until(() => deepActiveElement() === parts(el).retry, 'focus on Riprova');
        await press('Enter');
        await until(() => requests.length === 2, 'Riprova');
        expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
        await untilStep(el, 'result');
      });
    }

    it('re-sends the same key after a timeout, closing the dialog and pressing Paga again', async () => {
      let calls = 0;
      const requests = host.answer('order-pay-authorize', () =>
        ++calls === 1 ? new Promise(() => {}) : { status: 'completed', paymentId: 'LATE' },
      );
      const el = await payButton(pecOrder(), { timeout: 60_000 });
      await toReview(el);
      await withFakeClock(async (clock) => {
        await pay(el, requests);
        expect(step(el)).to.equal('authorizing');
        await clock.tickAsync(59_999);
        expect(step(el)).to.equal('authorizing');
        await clock.tickAsync(1);
      });
      await untilStep(el, 'failed');
      expect(text(parts(el).error)).to.equal(
        'Esito del pagamento non confermato Nessuna risposta dal sistema di pagamento entro il tempo previsto. Riprova: se il pagamento era già andato a buon fine, non ti verrà addebitato di nuovo.',
      );
      expect(parts(el).close).not.to.have.attribute('disabled');
      await click(parts(el).close!);
      await settle(el);
      // Paga again: the earlier attempt is checked first, with its own key and account.
      await click(parts(el).button!);
      await until(() => requests.length === 2, 'the check');
      expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      expect(requests[1]!.detail.account).to.deep.equal(requests[0]!.detail.account);
      await untilStep(el, 'result');
      expect(text(parts(el).result)).to.contain('LATE');
    });

    it('says “Stiamo verificando il pagamento precedente…” while checking an unknown outcome', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const el = await payButton();
      await toReview(el);
      await pay(el, requests);
      pending[0]!.reject(new Error('Gateway 504'));
      await untilStep(el, 'failed');
      await click(parts(el).close!);
      await settle(el);
      await click(parts(el).button!);
      await until(() => requests.length === 2, 'the check');
      await settle(el);
      expect(text(parts(el).progress)).to.equal('Stiamo verificando il pagamento precedente…');
      expect(parts(el).select).to.be.null;
      pending[1]!.resolve({ status: 'declined' });
      await untilStep(el, 'failed');
      expect(text(parts(el).error)).to.contain('non ti è stato addebitato nulla');
      // After a decline the customer may choose again, and the next attempt has a new key.
      await click(parts(el).back!);
      await untilStep(el, 'choosing');
      await choose(el, anna.id);
      await click(parts(el).proceed!);
      await untilStep(el, 'reviewing');
      await pay(el, requests);
      expect(requests[2]!.detail.account.id).to.equal('pp-2');
      expect(requests[2]!.detail.requestId).not.to.equal(requests[0]!.detail.requestId);
    });

    it('uses a new requestId when the customer goes back after a decline and picks another account', async () => {
      const requests = host.answer('order-pay-authorize', () => ({ status: 'declined' }));
      const el = await payButton();
      await toReview(el, mario.id);
      await pay(el, requests);
      await untilStep(el, 'failed');
      await click(parts(el).back!);
      await untilStep(el, 'choosing');
      await choose(el, anna.id);
      await click(parts(el).proceed!);
      await untilStep(el, 'reviewing');
      await pay(el, requests);
      expect(requests.map((r) => r.detail.account.id)).to.deep.equal(['pp-1', 'pp-2']);
      expect(requests[1]!.detail.requestId).not.to.equal(requests[0]!.detail.requestId);
    });

    it('says the page failed when the handler throws, with one console.error', async () => {
      let throws = 0;
      host.on('order-pay-authorize', () => {
        throws++;
        throw new Error('backend URL not configured');
      });
      const errors = captureConsole('error');
      const mochaHandler = window.onerror;
      let el: OrderPayButton;
      try {
        el = await payButton();
        await toReview(el);
        window.onerror = null;
        await confirm(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        window.onerror = mochaHandler;
        errors.restore();
      }
      expect(throws).to.equal(1);
      expect(text(parts(el).error)).to.contain(
        'Si è verificato un errore nella pagina: riprova più tardi.',
      );
      // The test runner reports the host's exception through console.error too: count ours.
      const ours = errors.calls
        .map((c) => String(c[0]))
        .filter((m) => m.includes('<order-pay-button>'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain(
        '"order-pay-authorize" listener threw: backend URL not configured',
      );
      expect(parts(el).retry).to.exist;
    });

    it('says payment is not configured and names order-pay-authorize in one console.error', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton();
        await toReview(el);
        await confirm(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('Il pagamento non è configurato in questa pagina.');
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('"order-pay-authorize"');
    });

    it('gives the PayPal configuration error for a new account, with Indietro and no Riprova', async () => {
      const requests = host.answer('order-pay-authorize', () => ({ status: 'completed' }));
      const failures = host.record('order-pay-failure');
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton();
        await toReview(el, 'new');
        await confirm(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain(
        'Per registrare un nuovo account PayPal manca la configurazione di PayPal (paypal-client-id, paypal-environment).',
      );
      expect(parts(el).retry).to.be.null;
      await until(() => deepActiveElement() === parts(el).back, 'focus on Indietro');
      expect(requests).to.have.length(0);
      expect(failures.map((e) => [e.detail.error.code, e.detail.outcome])).to.deep.equal([
        ['paypal-config', 'not-charged'],
      ]);
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('paypal-client-id, paypal-environment');
      await press('Enter');
      await untilStep(el, 'choosing');
    });

    it('names only the missing PayPal attribute', async () => {
      const errors = captureConsole('error');
      try {
        const el = await payButton(pecOrder(), { clientId: 'client-123' });
        await toReview(el, 'new');
        await confirm(el);
        await until(() => parts(el).error !== null, 'the error');
      } finally {
        errors.restore();
      }
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('paypal-environment');
      expect(String(errors.calls[0]?.[0])).not.to.contain('paypal-client-id');
    });
  });

  describe('keyboard', () => {
    it('completes the whole flow with Tab, arrow keys, Enter and Space', async () => {
      const requests = host.answer('order-pay-authorize', () => ({ status: 'completed' }));
      const el = await payButton(pecOrder(), { accounts: [mario, anna] });
      parts(el).button!.focus();
      await press(' ');
      await settle(el);
      expect(deepActiveElement()).to.equal(parts(el).nativeSelect);
      await press('ArrowDown');
      await settle(el);
      expect(parts(el).select!.value).to.equal('pp-1');
      // Tab past whatever the select offers (e.g. a renewal-info link) to Prosegui.
      for (let i = 0; i < 5 && deepActiveElement() !== parts(el).proceed; i++) await press('Tab');
      expect(deepActiveElement()).to.equal(parts(el).proceed);
      await press('Enter');
      await untilStep(el, 'reviewing');
      for (let i = 0; i < 8 && deepActiveElement() !== parts(el).confirm; i++) await press('Tab');
      expect(deepActiveElement()).to.equal(parts(el).confirm);
      await press(' ');
      await untilStep(el, 'result');
      expect(requests.map((r) => r.detail.account.id)).to.deep.equal(['pp-1']);
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(deepActiveElement()).to.equal(parts(el).status);
    });

    it('goes back from the summary to the choice with Indietro, keeping the account', async () => {
      const el = await payButton();
      await toReview(el, anna.id);
      parts(el).summaryBack!.focus();
      await press('Enter');
      await untilStep(el, 'choosing');
      expect(parts(el).select!.value).to.equal('pp-2');
    });

    it('keeps the summary events inside the element', async () => {
      const leaked = host.record('order-summary-back');
      const el = await payButton();
      await toReview(el);
      await click(parts(el).summaryBack!);
      expect(leaked).to.have.length(0);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, string]> = [
      ['an unknown status', { ...pecOrder(), status: 'refunded' }, 'order.status'],
      ['an order without an id', { ...pecOrder(), id: undefined }, 'order.id'],
      ['a total that is not money', { ...pecOrder(), total: 24.4 }, 'order.total'],
    ];
    for (const [name, order, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const { value: el, calls } = await logging(() => payButton(order));
        expect(parts(el).button).to.be.null;
        expect(parts(el).error!.getAttribute('role')).to.equal('alert');
        expect(text(parts(el).error)).to.contain('L’ordine non può essere mostrato');
        expect(text(parts(el).error)).to.contain(field);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}`);
        expect(String(calls[0]?.[0])).to.contain('<order-pay-button>');
      });
    }

    it('shows an unknown presentation instead of Paga, naming it in one console.error', async () => {
      const { value: el, calls } = await logging(() =>
        fixture<OrderPayButton>(html`
          <order-pay-button lang="it" .order=${pecOrder()} presentation="pop-up"></order-pay-button>
        `),
      );
      expect(parts(el).button).to.be.null;
      expect(parts(el).error!.getAttribute('role')).to.equal('alert');
      expect(text(parts(el).error)).to.contain(
        'Il pagamento non può essere mostrato: un’impostazione della pagina non è valida.',
      );
      expect(text(parts(el).error)).to.contain('Campo «presentation»: valore non riconosciuto.');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.equal(
        '<order-pay-button>: invalid "presentation" (unknown).',
      );

      el.lang = 'en';
      await el.updateComplete;
      expect(text(parts(el).error)).to.contain('The payment cannot be shown');
      expect(calls).to.have.length(1);
    });

    it('reports a malformed JSON attribute, in English', async () => {
      const { value: el, calls } = await logging(() =>
        fixture<OrderPayButton>(
          html`<order-pay-button lang="en" order='{"id": '></order-pay-button>`,
        ),
      );
      expect(text(parts(el).error)).to.contain('The order cannot be shown');
      expect(calls).to.have.length(1);
    });

    it('renders hostile HTML as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const requests = host.answer('order-pay-authorize', () => ({
        status: 'declined',
        message: hostile,
      }));
      const el = await payButton(pecOrder({ number: hostile }));
      await toReview(el);
      await pay(el, requests);
      await untilStep(el, 'failed');
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(text(parts(el).title)).to.equal(`Paga l’ordine ${hostile}`);
      expect(text(parts(el).error)).to.contain(hostile);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('languages', () => {
    it('speaks English through the whole flow', async () => {
      const requests = host.answer('order-pay-authorize', () => ({
        status: 'completed',
        paymentId: 'PAY-EN',
      }));
      const el = await payButton(pecOrder(), { lang: 'en' });
      expect(text(parts(el).button)).to.equal('Pay');
      expect(parts(el).button!.getAttribute('aria-label')).to.equal('Pay order 2026/000123');
      await toReview(el);
      expect(text(parts(el).title)).to.equal('Pay order 2026/000123');
      expect(text(parts(el).close)).to.equal('Close');
      await pay(el, requests);
      await untilStep(el, 'result');
      expect(text(parts(el).result)).to.contain('Payment completed');
      expect(text(parts(el).result)).to.contain('€24.40');
      expect(text(parts(el).result)).to.contain('Payment reference: PAY-EN');
      expect(text(parts(el).result)).to.contain('Automatic renewal is on');
    });

    it('says an unknown outcome and a decline in English', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const el = await payButton(pecOrder(), { lang: 'en' });
      await toReview(el);
      await pay(el, requests);
      pending[0]!.reject(new TypeError('NetworkError when attempting to fetch resource.'));
      await untilStep(el, 'failed');
      expect(text(parts(el).error)).to.equal(
        'Payment not confirmed No or unstable connection: we do not know whether the payment went out. Check your connection and try again: if it already went through, you will not be charged twice.',
      );
      await click(parts(el).retry!);
      await until(() => requests.length === 2, 'Riprova');
      pending[1]!.resolve({ status: 'declined', message: 'Insufficient funds' });
      await untilStep(el, 'failed');
      expect(text(parts(el).error)).to.equal(
        'Payment failed The payment was not authorised and nothing was charged. Insufficient funds.',
      );
    });
  });
});
