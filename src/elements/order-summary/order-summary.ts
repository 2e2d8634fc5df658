import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  OrderSummaryBackEvent,
  OrderSummaryConfirmEvent,
} from '../../events/order-summary-events.js';
import { KitElement } from '../../internal/kit-element.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { buttonStyles, errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { textStyles } from '../../internal/text.styles.js';
import { email, newTabLink } from '../../internal/templates.js';
import { parseHeadingLevel, type HeadingLevel } from '../../model/heading-level.js';
import { formatMoney, type Amount } from '../../model/money.js';
import {
  formatDate,
  formatPeriod,
  NO_AUTO_RENEW_KINDS,
  parseOrder,
  type Order,
  type ParsedOrder,
} from '../../model/order.js';
import { parsePayment, type PaymentChoice } from '../../model/paypal-account.js';
import {
  jsonAttribute,
  safeHttpUrl,
  type Validated,
  type ValidationIssue,
} from '../../model/validation.js';
import { orderSummary } from '../../translations/order-summary.js';
import type * as it from '../../translations/it.js';
import { styles } from './order-summary.styles.js';

/**
 * The **Riepilogo ordine** of the pay-later flow: the order's lines, taxable amount (Imponibile),
 * IVA and **Totale IVA inclusa** (the host's total, authoritative), the payment method (PayPal and
 * the account, or a new account to register on PayPal), the automatic-renewal terms when paying
 * with PayPal turns renewal on, and the **Prosegui e paga** / **Indietro** actions.
 *
 * It renders nothing until both `order` and `payment` are set. Invalid data never throw: the
 * element shows a localised error (`part="error"`) and logs one `console.error` naming the field.
 *
 * Usable on its own page, with no script but the host's listener:
 *
 * ```html
 * <order-summary
 *   order='{"id":"A-1","number":"2026/000123","status":"awaiting-payment",
 *           "product":{"kind":"pec","name":"PEC Standard"},
 *           "lines":[{"description":"Casella PEC 1 anno","quantity":1,
 *                     "unitPrice":{"value":"20.00","currency":"EUR"},"vatRate":22}],
 *           "total":{"value":"24.40","currency":"EUR"},"renewal":{"period":"P1Y"}}'
 *   payment='{"method":"paypal","account":{"id":"tok-1","email":"mario.rossi@example.com"}}'
 *   heading-level="1"
 *   renewal-info-href="/guida/disattivare-rinnovo-automatico"
 * ></order-summary>
 * <script type="module">
 *   const summary = document.querySelector('order-summary');
 *   summary.addEventListener('order-summary-confirm', async ({ detail }) => {
 *     summary.busy = true; // disables both buttons while the payment starts
 *     try { await startPayment(detail.order, detail.payment); } finally { summary.busy = false; }
 *   });
 *   summary.addEventListener('order-summary-back', () => history.back());
 * </script>
 * ```
 *
 * @tag order-summary
 * @summary The Riepilogo ordine: lines, Imponibile, IVA, total, PayPal account, renewal terms.
 *
 * @event {OrderSummaryConfirmEvent} order-summary-confirm - The customer pressed **Prosegui e
 *   paga**. Detail `{ order, payment }` (the host's own objects). Bubbles, composed, not
 *   cancelable. Never fires while `busy`.
 * @event {OrderSummaryBackEvent} order-summary-back - The customer pressed **Indietro**. Detail
 *   `{ order }`. Bubbles, composed, not cancelable. Never fires while `busy`.
 *
 * @csspart heading - The "Riepilogo ordine" heading.
 * @csspart lines - The table of the order lines.
 * @csspart totals - The list of Imponibile, IVA and total.
 * @csspart total - The "Totale IVA inclusa" row.
 * @csspart payment - The payment method and account.
 * @csspart renewal - The automatic-renewal terms (or the notice that renewal is not available).
 * @csspart actions - The bar holding Indietro and Prosegui e paga (a dialog may make it sticky).
 * @csspart confirm - The Prosegui e paga button.
 * @csspart back - The Indietro button.
 * @csspart error - The message shown instead of the summary when the data are invalid.
 *
 * @cssproperty --cak-color-primary - Buttons, links and the renewal accent. Default `#0066cc`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited.
 * @cssproperty --cak-color-text-muted - Labels and column headers. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Table rules and the renewal box. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-radius - Corners of buttons and boxes. Default `4px`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class OrderSummary extends KitElement<typeof it.orderSummary> {
  static override terms = orderSummary;

  static override styles = [hostStyles, textStyles, buttonStyles, errorStyles, styles];

  // Lit's static form rather than decorators: it keeps tslib's __decorate out of the CDN bundle.
  static override properties = {
    order: { converter: jsonAttribute },
    payment: { converter: jsonAttribute },
    headingLevel: { type: Number, attribute: 'heading-level' },
    renewalInfoHref: { attribute: 'renewal-info-href' },
    busy: { type: Boolean, reflect: true },
    hideActions: { type: Boolean, attribute: 'hide-actions', reflect: true },
    hideStatus: { type: Boolean, attribute: 'hide-status' },
  };

  /**
   * The order to summarise: `{ id, number?, status, product: { kind, name, autoRenew? }, lines,
   * subtotal?, vat?, total, renewal?: { period, nextChargeDate?, amount? } }` (a line with
   * `recurring: false` is a one-off fee, not part of the renewal). As an attribute, JSON.
   */
  order: Order | undefined;

  /**
   * How the customer pays: `{ method: 'paypal', account: { id, email } | 'new' }`. As an
   * attribute, JSON.
   */
  payment: PaymentChoice | undefined;

  /**
   * The level of the "Riepilogo ordine" heading (1–6); its sections use the next level. Any other
   * value is reported as invalid data.
   */
  headingLevel: HeadingLevel = 2;

  /** Where the guide to turning automatic renewal off lives (http or https only). */
  renewalInfoHref: string | undefined;

  /** The host is working (e.g. starting the payment): both buttons are disabled, nothing fires. */
  busy = false;

  /** Hides Prosegui e paga and Indietro, for a page that only shows the summary. */
  hideActions = false;

  /**
   * Hides the "Operazione in corso" status under the buttons, for a host that shows and
   * announces its own progress (one live region, not two).
   */
  hideStatus = false;

  #order: Validated<ParsedOrder> | undefined;
  #payment: Validated<PaymentChoice> | undefined;
  #level: Validated<HeadingLevel> = { ok: true, value: 2 };
  #renewalHref: string | undefined;
  readonly #internals: ElementInternals = this.attachInternals();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('order')) {
      this.#order = this.order === undefined ? undefined : parseOrder(this.order);
      if (this.#order?.ok === false) logIssue(this.localName, this.#order.issue);
    }
    if (changed.has('payment')) {
      this.#payment = this.payment === undefined ? undefined : parsePayment(this.payment);
      if (this.#payment?.ok === false) logIssue(this.localName, this.#payment.issue);
    }
    if (changed.has('headingLevel')) {
      this.#level = parseHeadingLevel(this.headingLevel);
      if (!this.#level.ok) logIssue(this.localName, this.#level.issue);
    }
    if (changed.has('renewalInfoHref')) {
      const href = this.renewalInfoHref;
      this.#renewalHref = href ? safeHttpUrl(href, document.baseURI) : undefined;
      if (href && this.#renewalHref === undefined) {
        logIssue(this.localName, { field: 'renewal-info-href', problem: 'url' });
      }
    }
    if (changed.has('busy')) this.#setState('busy', this.busy);
  }

  #setState(state: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(state);
      else this.#internals.states.delete(state);
    } catch {
      // Custom states are an enhancement; the reflected attribute says the same.
    }
  }

  #money(amount: Amount): string {
    return formatMoney(amount, this.localize.locale);
  }

  #onConfirmClick(): void {
    const order = this.#order;
    const payment = this.#payment;
    if (this.busy || !order?.ok || !payment?.ok) return;
    this.dispatchEvent(
      new OrderSummaryConfirmEvent({ order: order.value.source, payment: payment.value }),
    );
  }

  #onBackClick(): void {
    const order = this.#order;
    if (this.busy || !order?.ok) return;
    this.dispatchEvent(new OrderSummaryBackEvent({ order: order.value.source }));
  }

  #heading(level: number, content: string, id: string, part?: string): TemplateResult {
    const className = part ? 'heading' : 'subheading';
    // The title can take focus (a dialog moves focus there), without a tab stop.
    const tabindex = part ? '-1' : undefined;
    switch (Math.min(level, 6)) {
      case 1:
        return html`<h1
          class=${className}
          id=${id}
          part=${ifDefined(part)}
          tabindex=${ifDefined(tabindex)}
        >
          ${content}
        </h1>`;
      case 2:
        return html`<h2
          class=${className}
          id=${id}
          part=${ifDefined(part)}
          tabindex=${ifDefined(tabindex)}
        >
          ${content}
        </h2>`;
      case 3:
        return html`<h3
          class=${className}
          id=${id}
          part=${ifDefined(part)}
          tabindex=${ifDefined(tabindex)}
        >
          ${content}
        </h3>`;
      case 4:
        return html`<h4
          class=${className}
          id=${id}
          part=${ifDefined(part)}
          tabindex=${ifDefined(tabindex)}
        >
          ${content}
        </h4>`;
      case 5:
        return html`<h5
          class=${className}
          id=${id}
          part=${ifDefined(part)}
          tabindex=${ifDefined(tabindex)}
        >
          ${content}
        </h5>`;
      default:
        return html`<h6
          class=${className}
          id=${id}
          part=${ifDefined(part)}
          tabindex=${ifDefined(tabindex)}
        >
          ${content}
        </h6>`;
    }
  }

  #renderError(issue: ValidationIssue): TemplateResult {
    return renderIssue(this.localize, this.localize.term('summaryInvalid'), issue);
  }

  #renderLines(order: ParsedOrder): TemplateResult {
    const quantity = new Intl.NumberFormat(this.localize.locale);
    return html`
      <table part="lines">
        <caption>
          ${this.localize.term('summaryLinesCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.localize.term('summaryDescription')}</th>
            <th scope="col" class="number detail">${this.localize.term('summaryQuantity')}</th>
            <th scope="col" class="number detail">${this.localize.term('summaryUnitPrice')}</th>
            <th scope="col" class="number">${this.localize.term('summaryAmount')}</th>
          </tr>
        </thead>
        <tbody>
          ${order.lines.map(
            (line) => html`
              <tr>
                <th scope="row">
                  ${line.description}
                  ${
                    line.recurring
                      ? nothing
                      : html`<span class="one-off">(${this.localize.term('summaryOneOff')})</span>`
                  }
                  <span class="line-detail">
                    ${quantity.format(line.quantity)} × ${this.#money(line.unitPrice)}
                  </span>
                </th>
                <td class="number detail">${quantity.format(line.quantity)}</td>
                <td class="number detail">${this.#money(line.unitPrice)}</td>
                <td class="number">${this.#money(line.amount)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }

  #renderTotals(order: ParsedOrder): TemplateResult {
    const rates = new Set(order.lines.map((line) => line.vatRate));
    const [rate] = rates;
    const vatLabel =
      rates.size === 1 && rate !== undefined
        ? this.localize.term(
            'summaryVatRate',
            new Intl.NumberFormat(this.localize.locale, {
              style: 'percent',
              maximumFractionDigits: 2,
            }).format(rate / 100),
          )
        : this.localize.term('summaryVat');
    return html`
      <dl class="totals" part="totals">
        <div>
          <dt>${this.localize.term('summarySubtotal')}</dt>
          <dd>${this.#money(order.subtotal)}</dd>
        </div>
        <div>
          <dt>${vatLabel}</dt>
          <dd>${this.#money(order.vat)}</dd>
        </div>
        <div class="total" part="total">
          <dt>${this.localize.term('summaryTotal')}</dt>
          <dd>${this.#money(order.total)}</dd>
        </div>
      </dl>
    `;
  }

  #renderPayment(payment: PaymentChoice): TemplateResult {
    const account = payment.account;
    return html`
      <section part="payment" aria-labelledby="payment-title">
        ${this.#heading(this.headingLevel + 1, this.localize.term('summaryPaymentTitle'), 'payment-title')}
        <dl class="facts">
          <dt>${this.localize.term('summaryMethod')}</dt>
          <dd>PayPal</dd>
          <dt>${this.localize.term('summaryAccount')}</dt>
          <dd>
            ${account === 'new' ? this.localize.term('summaryNewAccount') : email(account.email)}
          </dd>
        </dl>
      </section>
    `;
  }

  #renderRenewal(order: ParsedOrder, payment: PaymentChoice): unknown {
    const { renewal } = order;
    const locale = this.localize.locale;
    if (!renewal.available) {
      return NO_AUTO_RENEW_KINDS.includes(order.product.kind)
        ? html`<p class="no-renewal" part="renewal">${this.localize.term('summaryNoRenewal')}</p>`
        : nothing;
    }
    const account = payment.account;
    return html`
      <section class="renewal" part="renewal" aria-labelledby="renewal-title">
        ${this.#heading(this.headingLevel + 1, this.localize.term('summaryRenewalTitle'), 'renewal-title')}
        <p>${this.localize.term('summaryRenewalIntro')}</p>
        <dl class="facts">
          <dt>${this.localize.term('summaryRenewalAmount')}</dt>
          <dd>${this.localize.term('summaryRenewalAmountValue', this.#money(renewal.amount))}</dd>
          ${
            renewal.period
              ? html`
                  <dt>${this.localize.term('summaryRenewalPeriod')}</dt>
                  <dd>${formatPeriod(renewal.period, locale)}</dd>
                `
              : nothing
          }
          ${
            renewal.nextChargeDate
              ? html`
                  <dt>${this.localize.term('summaryRenewalNext')}</dt>
                  <dd>${formatDate(renewal.nextChargeDate, locale)}</dd>
                `
              : nothing
          }
          <dt>${this.localize.term('summaryRenewalAccount')}</dt>
          <dd>
            ${
              account === 'new'
                ? this.localize.term('summaryRenewalNewAccount')
                : email(account.email)
            }
          </dd>
        </dl>
        ${
          this.#renewalHref
            ? newTabLink(
                this.#renewalHref,
                this.localize.term('summaryRenewalHowToStop'),
                this.localize.term('opensInNewTab'),
              )
            : nothing
        }
      </section>
    `;
  }

  #renderActions(): unknown {
    if (this.hideActions) return nothing;
    const busy = this.busy;
    return html`
      <div class="actions" part="actions">
        <button
          type="button"
          class="button secondary"
          part="back"
          ?disabled=${busy}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${this.#onBackClick}
        >
          ${this.localize.term('summaryBack')}
        </button>
        <button
          type="button"
          class="button"
          part="confirm"
          ?disabled=${busy}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${this.#onConfirmClick}
        >
          ${this.localize.term('summaryConfirm')}
        </button>
      </div>
      ${
        this.hideStatus
          ? nothing
          : html`<p class="status" role="status">
              ${busy ? this.localize.term('summaryBusy') : nothing}
            </p>`
      }
    `;
  }

  protected override render(): unknown {
    const order = this.#order;
    const payment = this.#payment;
    if (order === undefined || payment === undefined) {
      // A bad value is reported even while the other one is still missing.
      if (order?.ok === false) return this.#renderError(order.issue);
      if (payment?.ok === false) return this.#renderError(payment.issue);
      return nothing;
    }
    if (!order.ok) return this.#renderError(order.issue);
    if (!payment.ok) return this.#renderError(payment.issue);
    if (!this.#level.ok) return this.#renderError(this.#level.issue);
    const level = this.#level.value;
    const parsed = order.value;
    return html`
      <article aria-labelledby="title">
        ${this.#heading(level, this.localize.term('summaryTitle'), 'title', 'heading')}
        <dl class="facts">
          <dt>${this.localize.term('summaryOrderNumber')}</dt>
          <dd>${parsed.number}</dd>
          <dt>${this.localize.term('summaryProduct')}</dt>
          <dd>${parsed.product.name}</dd>
        </dl>
        ${this.#renderLines(parsed)} ${this.#renderTotals(parsed)}
        ${this.#renderPayment(payment.value)} ${this.#renderRenewal(parsed, payment.value)}
        ${this.#renderActions()}
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-summary': OrderSummary;
  }
}
