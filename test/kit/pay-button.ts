/**
 * Driving an `<order-pay-button>` the way a customer does: the real mouse and keyboard, reading
 * what is on screen. Shared by the element's test files.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/order-pay-button/define.js';
import type { OrderPayButton } from '../../src/elements/order-pay-button/order-pay-button.js';
import type { OrderSummary } from '../../src/elements/order-summary/order-summary.js';
import type { PayPalAccountSelect } from '../../src/elements/paypal-account-select/paypal-account-select.js';
import type { Order } from '../../src/model/order.js';
import type { PayPalAccount } from '../../src/model/paypal-account.js';
import { RECORD_PREFIX } from '../../src/internal/payment-registry.js';
import { anna, mario, pecOrder } from './fixtures.js';
import { click } from './user.js';
import { nextTask, until } from './wait.js';

export interface PayButtonOptions {
  lang?: string;
  /** `undefined`: not set, the element asks the host. */
  accounts?: PayPalAccount[] | undefined;
  timeout?: number;
  presentation?: string;
  clientId?: string | undefined;
  environment?: string | undefined;
}

/** An `<order-pay-button>` for `order` (a PEC order by default) with Mario's and Anna's accounts. */
export function payButton(
  order: Order | unknown = pecOrder(),
  options: PayButtonOptions = {},
): Promise<OrderPayButton> {
  const { lang = 'it', timeout = 60_000, presentation = 'auto' } = options;
  const accounts = 'accounts' in options ? options.accounts : [mario, anna];
  return fixture<OrderPayButton>(html`
    <order-pay-button
      lang=${lang}
      .order=${order as Order}
      .accounts=${accounts}
      .requestTimeout=${timeout}
      .paypalClientId=${options.clientId}
      .paypalEnvironment=${options.environment}
      .presentation=${presentation}
    ></order-pay-button>
  `);
}

/** The parts a customer sees and uses. */
export function parts(el: OrderPayButton) {
  const root = el.shadowRoot!;
  const q = <T extends HTMLElement = HTMLElement>(part: string) =>
    root.querySelector<T>(`[part="${part}"]`);
  const summary = root.querySelector<OrderSummary>('order-summary');
  const select = root.querySelector<PayPalAccountSelect>('paypal-account-select');
  return {
    button: q<HTMLButtonElement>('button'),
    status: q('status'),
    dialog: root.querySelector('dialog'),
    title: q('title'),
    close: q<HTMLButtonElement>('close'),
    proceed: q<HTMLButtonElement>('proceed'),
    retry: q<HTMLButtonElement>('retry'),
    back: q<HTMLButtonElement>('back'),
    notice: q('notice'),
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
}

/** The step on screen, read from what is shown. */
export function step(el: OrderPayButton): string {
  const p = parts(el);
  if (!p.dialog?.open) return 'closed';
  if (p.result) return 'result';
  if (p.progress && p.summary) return 'authorizing';
  if (p.progress) return 'waiting';
  if (p.summary) return 'reviewing';
  if (p.select) return 'choosing';
  if (p.error && (p.back || p.retry)) return 'failed';
  return 'unknown';
}

/** Lets events, renders and focus moves settle (a few tasks; no clock involved). */
export async function settle(el: OrderPayButton): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await nextTask();
    await el.updateComplete;
    const { summary, select } = parts(el);
    await summary?.updateComplete;
    await select?.updateComplete;
  }
}

/** Waits until the dialog shows `expected` (see `step`). */
export async function untilStep(el: OrderPayButton, expected: string): Promise<void> {
  await until(() => step(el) === expected, `the dialog shows ${expected}`);
  await settle(el);
}

export async function open(el: OrderPayButton): Promise<void> {
  await click(parts(el).button!);
  await settle(el);
}

/** Chooses an account the way the customer's input does (the native select changes). */
export async function choose(el: OrderPayButton, value: string): Promise<void> {
  const native = parts(el).nativeSelect!;
  native.value = value;
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Paga, an account, Prosegui: the summary is shown. */
export async function toReview(el: OrderPayButton, value = mario.id): Promise<void> {
  await open(el);
  await choose(el, value);
  await click(parts(el).proceed!);
  await untilStep(el, 'reviewing');
}

/** Prosegui e paga. */
export async function confirm(el: OrderPayButton): Promise<void> {
  await click(parts(el).confirm!);
  await settle(el);
}

/** Forgets every payment record (they live in localStorage, for every tab). */
export function forgetPayments(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith(RECORD_PREFIX)) localStorage.removeItem(key);
}
