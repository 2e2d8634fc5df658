import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/order-pay-button/define.js';
import type { OrderPayButton } from '../../../src/elements/order-pay-button/order-pay-button.js';
import type { OrderSummary } from '../../../src/elements/order-summary/order-summary.js';
import type { PayPalAccountSelect } from '../../../src/elements/paypal-account-select/paypal-account-select.js';
import type {
  OrderPayAuthorizeEvent,
  OrderPayCloseEvent,
  OrderPayFailureEvent,
  OrderPayOpenEvent,
  OrderPaySuccessEvent,
  PayPalAccountsRequestEvent,
} from '../../../src/events/order-pay-events.js';
import type { AuthorizeResult } from '../../../src/model/pay-flow.js';
import type { Order } from '../../../src/model/order.js';
import type { PayPalAccount } from '../../../src/model/paypal-account.js';
import {
  captureConsole,
  click as mouseClick,
  deepActiveElement,
  press,
  text,
} from '../../helpers/user.js';

/** Clicks with the real mouse, scrolling the target into view first (the dialog scrolls). */
async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  await mouseClick(element);
}

let sequence = 0;
/** A PEC order awaiting payment; a new id each time (the element remembers paid and in-flight ids). */
const pec = (over: Partial<Order> = {}): Order => ({
  id: `ORD-${++sequence}-${Date.now()}`,
  number: '2026/000123',
  status: 'awaiting-payment',
  product: { kind: 'pec', name: 'PEC Standard' },
  lines: [
    {
      description: 'Casella PEC 1 anno',
      quantity: 1,
      unitPrice: { value: '20.00', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  total: { value: '24.40', currency: 'EUR' },
  renewal: { period: 'P1Y' },
  ...over,
});

const mario: PayPalAccount = { id: 'pp-1', email: 'mario.rossi@example.it' };
const anna: PayPalAccount = { id: 'pp-2', email: 'anna.bianchi@example.it' };

type Answer = AuthorizeResult | unknown | Promise<unknown>;

/** Host listeners on the document, removed after each test. */
const listeners: Array<[string, EventListener]> = [];
function on<K extends keyof HTMLElementEventMap>(
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): void {
  const wrapped = listener as unknown as EventListener;
  listeners.push([type, wrapped]);
  document.addEventListener(type, wrapped);
}

/** Answers order-pay-authorize with `answer(event)` and records every request. */
function authorizeWith(answer: (event: OrderPayAuthorizeEvent) => Answer) {
  const requests: OrderPayAuthorizeEvent[] = [];
  on('order-pay-authorize', (event) => {
    requests.push(event);
    event.respondWith(answer(event) as AuthorizeResult);
  });
  return requests;
}

function record<K extends keyof HTMLElementEventMap>(type: K) {
  const events: Array<HTMLElementEventMap[K]> = [];
  on(type, (event) => events.push(event));
  return events;
}

async function payButton(
  order: Order | unknown = pec(),
  options: { lang?: string; accounts?: PayPalAccount[] | undefined; timeout?: number } = {},
) {
  const { lang = 'it', timeout } = options;
  // `accounts: undefined` means "not set": the element asks the host.
  const accounts = 'accounts' in options ? options.accounts : [mario, anna];
  return fixture<OrderPayButton>(html`
    <order-pay-button
      lang=${lang}
      .order=${order as Order}
      .accounts=${accounts}
      request-timeout=${timeout ?? 60000}
    ></order-pay-button>
  `);
}

const parts = (el: OrderPayButton) => {
  const root = el.shadowRoot!;
  const q = <T extends Element = HTMLElement>(part: string) =>
    root.querySelector<T & Element>(`[part="${part}"]`) as (T & HTMLElement) | null;
  const summary = root.querySelector<OrderSummary>('order-summary');
  const select = root.querySelector<PayPalAccountSelect>('paypal-account-select');
  return {
    button: q<HTMLButtonElement>('button'),
    status: q('status'),
    dialog: root.querySelector<HTMLDialogElement>('dialog'),
    title: q('title'),
    close: q<HTMLButtonElement>('close'),
    proceed: q<HTMLButtonElement>('proceed'),
    retry: q<HTMLButtonElement>('retry'),
    back: q<HTMLButtonElement>('back'),
    progress: q('progress'),
    result: q('result'),
    error: q('error'),
    live: root.getElementById('live'),
    summary,
    select,
    nativeSelect: select?.shadowRoot?.querySelector('select') ?? null,
    confirm: summary?.shadowRoot?.querySelector<HTMLButtonElement>('[part="confirm"]') ?? null,
    summaryBack: summary?.shadowRoot?.querySelector<HTMLButtonElement>('[part="back"]') ?? null,
  };
};

/** Lets requests, renders and focus moves settle. */
async function settle(el: OrderPayButton) {
  for (let i = 0; i < 3; i++) {
    await aTimeout(0);
    await el.updateComplete;
    const { summary, select } = parts(el);
    await summary?.updateComplete;
    await select?.updateComplete;
  }
}

async function open(el: OrderPayButton) {
  await click(parts(el).button!);
  await settle(el);
}

/** Chooses an account the way the customer's input does (the native select changes). */
async function choose(el: OrderPayButton, value: string) {
  const native = parts(el).nativeSelect!;
  native.value = value;
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

async function toReview(el: OrderPayButton, value = mario.id) {
  await open(el);
  await choose(el, value);
  await click(parts(el).proceed!);
  await settle(el);
}

async function confirm(el: OrderPayButton) {
  await click(parts(el).confirm!);
  await settle(el);
}

const step = (el: OrderPayButton) => {
  const p = parts(el);
  if (!p.dialog?.open) return 'closed';
  if (p.result) return 'succeeded';
  if (p.progress && p.summary) return 'authorizing';
  if (p.progress) return 'loading-accounts';
  if (p.summary) return 'reviewing';
  if (p.select) return 'choosing';
  if (p.error && p.back) return 'failed';
  if (p.error) return 'accounts-failed';
  return 'unknown';
};

describe('<order-pay-button>', () => {
  afterEach(() => {
    for (const [type, listener] of listeners.splice(0))
      document.removeEventListener(type, listener);
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible in every state (${lang})`, async () => {
        let release: (value: AuthorizeResult) => void = () => {};
        let answer: 'hold' | 'reject' = 'hold';
        authorizeWith(() =>
          answer === 'hold'
            ? new Promise<AuthorizeResult>((resolve) => (release = resolve))
            : Promise.reject(new Error('Fondi insufficienti')),
        );
        const el = await payButton(pec(), { lang });
        await expect(el).to.be.accessible(); // idle
        await open(el);
        expect(step(el)).to.equal('choosing');
        await expect(el).to.be.accessible();
        await choose(el, mario.id);
        await click(parts(el).proceed!);
        await settle(el);
        expect(step(el)).to.equal('reviewing');
        await expect(el).to.be.accessible();
        await confirm(el);
        expect(step(el)).to.equal('authorizing');
        await expect(el).to.be.accessible();
        release({ paymentId: 'PAY-1' });
        await settle(el);
        expect(step(el)).to.equal('succeeded');
        await expect(el).to.be.accessible();
        parts(el).dialog!.close();
        await settle(el);
        await expect(el).to.be.accessible(); // status only (Pagato)

        answer = 'reject';
        const other = await payButton(pec(), { lang });
        await toReview(other);
        await confirm(other);
        expect(step(other)).to.equal('failed');
        await expect(other).to.be.accessible();
      });

      it(`is accessible loading and failing to load the accounts, and in error (${lang})`, async () => {
        let fail: (reason: Error) => void = () => {};
        on('paypal-accounts', (event) =>
          event.respondWith(new Promise<PayPalAccount[]>((_, reject) => (fail = reject))),
        );
        const el = await payButton(pec(), { lang, accounts: undefined });
        await open(el);
        expect(step(el)).to.equal('loading-accounts');
        await expect(el).to.be.accessible();
        fail(new Error('Servizio non disponibile'));
        await settle(el);
        expect(step(el)).to.equal('accounts-failed');
        await expect(el).to.be.accessible();

        const errors = captureConsole('error');
        let bad: OrderPayButton;
        try {
          bad = await payButton({ id: 'x' }, { lang });
        } finally {
          errors.restore();
        }
        await expect(bad).to.be.accessible();
        const paid = await payButton(pec({ status: 'expired' }), { lang });
        await expect(paid).to.be.accessible();
      });
    }
  });

  describe('the Paga button and the status', () => {
    it('shows Paga, named with the order number, for an order awaiting payment', async () => {
      const el = await payButton();
      const { button, status } = parts(el);
      expect(text(button)).to.equal('Paga');
      expect(button!.getAttribute('aria-label')).to.equal("Paga l'ordine 2026/000123");
      expect(button!.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(status === null).to.equal(true);
    });

    for (const [status, it_, en_] of [
      ['paid', 'Pagato', 'Paid'],
      ['cancelled', 'Annullato', 'Cancelled'],
      ['expired', 'Scaduto', 'Expired'],
    ] as const) {
      it(`shows “${it_}” / “${en_}” and no action for a ${status} order`, async () => {
        const el = await payButton(pec({ status }));
        expect(parts(el).button === null).to.equal(true);
        expect(text(parts(el).status)).to.equal(it_);
        expect(parts(el).dialog === null).to.equal(true);
        el.setAttribute('lang', 'en');
        await aTimeout(0);
        await el.updateComplete;
        expect(text(parts(el).status)).to.equal(en_);
      });
    }

    it('renders nothing until the host gives an order', async () => {
      const el = await fixture<OrderPayButton>(html`<order-pay-button></order-pay-button>`);
      expect(el.shadowRoot!.querySelector('[part]') === null).to.equal(true);
    });

    it('accepts the order as a JSON attribute', async () => {
      const el = await fixture<OrderPayButton>(
        html`<order-pay-button order=${JSON.stringify(pec({ number: 'A-9' }))}></order-pay-button>`,
      );
      expect(parts(el).button!.getAttribute('aria-label')).to.equal("Paga l'ordine A-9");
    });

    it('dispatches nothing when the host sets or changes the order', async () => {
      const events = [
        ...['order-pay-open', 'order-pay-close', 'paypal-accounts', 'order-pay-authorize'],
      ].map((type) => record(type as 'order-pay-open'));
      const el = await payButton(pec(), { accounts: undefined });
      el.order = pec({ number: '2' });
      await el.updateComplete;
      el.order = pec({ status: 'paid' });
      await el.updateComplete;
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0, 0]);
    });
  });

  describe('opening the dialog', () => {
    it('dispatches a cancelable order-pay-open with the order, and opens a named modal dialog', async () => {
      const order = pec();
      const opens = record('order-pay-open');
      const el = await payButton(order);
      await open(el);
      expect(opens).to.have.length(1);
      const event: OrderPayOpenEvent = opens[0]!;
      expect(event.detail.order === order).to.equal(true);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      const { dialog } = parts(el);
      expect(dialog!.open && dialog!.matches(':modal')).to.equal(true);
      const title = el.shadowRoot!.getElementById(dialog!.getAttribute('aria-labelledby')!);
      expect(text(title)).to.equal("Paga l'ordine 2026/000123");
      expect(text(dialog)).to.contain('Modalità di pagamento: PayPal');
    });

    it('opens nothing when the host cancels order-pay-open', async () => {
      on('order-pay-open', (event) => event.preventDefault());
      const requests = record('paypal-accounts');
      const el = await payButton(pec(), { accounts: undefined });
      await open(el);
      expect(parts(el).dialog!.open).to.equal(false);
      expect(requests).to.have.length(0);
    });

    it('moves focus into the dialog (the account select) and back to Paga on close', async () => {
      const closes = record('order-pay-close');
      const el = await payButton();
      await open(el);
      expect(deepActiveElement() === parts(el).nativeSelect).to.equal(true);
      await click(parts(el).close!);
      await settle(el);
      expect(parts(el).dialog!.open).to.equal(false);
      expect(deepActiveElement() === parts(el).button).to.equal(true);
      expect(closes.map((e: OrderPayCloseEvent) => e.detail.step)).to.deep.equal(['choosing']);
    });

    it('closes on Escape from the summary and says in which step', async () => {
      const closes = record('order-pay-close');
      const el = await payButton();
      await toReview(el);
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.equal(false);
      expect(closes.map((e) => e.detail.step)).to.deep.equal(['reviewing']);
      expect(deepActiveElement() === parts(el).button).to.equal(true);
    });
  });

  describe('the accounts', () => {
    it('asks the host with paypal-accounts when the property is unset, showing progress', async () => {
      const order = pec();
      let resolve: (accounts: PayPalAccount[]) => void = () => {};
      const requests: PayPalAccountsRequestEvent[] = [];
      on('paypal-accounts', (event) => {
        requests.push(event);
        event.respondWith(new Promise((r) => (resolve = r)));
      });
      const el = await payButton(order, { accounts: undefined });
      await open(el);
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail.order === order).to.equal(true);
      expect(text(parts(el).progress)).to.equal('Caricamento degli account PayPal…');
      expect(parts(el).progress!.closest('[aria-busy="true"]') !== null).to.equal(true);
      expect(text(parts(el).live)).to.equal('Caricamento degli account PayPal…');
      resolve([anna]);
      await settle(el);
      expect(step(el)).to.equal('choosing');
      const options = [...parts(el).nativeSelect!.options].map((o) => o.value);
      expect(options).to.deep.equal(['', 'pp-2', 'new']);
    });

    it('shows the host’s message and Riprova when loading fails, and loads again', async () => {
      let calls = 0;
      on('paypal-accounts', (event) => {
        calls++;
        event.respondWith(
          calls === 1 ? Promise.reject(new Error('Servizio non disponibile')) : [mario],
        );
      });
      const el = await payButton(pec(), { accounts: undefined });
      await open(el);
      expect(text(parts(el).error)).to.equal(
        'Non è stato possibile caricare gli account PayPal: Servizio non disponibile',
      );
      expect(deepActiveElement() === parts(el).retry).to.equal(true);
      await press('Enter');
      await settle(el);
      expect(calls).to.equal(2);
      expect(step(el)).to.equal('choosing');
    });

    it('names the result when the host answers something that is not an array', async () => {
      on('paypal-accounts', (event) => event.respondWith({ accounts: [] } as never));
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton(pec(), { accounts: undefined });
        await open(el);
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('paypal-accounts result');
      expect(parts(el).retry !== null).to.equal(true);
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('paypal-accounts result');
    });

    it('says the accounts are not configured, naming the event in one console.error', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton(pec(), { accounts: undefined });
        await open(el);
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
      const el = await payButton(pec(), { accounts: [] });
      await open(el);
      expect(parts(el).select!.value).to.equal('new');
      expect(deepActiveElement() === parts(el).proceed).to.equal(true);
      await press('Enter');
      await settle(el);
      expect(step(el)).to.equal('reviewing');
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
      const order = pec();
      const requests = authorizeWith(() => ({ paymentId: 'PAY-1' }));
      const successes = record('order-pay-success');
      const el = await payButton(order);
      await toReview(el, anna.id);
      expect(text(parts(el).confirm)).to.equal('Prosegui e paga');
      await confirm(el);
      expect(requests).to.have.length(1);
      const { detail } = requests[0]!;
      expect(detail.order === order).to.equal(true);
      expect(detail.account.id).to.equal('pp-2');
      expect(detail.requestId).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      const result = parts(el).result!;
      expect(text(result)).to.contain('Pagamento completato');
      expect(text(result)).to.contain('24,40 €');
      expect(text(result)).to.contain("Riceverai un'e-mail di conferma del pagamento.");
      expect(text(result)).to.contain(
        "Il rinnovo automatico è attivo: riceverai un'e-mail di conferma dell'attivazione.",
      );
      expect(text(parts(el).live)).to.equal('Pagamento completato');
      expect(deepActiveElement() === result).to.equal(true);
      expect(successes).to.have.length(1);
      const success: OrderPaySuccessEvent = successes[0]!;
      expect(success.detail.requestId).to.equal(detail.requestId);
      expect(success.detail.result).to.deep.equal({ paymentId: 'PAY-1' });
      expect(success.detail.order === order).to.equal(true);
    });

    it('does not mention renewal for a firma-digitale order, nor when the host says it is off', async () => {
      authorizeWith(() => ({}));
      const el = await payButton(
        pec({ product: { kind: 'firma-digitale', name: 'Firma Digitale' } }),
      );
      await toReview(el);
      await confirm(el);
      expect(text(parts(el).result)).not.to.contain('rinnovo');
      parts(el).dialog!.close();

      listeners.splice(0).forEach(([t, l]) => document.removeEventListener(t, l));
      authorizeWith(() => ({ renewalActivated: false }));
      const pecEl = await payButton(pec());
      await toReview(pecEl);
      await confirm(pecEl);
      expect(text(parts(pecEl).result)).to.contain('Pagamento completato');
      expect(text(parts(pecEl).result)).not.to.contain('rinnovo');
    });

    it('shows progress, announced, and cannot be dismissed while authorising', async () => {
      let release: (value: AuthorizeResult) => void = () => {};
      authorizeWith(() => new Promise<AuthorizeResult>((resolve) => (release = resolve)));
      const el = await payButton();
      await toReview(el);
      await confirm(el);
      expect(text(parts(el).progress)).to.equal('Autorizzazione del pagamento in corso…');
      expect(text(parts(el).live)).to.equal('Autorizzazione del pagamento in corso…');
      expect(parts(el).live!.getAttribute('role')).to.equal('status');
      expect(parts(el).close!.disabled).to.equal(true);
      expect(parts(el).confirm!.disabled).to.equal(true);
      await press('Escape');
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.equal(true);
      release({});
      await settle(el);
      expect(step(el)).to.equal('succeeded');
    });

    it('sends one request however many clicks, Enter and Space presses', async () => {
      let release: (value: AuthorizeResult) => void = () => {};
      const requests = authorizeWith(
        () => new Promise<AuthorizeResult>((resolve) => (release = resolve)),
      );
      const el = await payButton();
      await toReview(el);
      const button = parts(el).confirm!;
      button.focus();
      await press('Enter');
      await press('Enter');
      await press(' ');
      await click(button);
      await click(button);
      await settle(el);
      expect(requests).to.have.length(1);
      release({});
      await settle(el);
      expect(requests).to.have.length(1);
    });

    it('keeps one request in flight per order across two elements', async () => {
      const order = pec();
      const requests = authorizeWith(() => new Promise<AuthorizeResult>(() => {}));
      const failures = record('order-pay-failure');
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="it">
          <order-pay-button .order=${order} .accounts=${[mario]}></order-pay-button>
          <order-pay-button .order=${{ ...order }} .accounts=${[mario]}></order-pay-button>
        </div>
      `);
      const [first, second] = [...wrapper.querySelectorAll('order-pay-button')] as [
        OrderPayButton,
        OrderPayButton,
      ];
      await toReview(first);
      await confirm(first);
      expect(requests).to.have.length(1);
      // The first dialog cannot be closed while authorising: the page opens the second one.
      parts(second).button!.click();
      await settle(second);
      await choose(second, mario.id);
      await click(parts(second).proceed!);
      await settle(second);
      await confirm(second);
      expect(requests).to.have.length(1);
      expect(text(parts(second).error)).to.contain('già in corso');
      expect(failures.map((e) => e.detail.error.code)).to.deep.equal(['in-flight']);
      expect(parts(second).retry !== null).to.equal(true);
    });

    it('makes a new attempt impossible after a success, even if the host keeps the order unpaid', async () => {
      const order = pec();
      const requests = authorizeWith(() => ({ paymentId: 'PAY-1' }));
      const closes = record('order-pay-close');
      const el = await payButton(order);
      await toReview(el);
      await confirm(el);
      expect(parts(el).button === null).to.equal(true);
      await click(parts(el).close!);
      await settle(el);
      expect(closes.map((e) => e.detail.step)).to.deep.equal(['succeeded']);
      expect(text(parts(el).status)).to.equal('Pagato');
      expect(deepActiveElement() === parts(el).status).to.equal(true);
      el.order = { ...order };
      await settle(el);
      expect(parts(el).button === null).to.equal(true);
      // Another element for the same order on the page knows it too.
      const again = await payButton({ ...order });
      expect(parts(again).button === null).to.equal(true);
      expect(text(parts(again).status)).to.equal('Pagato');
      expect(requests).to.have.length(1);
    });
  });

  describe('failures', () => {
    const cases: Array<[string, () => unknown, string, boolean]> = [
      [
        'rejected with a host message',
        () => Promise.reject(new Error('Fondi insufficienti <b>!</b>')),
        'Il pagamento non è stato autorizzato: Fondi insufficienti <b>!</b>',
        false,
      ],
      [
        'rejected without a message',
        () => Promise.reject(undefined),
        'Il pagamento non è stato autorizzato.',
        false,
      ],
      [
        'a result that is not an object',
        () => 'ok',
        'Il sistema di pagamento ha dato una risposta non valida: riprova più tardi.',
        true,
      ],
    ];
    for (const [name, answer, message, logs] of cases) {
      it(`gives its own message and Riprova for ${name}`, async () => {
        const failures = record('order-pay-failure');
        const requests = authorizeWith(answer);
        const errors = captureConsole('error');
        let el: OrderPayButton;
        try {
          el = await payButton();
          await toReview(el);
          await confirm(el);
        } finally {
          errors.restore();
        }
        expect(step(el)).to.equal('failed');
        expect(text(parts(el).error)).to.equal(`Pagamento non riuscito ${message}`);
        expect(text(parts(el).live)).to.contain(message);
        expect(el.shadowRoot!.querySelector('.error b') === null).to.equal(true);
        expect(parts(el).retry !== null && parts(el).back !== null).to.equal(true);
        expect(errors.calls).to.have.length(logs ? 1 : 0);
        const failure: OrderPayFailureEvent = failures[0]!;
        expect(failure.detail.error.message).to.equal(message);
        expect(failure.detail.requestId).to.equal(requests[0]!.detail.requestId);
      });
    }

    it('re-sends the same requestId on retry', async () => {
      let calls = 0;
      const requests = authorizeWith(() =>
        ++calls === 1 ? Promise.reject(new Error('Rete assente')) : { paymentId: 'PAY-2' },
      );
      const el = await payButton();
      await toReview(el);
      await confirm(el);
      expect(deepActiveElement() === parts(el).retry).to.equal(true);
      await press('Enter');
      await settle(el);
      expect(requests).to.have.length(2);
      expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      expect(step(el)).to.equal('succeeded');
    });

    it('uses a new requestId when the customer goes back and picks another account', async () => {
      const requests = authorizeWith(() => Promise.reject(new Error('No')));
      const el = await payButton();
      await toReview(el, mario.id);
      await confirm(el);
      await click(parts(el).back!);
      await settle(el);
      expect(step(el)).to.equal('choosing');
      await choose(el, anna.id);
      await click(parts(el).proceed!);
      await settle(el);
      await confirm(el);
      expect(requests.map((r) => r.detail.account.id)).to.deep.equal(['pp-1', 'pp-2']);
      expect(requests[1]!.detail.requestId).not.to.equal(requests[0]!.detail.requestId);
    });

    it('says the page failed when the handler throws, with one console.error', async () => {
      on('order-pay-authorize', () => {
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
      } finally {
        window.onerror = mochaHandler;
        errors.restore();
      }
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
      expect(parts(el).retry !== null).to.equal(true);
    });

    it('says payment is not configured and names order-pay-authorize in one console.error', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton();
        await toReview(el);
        await confirm(el);
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('Il pagamento non è configurato in questa pagina.');
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('"order-pay-authorize"');
    });

    it('is never stuck: a request that does not settle times out (request-timeout="100")', async () => {
      const requests = authorizeWith(() => new Promise<AuthorizeResult>(() => {}));
      const el = await payButton(pec(), { timeout: 100 });
      await toReview(el);
      await confirm(el);
      expect(step(el)).to.equal('authorizing');
      await waitUntil(() => step(el) === 'failed', 'the request timed out', { timeout: 3000 });
      expect(text(parts(el).error)).to.contain(
        "Nessuna risposta dal sistema di pagamento entro il tempo previsto. Prima di riprovare, verifica nell'elenco ordini che il pagamento non sia già stato registrato.",
      );
      expect(parts(el).close!.disabled).to.equal(false);
      await click(parts(el).retry!);
      await settle(el);
      expect(requests).to.have.length(2);
      expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
    });

    it('gives the PayPal configuration error for a new account, with Indietro and no Riprova', async () => {
      const requests = authorizeWith(() => ({}));
      const failures = record('order-pay-failure');
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton();
        await toReview(el, 'new');
        await confirm(el);
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain(
        'Per registrare un nuovo account PayPal manca la configurazione di PayPal (paypal-client-id, paypal-environment).',
      );
      expect(parts(el).retry === null).to.equal(true);
      expect(deepActiveElement() === parts(el).back).to.equal(true);
      expect(requests).to.have.length(0);
      expect(failures.map((e) => e.detail.error.code)).to.deep.equal(['paypal-config']);
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]?.[0])).to.contain('paypal-client-id, paypal-environment');
      await press('Enter');
      await settle(el);
      expect(step(el)).to.equal('choosing');
    });

    it('names only the missing PayPal attribute', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await payButton();
        el.paypalClientId = 'client-123';
        await toReview(el, 'new');
        await confirm(el);
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
      const requests = authorizeWith(() => ({ paymentId: 'PAY-K' }));
      const el = await payButton(pec(), { accounts: [mario, anna] });
      parts(el).button!.focus();
      await press(' ');
      await settle(el);
      expect(deepActiveElement() === parts(el).nativeSelect).to.equal(true);
      await press('ArrowDown');
      await settle(el);
      expect(parts(el).select!.value).to.equal('pp-1');
      // Tab past whatever the select offers (e.g. a renewal-info link) to Prosegui.
      for (let i = 0; i < 5 && deepActiveElement() !== parts(el).proceed; i++) await press('Tab');
      expect(deepActiveElement() === parts(el).proceed).to.equal(true);
      await press('Enter');
      await settle(el);
      expect(step(el)).to.equal('reviewing');
      for (let i = 0; i < 8 && deepActiveElement() !== parts(el).confirm; i++) await press('Tab');
      expect(deepActiveElement() === parts(el).confirm).to.equal(true);
      await press(' ');
      await settle(el);
      expect(requests.map((r) => r.detail.account.id)).to.deep.equal(['pp-1']);
      expect(step(el)).to.equal('succeeded');
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.equal(false);
      expect(deepActiveElement() === parts(el).status).to.equal(true);
    });

    it('goes back from the summary to the choice with Indietro, keeping the account', async () => {
      const el = await payButton();
      await toReview(el, anna.id);
      parts(el).summaryBack!.focus();
      await press('Enter');
      await settle(el);
      expect(step(el)).to.equal('choosing');
      expect(parts(el).select!.value).to.equal('pp-2');
    });

    it('keeps the summary events inside the element', async () => {
      const leaked = record('order-summary-back');
      const el = await payButton();
      await toReview(el);
      await click(parts(el).summaryBack!);
      expect(leaked).to.have.length(0);
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, string]> = [
      ['an unknown status', { ...pec(), status: 'refunded' }, 'order.status'],
      ['an order without an id', { ...pec(), id: undefined }, 'order.id'],
      ['a total that is not money', { ...pec(), total: 24.4 }, 'order.total'],
    ];
    for (const [name, order, field] of cases) {
      it(`shows a localised error and logs one console.error for ${name}`, async () => {
        const errors = captureConsole('error');
        let el: OrderPayButton;
        try {
          el = await payButton(order);
        } finally {
          errors.restore();
        }
        expect(parts(el).button === null).to.equal(true);
        expect(parts(el).error!.getAttribute('role')).to.equal('alert');
        expect(text(parts(el).error)).to.contain("L'ordine non può essere mostrato");
        expect(text(parts(el).error)).to.contain(field);
        expect(errors.calls).to.have.length(1);
        expect(String(errors.calls[0]?.[0])).to.contain(`"${field}`);
        expect(String(errors.calls[0]?.[0])).to.contain('<order-pay-button>');
      });
    }

    it('reports a malformed JSON attribute, in English', async () => {
      const errors = captureConsole('error');
      let el: OrderPayButton;
      try {
        el = await fixture<OrderPayButton>(
          html`<order-pay-button lang="en" order='{"id": '></order-pay-button>`,
        );
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('The order cannot be shown');
      expect(errors.calls).to.have.length(1);
    });

    it('renders hostile HTML as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      authorizeWith(() => Promise.reject(new Error(hostile)));
      const el = await payButton(pec({ number: hostile }));
      await toReview(el);
      await confirm(el);
      expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
      expect(text(parts(el).title)).to.equal(`Paga l'ordine ${hostile}`);
      expect(text(parts(el).error)).to.contain(hostile);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('languages', () => {
    it('speaks English through the whole flow', async () => {
      authorizeWith(() => ({}));
      const el = await payButton(pec(), { lang: 'en' });
      expect(text(parts(el).button)).to.equal('Pay');
      expect(parts(el).button!.getAttribute('aria-label')).to.equal('Pay order 2026/000123');
      await toReview(el);
      expect(text(parts(el).title)).to.equal('Pay order 2026/000123');
      expect(text(parts(el).close)).to.equal('Close');
      await confirm(el);
      expect(text(parts(el).result)).to.contain('Payment completed');
      expect(text(parts(el).result)).to.contain('€24.40');
      expect(text(parts(el).result)).to.contain('Automatic renewal is on');
    });
  });
});
