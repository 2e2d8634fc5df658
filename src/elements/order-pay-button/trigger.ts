/**
 * The trigger of `<order-pay-button>`: **Paga**, or the order's status in words. Part of what
 * every page of orders loads at once (the dialog's steps come later, `steps.ts`).
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { PaymentRecord } from '../../internal/payment-registry.js';
import type { ParsedOrder } from '../../model/order.js';
import type { Terms } from './messages.js';

type Localize = LocalizeController<Terms>;

/** What the trigger shows: Paga, or the order's state in words. */
export type TriggerStatus = 'pay' | 'paid' | 'pending' | 'in-progress' | 'cancelled' | 'expired';

const STATUS_TERMS: Record<Exclude<TriggerStatus, 'pay'>, keyof Terms> = {
  paid: 'payStatusPaid',
  pending: 'payStatusPending',
  'in-progress': 'payStatusInProgress',
  cancelled: 'payStatusCancelled',
  expired: 'payStatusExpired',
};

/** Paga, or why not: the host's status first, then the order's payment record in every tab. */
export function triggerStatus(
  order: ParsedOrder,
  record: PaymentRecord | undefined,
): TriggerStatus {
  if (order.status !== 'awaiting-payment') return order.status;
  switch (record?.state) {
    case 'paid':
      return 'paid';
    case 'pending':
      return 'pending';
    case 'in-flight':
      return 'in-progress';
    default:
      return 'pay';
  }
}

/** **Paga** (named with the order number), or the order's status. */
export function renderTrigger(
  order: ParsedOrder,
  status: TriggerStatus,
  t: Localize,
  onPay: () => void,
  /** Rendered on a server, and not yet alive in the browser (Paga does nothing yet). */
  inert = isServer,
): TemplateResult {
  if (status === 'pay')
    // Rendered on a server, Paga does nothing until the page's script has loaded (hydration):
    // it says so to assistive technology (a description: hidden, it is read only as such), and
    // the element drops both attributes when it comes alive.
    return html`
      <button
        type="button"
        class="button"
        part="button"
        aria-haspopup="dialog"
        aria-label=${t.term('payOrder', order.number)}
        aria-disabled=${ifDefined(inert ? 'true' : undefined)}
        aria-describedby=${inert ? 'not-ready' : nothing}
        @click=${onPay}
      >
        ${t.term('payButton')}
      </button>
      <span id="not-ready" hidden>${t.term('payNotReady')}</span>
    `;
  // A status, named as such: focus returns here when Paga is gone, and it speaks when the
  // order's payment changes in another tab.
  return html`<span class="status" part="status" role="status" tabindex="-1"
    >${t.term(STATUS_TERMS[status])}</span
  >`;
}
