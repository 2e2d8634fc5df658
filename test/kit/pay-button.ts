/**
 * Driving an `<order-pay-button>` the way a customer does: the real mouse and keyboard, reading
 * what is on screen. Shared by the element's test files.
 */
import './languages.js';
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

/**
 * An `<order-pay-button>` in another page (a frame of a phone's size, test/kit/viewport.ts), with
 * Mario's and Anna's accounts unless told.
 */
export async function payButtonIn(
  page: Document,
  order: Order,
  accounts: PayPalAccount[] = [mario, anna],
): Promise<OrderPayButton> {
  const el = page.createElement('order-pay-button');
  el.lang = 'it';
  el.order = order;
  el.accounts = accounts;
  page.body.append(el);
  await el.updateComplete;
  return el;
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

/** A payment request's `requestId`: a version 4 UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Prosegui e paga, then the host has the request (`count` of them in all). */
export async function pay(
  el: OrderPayButton,
  requests: unknown[],
  count = requests.length + 1,
): Promise<void> {
  await confirm(el);
  await until(() => requests.length >= count, 'the host receives the request');
  await settle(el);
}

/** Two `<order-pay-button>` for one order, side by side on one page, with Mario's account. */
export async function twoButtons(): Promise<{
  order: Order;
  first: OrderPayButton;
  second: OrderPayButton;
}> {
  const order = pecOrder();
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
  return { order, first, second };
}

/** A part of the summary inside the dialog. */
export const summaryPart = (el: OrderPayButton, part: string) =>
  parts(el).summary!.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`);

/** The host's methods: PayPal and its own card page. */
export const hostMethods = () => [
  { id: 'paypal' },
  { id: 'card', label: 'Carta di credito', href: '#carta' },
];

/** An `<order-pay-button>` offering the host's methods (PayPal and a card). */
export async function payButtonWithMethods(order: Order = pecOrder()): Promise<OrderPayButton> {
  const el = await payButton(order);
  el.methods = hostMethods();
  await settle(el);
  return el;
}

export interface NewAccountOptions {
  lang?: string;
  accounts?: PayPalAccount[];
  order?: Order;
  presentation?: string;
  clientId?: string | undefined;
}

/**
 * An `<order-pay-button>` set up for a new PayPal account: a client id, the sandbox, PayPal as a
 * modal by default, Mario's account registered.
 */
export function payButtonForPayPal(options: NewAccountOptions = {}): Promise<OrderPayButton> {
  const { lang = 'it', accounts = [mario], order = pecOrder(), presentation = 'modal' } = options;
  const clientId = 'clientId' in options ? options.clientId : 'sim-client';
  return payButton(order, { lang, accounts, presentation, clientId, environment: 'sandbox' });
}

/** Paga, an account (Nuovo account PayPal by default), Prosegui: the summary, or PayPal non raggiungibile. */
export async function toPayPalReview(el: OrderPayButton, value = 'new'): Promise<void> {
  await open(el);
  await choose(el, value);
  await click(parts(el).proceed!);
  await until(() => parts(el).summary !== null || parts(el).retry !== null, 'the next step');
  await settle(el);
}

/** Waits until the summary can be paid (PayPal has loaded). */
export const untilReadyToPay = (el: OrderPayButton) =>
  until(
    () => parts(el).confirm !== null && parts(el).summary?.busy === false && !parts(el).progress,
    'the summary is ready',
  );

/** Prosegui e paga once PayPal is ready, then PayPal's window is open. */
export async function payInPayPal(
  el: OrderPayButton,
  simulator: { readonly window: HTMLElement | null },
): Promise<void> {
  await untilReadyToPay(el);
  await click(parts(el).confirm!);
  await settle(el);
  await until(() => simulator.window !== null, 'PayPal opens its window');
}
