import '../src/elements/order-summary/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inEnglish, terms } from './language.js';
import type { OrderSummary } from '../src/elements/order-summary/order-summary.js';
import type {
  OrderSummaryBackDetail,
  OrderSummaryConfirmDetail,
} from '../src/events/order-summary-events.js';
import type { Order } from '../src/model/order.js';
import type { PaymentChoice } from '../src/model/paypal-account.js';
import {
  firmaOrder,
  largeOrder,
  newAccountChoice,
  pecOrder,
  registeredChoice,
} from '../test/kit/fixtures.js';

interface OrderSummaryArgs {
  order: Order | undefined;
  payment: PaymentChoice | undefined;
  busy: boolean;
  hideActions: boolean;
  headingLevel: number;
  renewalInfoHref: string;
  /** Receives every `order-summary-confirm` detail (shown in the Actions panel). */
  onConfirm: (detail: OrderSummaryConfirmDetail) => void;
  /** Receives every `order-summary-back` detail. */
  onBack: (detail: OrderSummaryBackDetail) => void;
}

const pec = pecOrder();

/** The events have no default action; the listeners only hand the details to the spies. */
function summary(args: OrderSummaryArgs): TemplateResult {
  return html`
    <order-summary
      .order=${args.order}
      .payment=${args.payment}
      ?busy=${args.busy}
      ?hide-actions=${args.hideActions}
      heading-level=${args.headingLevel}
      renewal-info-href=${args.renewalInfoHref}
      @order-summary-confirm=${(event: CustomEvent<OrderSummaryConfirmDetail>) =>
        args.onConfirm(event.detail)}
      @order-summary-back=${(event: CustomEvent<OrderSummaryBackDetail>) =>
        args.onBack(event.detail)}
    ></order-summary>
  `;
}

function summaryIn(canvasElement: HTMLElement): OrderSummary {
  const element = canvasElement.querySelector('order-summary');
  if (!element?.shadowRoot) throw new Error('<order-summary> is not rendered');
  return element;
}

/** Testing Library queries scoped to the element's shadow root. */
function shadow(canvasElement: HTMLElement) {
  // within() only reads querySelectorAll from its container, which a ShadowRoot has.
  return within(summaryIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

const meta = {
  title: 'Elements/order-summary',
  component: 'order-summary',
  render: summary,
  args: {
    order: pec,
    payment: registeredChoice(),
    busy: false,
    hideActions: false,
    headingLevel: 2,
    renewalInfoHref: 'https://example.org/guida/disattivare-rinnovo-automatico',
    onConfirm: fn(),
    onBack: fn(),
  },
  argTypes: {
    order: { control: 'object' },
    payment: { control: 'object' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
} satisfies Meta<OrderSummaryArgs>;

export default meta;
type Story = StoryObj<OrderSummaryArgs>;

/** PEC paid with a registered PayPal account: renewal terms with the account it charges. */
export const PecWithRegisteredAccount: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const { summaryTitle, summaryConfirm } = terms(globals).orderSummary;
    const root = shadow(canvasElement);
    await expect(root.getByRole('heading', { name: summaryTitle })).toBeVisible();
    await userEvent.click(root.getByRole('button', { name: summaryConfirm }));
    await expect(args.onConfirm).toHaveBeenCalledOnce();
  },
};

/** A new PayPal account, to register on PayPal while paying. */
export const NewAccount: Story = {
  args: { payment: newAccountChoice() },
  play: async ({ canvasElement, globals }) => {
    await expect(summaryIn(canvasElement).shadowRoot?.textContent).toContain(
      terms(globals).orderSummary.summaryNewAccount,
    );
  },
};

/** Firma Digitale: automatic renewal is not available, and the summary says so. */
export const FirmaDigitaleNoRenewal: Story = { args: { order: firmaOrder() } };

/** Several lines and a four-digit total (it-IT money is always grouped: "1.234,50 €"). */
export const ManyLines: Story = { args: { order: largeOrder() } };

/** `busy`: the host is starting the payment; both buttons are disabled and nothing fires. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ args, canvasElement, globals }) => {
    const confirm = shadow(canvasElement).getByRole('button', {
      name: terms(globals).orderSummary.summaryConfirm,
    });
    await expect(confirm).toBeDisabled();
    await expect(args.onConfirm).not.toHaveBeenCalled();
  },
};

/**
 * On a page of its own (heading level 1, actions shown): the host sets `busy` while it starts
 * the payment and goes back on Indietro.
 */
export const StandalonePage: Story = {
  args: { headingLevel: 1, hideActions: false },
  render: (args) => html`
    <main style="max-inline-size: 48rem; margin: 0 auto; padding: 1rem">
      <p><a href="#ordini">Area Clienti</a> › Ordini › Pagamento</p>
      ${summary({
        ...args,
        onConfirm: (detail) => {
          args.onConfirm(detail);
          const element = document.querySelector('order-summary');
          if (!element) return;
          element.busy = true;
          setTimeout(() => {
            element.busy = false;
          }, 2000);
        },
      })}
    </main>
  `,
  play: async ({ args, canvasElement, globals }) => {
    const root = shadow(canvasElement);
    await userEvent.click(
      root.getByRole('button', { name: terms(globals).orderSummary.summaryConfirm }),
    );
    await expect(args.onConfirm).toHaveBeenCalledOnce();
    await waitFor(() => expect(summaryIn(canvasElement).busy).toBe(true));
  },
};

/**
 * A total whose value is not a decimal ("24,40"): a localised error instead of the summary
 * (and one `console.error` naming `order.total.value`, as designed).
 */
export const ErrorMalformedTotal: Story = {
  args: { order: { ...pec, total: { value: '24,40', currency: 'EUR' } } },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/order\.total\.value/);
  },
};

/** An unknown currency code: a localised error naming the field. */
export const ErrorUnknownCurrency: Story = {
  args: {
    order: {
      ...pec,
      lines: pec.lines.map((line) => ({ ...line, unitPrice: { value: '20.00', currency: 'EUX' } })),
      total: { value: '24.40', currency: 'EUX' },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/currency/);
  },
};

/** `lang="en"` on an ancestor: English strings and en-GB money ("€1,234.50"). */
export const English: Story = {
  args: { order: largeOrder(), payment: newAccountChoice() },
  loaders: inEnglish,
  render: (args) => html`<div lang="en">${summary(args)}</div>`,
  play: async ({ canvasElement }) => {
    await expect(
      shadow(canvasElement).getByRole('button', { name: 'Continue and pay' }),
    ).toBeVisible();
  },
};
