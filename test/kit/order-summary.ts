/** An `<order-summary>` as the customer reads it, and the host that answers it. */
import './languages.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/order-summary/define.js';
import type { OrderSummary } from '../../src/elements/order-summary/order-summary.js';
import type { Order } from '../../src/model/order.js';
import type { PaymentChoice } from '../../src/model/paypal-account.js';
import { logging } from './console.js';
import { pecOrder, registeredChoice } from './fixtures.js';

export interface SummaryOptions {
  lang?: string;
  busy?: boolean;
  hideActions?: boolean;
  headingLevel?: number;
  renewalInfoHref?: string;
}

/** An `<order-summary>` of `order` (a PEC order) paid with `payment` (Mario's account). */
export function summary(
  order: unknown = pecOrder(),
  payment: unknown = registeredChoice(),
  options: SummaryOptions = {},
): Promise<OrderSummary> {
  return fixture<OrderSummary>(html`
    <order-summary
      lang=${options.lang ?? 'it'}
      .order=${order as Order}
      .payment=${payment as PaymentChoice}
      ?busy=${options.busy ?? false}
      ?hide-actions=${options.hideActions ?? false}
      heading-level=${options.headingLevel ?? 2}
      renewal-info-href=${options.renewalInfoHref ?? 'https://example.org/guida/rinnovo'}
    ></order-summary>
  `);
}

/** An `<order-summary>` for bad data, with the `console.error` calls it made. */
export async function badSummary(
  order: unknown,
  payment: unknown = registeredChoice(),
  options: SummaryOptions = {},
): Promise<{ el: OrderSummary; calls: unknown[][] }> {
  const { value: el, calls } = await logging(() => summary(order, payment, options));
  return { el, calls };
}

/** The parts the customer reads and uses. */
export function parts(el: OrderSummary) {
  const root = el.shadowRoot!;
  const part = (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
  return {
    heading: part('heading'),
    facts: root.querySelector('article > dl'),
    lines: part('lines') as HTMLTableElement | null,
    totals: part('totals'),
    total: part('total'),
    payment: part('payment'),
    renewal: part('renewal'),
    confirm: part('confirm') as HTMLButtonElement | null,
    back: part('back') as HTMLButtonElement | null,
    error: part('error'),
    status: root.querySelector<HTMLElement>('[role="status"]'),
  };
}
