import '../src/elements/order-pay-button/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inEnglish } from './language.js';
import type { OrderPayButton } from '../src/elements/order-pay-button/order-pay-button.js';
import type {
  OrderPayAuthorizeEvent,
  OrderPayCloseDetail,
  OrderPayFailureDetail,
  OrderPayOpenEvent,
  OrderPaySuccessDetail,
  PayPalAccountsRequestEvent,
  PayPalCaptureEvent,
  PayPalCreateOrderEvent,
} from '../src/events/order-pay-events.js';
import { paymentRegistry, RECORD_PREFIX } from '../src/internal/payment-registry.js';
import type { Order } from '../src/model/order.js';
import type { AuthorizeResult, CaptureResult } from '../src/model/payment-result.js';
import type { PayPalAccount } from '../src/model/paypal-account.js';
import type { PaymentMethod } from '../src/model/payment-method.js';
import {
  accounts as customerAccounts,
  conservazioneOrder,
  firmaOrder,
  fresh,
  mario,
  pecOrder,
} from '../test/kit/fixtures.js';
import {
  installPayPalSimulator,
  SIMULATED_PAYER_ID,
  SIMULATED_RETURN_KEY,
  type PayPalSimulatorOptions,
  type SimulatedReturn,
} from '../src/testing.js';

type Authorize =
  'approve' | 'approve-no-renewal' | 'pending' | 'decline' | 'reject' | 'never' | 'none';
type Accounts = 'property' | 'request' | 'request-fails' | 'request-never';

interface OrderPayButtonArgs {
  order: Order | undefined;
  /** The host's payment methods; PayPal alone when unset. */
  methods?: PaymentMethod[] | undefined;
  accounts: PayPalAccount[] | undefined;
  /** How the story's host answers `paypal-accounts` when `accounts` is not a property. */
  accountsMode: Accounts;
  /** How the story's host answers `order-pay-authorize`. */
  authorize: Authorize;
  requestTimeout: number;
  onOpen: (detail: { order: Order }) => void;
  onSuccess: (detail: OrderPaySuccessDetail) => void;
  onFailure: (detail: OrderPayFailureDetail) => void;
  onClose: (detail: OrderPayCloseDetail) => void;
}

const accounts: PayPalAccount[] = customerAccounts();

function authorizeAnswer(mode: Authorize): ((e: OrderPayAuthorizeEvent) => void) | undefined {
  switch (mode) {
    case 'approve':
      return (e) =>
        e.respondWith(delay<AuthorizeResult>({ status: 'completed', paymentId: 'PAY-4XY' }, 600));
    case 'approve-no-renewal':
      return (e) =>
        e.respondWith(delay<AuthorizeResult>({ status: 'completed', paymentId: 'PAY-5AB' }, 600));
    case 'pending':
      return (e) =>
        e.respondWith(delay<AuthorizeResult>({ status: 'pending', paymentId: 'PAY-6PN' }, 600));
    case 'decline':
      return (e) =>
        e.respondWith(
          delay<AuthorizeResult>(
            { status: 'declined', message: 'Fondi insufficienti sul conto collegato' },
            400,
          ),
        );
    case 'reject':
      return (e) =>
        e.respondWith(
          delay(null, 400).then((): AuthorizeResult => {
            throw new Error('Il servizio di pagamento non risponde (errore 504)');
          }),
        );
    case 'never':
      return (e) => e.respondWith(new Promise<AuthorizeResult>(() => {}));
    case 'none':
      return undefined;
  }
}

function accountsAnswer(mode: Accounts): ((e: PayPalAccountsRequestEvent) => void) | undefined {
  switch (mode) {
    case 'property':
      return undefined;
    case 'request':
      return (e) => e.respondWith(delay(accounts, 600));
    case 'request-fails':
      return (e) =>
        e.respondWith(
          delay(null, 400).then((): PayPalAccount[] => {
            throw new Error('servizio momentaneamente non disponibile');
          }),
        );
    case 'request-never':
      return (e) => e.respondWith(new Promise<PayPalAccount[]>(() => {}));
  }
}

function delay<T>(value: T, ms: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function render(args: OrderPayButtonArgs): TemplateResult {
  const authorize = authorizeAnswer(args.authorize);
  const loadAccounts = accountsAnswer(args.accountsMode);
  return html`
    <order-pay-button
      .order=${args.order}
      .methods=${args.methods}
      .accounts=${args.accountsMode === 'property' ? args.accounts : undefined}
      request-timeout=${args.requestTimeout}
      renewal-info-href="https://example.org/guida/rinnovo-automatico"
      @order-pay-open=${(e: OrderPayOpenEvent) => args.onOpen(e.detail)}
      @order-pay-authorize=${authorize ?? (() => {})}
      @paypal-accounts=${loadAccounts ?? (() => {})}
      @order-pay-success=${(e: CustomEvent<OrderPaySuccessDetail>) => args.onSuccess(e.detail)}
      @order-pay-failure=${(e: CustomEvent<OrderPayFailureDetail>) => args.onFailure(e.detail)}
      @order-pay-close=${(e: CustomEvent<OrderPayCloseDetail>) => args.onClose(e.detail)}
    ></order-pay-button>
  `;
}

function elementIn(canvasElement: HTMLElement): OrderPayButton {
  const element = canvasElement.querySelector('order-pay-button');
  if (!element?.shadowRoot) throw new Error('<order-pay-button> is not rendered');
  return element;
}

function shadow(canvasElement: HTMLElement) {
  return within(elementIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

function part(canvasElement: HTMLElement, name: string): HTMLElement | null {
  return elementIn(canvasElement).shadowRoot!.querySelector(`[part="${name}"]`);
}

async function openDialog(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await userEvent.click(part(canvasElement, 'button')!);
  const dialog = elementIn(canvasElement).shadowRoot!.querySelector('dialog')!;
  await waitFor(() => expect(dialog.open).toBe(true));
  return dialog;
}

async function chooseAndProceed(canvasElement: HTMLElement, value: string): Promise<void> {
  const root = elementIn(canvasElement).shadowRoot!;
  const select = await waitFor(() => {
    const native = root.querySelector('paypal-account-select')?.shadowRoot?.querySelector('select');
    if (!native) throw new Error('no select yet');
    return native;
  });
  await userEvent.selectOptions(select, value);
  await userEvent.click(part(canvasElement, 'proceed')!);
}

async function confirmSummary(canvasElement: HTMLElement): Promise<void> {
  const root = elementIn(canvasElement).shadowRoot!;
  // Busy while PayPal loads (aria-disabled, a press does nothing): wait until it may be pressed.
  const confirm = await waitFor(() => {
    const button = root
      .querySelector('order-summary')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('[part="confirm"]');
    if (!button) throw new Error('no summary yet');
    if (button.getAttribute('aria-disabled') === 'true') throw new Error('the summary is busy');
    return button;
  });
  await userEvent.click(confirm);
}

async function toSummary(canvasElement: HTMLElement, value = mario.id): Promise<void> {
  await openDialog(canvasElement);
  await chooseAndProceed(canvasElement, value);
}

const meta = {
  title: 'Elements/order-pay-button',
  component: 'order-pay-button',
  render,
  // Payment records live in localStorage for every tab: each story starts from none.
  beforeEach: () => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(RECORD_PREFIX)) localStorage.removeItem(key);
  },
  args: {
    order: pecOrder(),
    accounts,
    accountsMode: 'property',
    authorize: 'approve',
    requestTimeout: 60000,
    onOpen: fn(),
    onSuccess: fn(),
    onFailure: fn(),
    onClose: fn(),
  },
  argTypes: {
    order: { control: 'object' },
    accounts: { control: 'object' },
    accountsMode: {
      control: 'inline-radio',
      options: ['property', 'request', 'request-fails', 'request-never'],
    },
    authorize: {
      control: 'inline-radio',
      options: ['approve', 'approve-no-renewal', 'pending', 'decline', 'reject', 'never', 'none'],
    },
  },
} satisfies Meta<OrderPayButtonArgs>;

export default meta;
type Story = StoryObj<OrderPayButtonArgs>;

/** An order in *Attesa pagamento*: the Paga button. */
export const AwaitingPayment: Story = {};

/** A paid order: the status, no action. */
export const Paid: Story = { args: { order: pecOrder({ status: 'paid' }) } };

/** A cancelled order. */
export const Cancelled: Story = { args: { order: pecOrder({ status: 'cancelled' }) } };

/** An expired order. */
export const Expired: Story = { args: { order: pecOrder({ status: 'expired' }) } };

/** Paga opened the dialog: the registered accounts and Nuovo account PayPal. */
export const Choosing: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/** The accounts are asked to the host (`paypal-accounts`), which has not answered yet. */
export const LoadingAccounts: Story = {
  args: { accountsMode: 'request-never' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** The host's `paypal-accounts` failed: its message and Riprova. */
export const AccountsFailed: Story = {
  args: { accountsMode: 'request-fails' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull());
  },
};

/** No registered account: a new one will be registered on PayPal. */
export const NoAccounts: Story = {
  args: { accounts: [] },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/**
 * The host offers its own methods beside PayPal: *Modalità di pagamento* comes first, PayPal says
 * what it means for automatic renewal; another method goes to the host (`order-pay-method`).
 */
export const Methods: Story = {
  args: {
    methods: [{ id: 'paypal' }, { id: 'bonifico', label: 'Bonifico bancario', href: '#bonifico' }],
  },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await waitFor(() => expect(shadow(canvasElement).getByRole('group')).toBeTruthy());
  },
};

/** Prosegui with no account chosen: the message under the drop-down, tied to it. */
export const MissingChoice: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await userEvent.click(part(canvasElement, 'proceed')!);
  },
};

/**
 * Conservazione a norma with a one-off activation fee: the renewal costs 1.171,20 € a year, not
 * the 1.234,64 € of this order.
 */
export const OneOffFee: Story = {
  args: { order: conservazioneOrder() },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
  },
};

/** The Riepilogo ordine, after choosing an account and Prosegui. */
export const Reviewing: Story = {
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
  },
};

/** The host never settles `order-pay-authorize`: progress, the dialog cannot be dismissed. */
export const Authorizing: Story = {
  args: { authorize: 'never' },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** Paid (PEC): confirmation, amount, e-mail and automatic renewal active. */
export const Succeeded: Story = {
  play: async ({ args, canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull());
    await expect(args.onSuccess).toHaveBeenCalled();
  },
};

/** Paid (Firma Digitale): no automatic renewal to mention. */
export const SucceededNoRenewal: Story = {
  args: {
    authorize: 'approve-no-renewal',
    order: firmaOrder({ renewal: undefined }),
  },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull());
  },
};

/** The backend accepted the payment and is processing it (`status: 'pending'`). */
export const Pending: Story = {
  args: { authorize: 'pending' },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull());
  },
};

/** The backend declined (`status: 'declined'`): nothing charged; Riprova makes a new attempt. */
export const FailedDeclined: Story = {
  args: { authorize: 'decline' },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull());
  },
};

/** The host's promise rejected: the outcome is unknown, Riprova re-sends the same requestId. */
export const FailedUnknown: Story = {
  args: { authorize: 'reject' },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull());
  },
};

/**
 * An earlier attempt's outcome is unknown (it timed out): Paga first asks the host again with the
 * same requestId, "Stiamo verificando il pagamento precedente…".
 */
export const CheckingPrevious: Story = {
  args: { authorize: 'never', order: pecOrder() },
  beforeEach: ({ args }) => {
    paymentRegistry().set({
      orderId: args.order!.id,
      requestId: crypto.randomUUID(),
      state: 'unknown',
      account: accounts[0]!,
      tab: 'another-tab',
      error: { code: 'timeout' },
    });
    return () => paymentRegistry().clear(args.order!.id);
  },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** Another tab is paying this order: every element shows "Pagamento in corso", no Paga. */
export const PaidElsewhere: Story = {
  args: { order: pecOrder() },
  beforeEach: ({ args }) => {
    const registry = paymentRegistry();
    const id = args.order!.id;
    const hold = registry.hold(id, document.body).then((held) => {
      registry.set({
        orderId: id,
        requestId: crypto.randomUUID(),
        state: 'in-flight',
        account: accounts[0]!,
      });
      return held;
    });
    return () => {
      void hold.then((held) => held?.release());
      registry.clear(id);
    };
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'status')).not.toBeNull());
  },
};

/** No listener for `order-pay-authorize`: "not configured" (and a console.error). */
export const FailedNoHandler: Story = {
  args: { authorize: 'none' },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull());
  },
};

/** `request-timeout="1500"` and a host that never answers: the timeout message and Riprova. */
export const FailedTimeout: Story = {
  args: { authorize: 'never', requestTimeout: 1500 },
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull(), { timeout: 4000 });
  },
};

/** Nuovo account PayPal without `paypal-client-id` / `paypal-environment`: configuration error. */
export const NewAccountNotConfigured: Story = {
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement, 'new');
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'back')).not.toBeNull());
  },
};

/** An order with an unknown status: a localised error (and one console.error). */
export const ErrorBadOrder: Story = {
  args: { order: { ...pecOrder(), status: 'rimborsato' } as unknown as Order },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/status/);
  },
};

/** `lang="en"` on an ancestor: every string in English (summary opened). */
export const English: Story = {
  loaders: inEnglish,
  render: (args) => html`<div lang="en">${render(args)}</div>`,
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement);
  },
};

// --- a new PayPal account, through the PayPal simulator (nothing reaches PayPal) -----------------

/** Installs the PayPal simulator for the story; the cleanup uninstalls it. */
function withSimulator(options: PayPalSimulatorOptions) {
  return () => {
    const simulator = installPayPalSimulator(options);
    return () => {
      simulator.uninstall();
      for (const key of Object.keys(localStorage))
        if (key.startsWith(RECORD_PREFIX)) localStorage.removeItem(key);
    };
  };
}

/** The host's backend: creates the PayPal order and captures it (vaulting the account). */
function renderNewAccount(args: OrderPayButtonArgs, presentation = 'auto'): TemplateResult {
  return html`
    <order-pay-button
      .order=${args.order}
      .accounts=${args.accounts}
      request-timeout=${args.requestTimeout}
      paypal-client-id="sim-client-id"
      paypal-environment="sandbox"
      presentation=${presentation}
      renewal-info-href="https://example.org/guida/rinnovo-automatico"
      @paypal-create-order=${(e: PayPalCreateOrderEvent) =>
        e.respondWith(delay({ id: `PAYPAL-${e.detail.requestId.slice(0, 8)}` }, 300))}
      @paypal-capture=${(e: PayPalCaptureEvent) =>
        e.respondWith(
          delay<CaptureResult>(
            {
              status: 'completed',
              paymentId: 'CAP-7QZ',
              account: fresh,
            },
            600,
          ),
        )}
      @order-pay-success=${(e: CustomEvent<OrderPaySuccessDetail>) => args.onSuccess(e.detail)}
      @order-pay-failure=${(e: CustomEvent<OrderPayFailureDetail>) => args.onFailure(e.detail)}
    ></order-pay-button>
  `;
}

/**
 * A page that sets `presentation="pop-up"` (not one of `auto`, `popup`, `modal`, `redirect`): a
 * localised error names the setting in place of **Paga** (and one console.error), so the
 * customer never starts a payment PayPal could not show.
 */
export const ErrorUnknownPresentation: Story = {
  render: (args) => renderNewAccount(args, 'pop-up'),
  play: async ({ canvasElement }) => {
    const alert = await shadow(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(/presentation/);
    await expect(shadow(canvasElement).queryByRole('button')).toBeNull();
  },
};

/** PayPal loads slowly (`slow` scenario): the summary is busy, "Caricamento di PayPal…". */
export const LoadingPayPal: Story = {
  beforeEach: withSimulator({ scenario: 'slow', delay: 60_000 }),
  render: (args) => renderNewAccount(args),
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement, 'new');
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** Prosegui e paga started PayPal: its window is open, the dialog waits for it. */
export const WaitingForPayPal: Story = {
  beforeEach: withSimulator({ scenario: 'approve', autoPlay: false }),
  render: (args) => renderNewAccount(args, 'modal'),
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement, 'new');
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** The customer closed PayPal's window (`cancel` scenario, autoPlay): back to the summary. */
export const PayPalCancelled: Story = {
  beforeEach: withSimulator({ scenario: 'cancel', autoPlay: true, delay: 300 }),
  render: (args) => renderNewAccount(args, 'modal'),
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement, 'new');
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'notice')).not.toBeNull(), { timeout: 8000 });
  },
};

/** PayPal reports a recoverable error (`error-recoverable`, autoPlay): its message and Riprova. */
export const PayPalError: Story = {
  beforeEach: withSimulator({ scenario: 'error-recoverable', autoPlay: true, delay: 300 }),
  render: (args) => renderNewAccount(args, 'modal'),
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement, 'new');
    await confirmSummary(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull(), { timeout: 8000 });
  },
};

/** PayPal's SDK cannot be loaded (`load-failure`): PayPal non raggiungibile, Riprova, Indietro. */
export const PayPalUnreachable: Story = {
  beforeEach: withSimulator({ scenario: 'load-failure' }),
  render: (args) => renderNewAccount(args),
  play: async ({ canvasElement }) => {
    await toSummary(canvasElement, 'new');
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull());
  },
};

/**
 * Back from PayPal after a redirect (whatever presentation PayPal chose): the page found the
 * order's payment record and the simulated return, reopened the dialog and captures with the
 * same requestId.
 */
export const RedirectReturn: Story = {
  // It opens its dialog by itself: kept off the docs page, which it would cover.
  tags: ['!autodocs'],
  args: { order: pecOrder() },
  beforeEach: ({ args }) => {
    const cleanup = withSimulator({ scenario: 'redirect' })();
    const order = args.order!;
    const paypalOrderId = 'PAYPAL-RETURN-1';
    paymentRegistry().set({
      orderId: order.id,
      requestId: crypto.randomUUID(),
      state: 'in-flight',
      account: 'new',
      paypal: { orderId: paypalOrderId, approved: false },
    });
    sessionStorage.setItem(
      SIMULATED_RETURN_KEY,
      JSON.stringify({
        id: paypalOrderId,
        outcome: 'approve',
        payerId: SIMULATED_PAYER_ID,
      } satisfies SimulatedReturn),
    );
    const url = new URL(location.href);
    const before = location.href;
    url.searchParams.set('token', paypalOrderId);
    url.searchParams.set('PayerID', SIMULATED_PAYER_ID);
    history.replaceState(history.state, '', url.href);
    return () => {
      history.replaceState(history.state, '', before);
      sessionStorage.removeItem(SIMULATED_RETURN_KEY);
      cleanup();
    };
  },
  render: (args) => renderNewAccount(args, 'redirect'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull(), { timeout: 8000 });
  },
};
