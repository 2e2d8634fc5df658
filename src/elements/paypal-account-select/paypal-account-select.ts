import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { KitElement } from '../../internal/kit-element.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { textStyles } from '../../internal/text.styles.js';
import { newTabLink } from '../../internal/templates.js';
import {
  formatDate,
  formatPeriod,
  NO_AUTO_RENEW_KINDS,
  parseOrder,
  type Order,
  type ParsedOrder,
} from '../../model/order.js';
import { formatMoney } from '../../model/money.js';
import { parseAccounts, type PayPalAccount } from '../../model/paypal-account.js';
import {
  jsonAttribute,
  safeHttpUrl,
  type Validated,
  type ValidationIssue,
} from '../../model/validation.js';
import { paypalAccountSelect } from '../../translations/paypal-account-select.js';
import type * as it from '../../translations/it.js';
import { styles } from './paypal-account-select.styles.js';

/** The value of the **Nuovo account PayPal** choice. */
const NEW = 'new';

/** Memoises a validation by the identity of its input, so that getters stay synchronous. */
class Memo<T> {
  #input: unknown;
  #result: Validated<T> | undefined;
  constructor(readonly parse: (input: unknown) => Validated<T>) {}
  get(input: unknown): Validated<T> | undefined {
    if (input !== this.#input) {
      this.#input = input;
      this.#result = input === undefined ? undefined : this.parse(input);
    }
    return this.#result;
  }
}

/**
 * Form control choosing the PayPal account to pay with: the registered accounts (by e-mail)
 * and **Nuovo account PayPal**. With no account registered it explains that a new one will be
 * registered on PayPal (value `new`). Below it, the automatic-renewal notice for the order.
 * Form-associated: works inside a host `<form>` (`name`, `value`, `required`, `disabled`, reset,
 * validation).
 *
 * @tag paypal-account-select
 * @summary The PayPal account to pay with: a registered one or a new one.
 *
 * @event {Event} input - The customer changed the choice (native `input`, bubbles, composed).
 * @event {Event} change - The customer changed the choice (native `change`, bubbles). Never fired
 *   when the host sets `value`.
 *
 * @csspart label - The visible label.
 * @csspart select - The native drop-down of the accounts.
 * @csspart new-account-note - What a new account means (no account registered, or Nuovo account
 *   PayPal chosen).
 * @csspart renewal - The automatic-renewal notice for the order.
 * @csspart invalid - "Scegli un account PayPal…", under the drop-down once a missing choice counts
 *   (after `reportValidity()` or a form's submit), tied to it with `aria-describedby`.
 * @csspart error - The message shown when the accounts or the order are invalid.
 *
 * @cssproperty --cak-color-primary - Links and the note accent. Default `#0066cc`.
 * @cssproperty --cak-color-surface - Drop-down background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the drop-down).
 * @cssproperty --cak-color-text-muted - Drop-down border and the renewal notice. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Border of the disabled drop-down. Default `#c5c7c9`.
 * @cssproperty --cak-color-info-surface - Background of the new-account note. Default `#eef5fc`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-error - Error accent (and the border of a missing choice). Default `#d9364f`.
 * @cssproperty --cak-color-on-error-surface - Text of a missing choice and of errors. Default `#761f2b`.
 * @cssproperty --cak-radius - Corners. Default `4px`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 */
export class PayPalAccountSelect extends KitElement<typeof it.paypalAccountSelect> {
  static override styles = [hostStyles, textStyles, errorStyles, styles];

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override terms = paypalAccountSelect;

  /** Takes part in forms through `ElementInternals`. */
  static formAssociated = true;

  // Lit's static form rather than decorators: it keeps tslib's __decorate out of the CDN bundle.
  static override properties = {
    accounts: { converter: jsonAttribute },
    order: { converter: jsonAttribute },
    label: {},
    name: { reflect: true },
    value: { noAccessor: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    renewalInfoHref: { attribute: 'renewal-info-href' },
    noAccountsNote: { attribute: 'no-accounts-note' },
    newAccountNote: { attribute: 'new-account-note' },
  };

  /**
   * The registered accounts: `[{ id, email, label? }]`; an empty array means none is registered
   * (the value is then `new`). As an attribute, JSON.
   */
  accounts: PayPalAccount[] | undefined;

  /** The order being paid, only for the automatic-renewal notice (none when absent). JSON attribute. */
  order: Order | undefined;

  /** The visible label. Default "Account PayPal" / "PayPal account". */
  label: string | undefined;

  /** The name under which the value is submitted with the form. */
  name: string | undefined;

  /** A choice is needed to submit the form. */
  required = false;

  /** The control cannot be used (a disabled `<fieldset>` does the same). */
  disabled = false;

  /** Where the customer learns how to turn automatic renewal off; http(s) only. */
  renewalInfoHref: string | undefined;

  /**
   * What a new account means when none is registered. Default: the pay flow's sentence (the
   * account is registered on PayPal after the summary, with Prosegui e paga).
   */
  noAccountsNote: string | undefined;

  /** What choosing **Nuovo account PayPal** leads to. Default: the pay flow's sentence. */
  newAccountNote: string | undefined;

  readonly #internals: ElementInternals = this.attachInternals();
  readonly #accounts = new Memo<PayPalAccount[]>((input) => parseAccounts(input));
  readonly #order = new Memo<ParsedOrder>((input) => parseOrder(input));
  /** What the host or the customer chose, before checking it against the accounts. */
  #requested = '';
  /** The missing choice is shown (after Prosegui, a form's submit, or leaving it empty). */
  #showInvalid = false;
  #initial = '';
  #formDisabled = false;

  /** The chosen account id, `new`, or `''` for none. With no account registered, `new`. */
  get value(): string {
    const accounts = this.#validAccounts;
    if (!accounts) return '';
    if (accounts.length === 0) return NEW;
    const requested = this.#requested;
    return requested === NEW || accounts.some((account) => account.id === requested)
      ? requested
      : '';
  }

  set value(value: string) {
    const old = this.value;
    this.#requested = value === null || value === undefined ? '' : String(value);
    this.requestUpdate('value', old);
    this.#syncForm();
  }

  /** The chosen account (the host's own object), `'new'`, or `undefined` for none. */
  get selection(): PayPalAccount | 'new' | undefined {
    const value = this.value;
    if (value === NEW) return NEW;
    const index = this.#validAccounts?.findIndex((account) => account.id === value) ?? -1;
    return index === -1 ? undefined : this.accounts?.[index];
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  get #validAccounts(): PayPalAccount[] | undefined {
    const result = this.#accounts.get(this.accounts);
    return result?.ok ? result.value : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('accounts')) this.#log(this.#accounts.get(this.accounts));
    if (changed.has('order')) this.#log(this.#order.get(this.order));
    if (changed.has('renewalInfoHref') && this.renewalInfoHref && !this.#infoHref) {
      logIssue(this.localName, { field: 'renewal-info-href', problem: 'url' });
    }
  }

  protected override firstUpdated(): void {
    this.#initial = this.#requested;
  }

  protected override updated(): void {
    const select = this.#select;
    if (select && select.value !== this.value) select.value = this.value;
    this.#syncForm();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A host form's submit found the choice missing: say so next to the field.
    this.addEventListener('invalid', this.#onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid);
  }

  /** `true` when the control satisfies its constraints; otherwise fires `invalid`. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /**
   * As `checkValidity()`; when invalid, the message shows under the drop-down, tied to it
   * (`aria-describedby`, `aria-invalid`), and the drop-down takes focus — no browser tooltip.
   */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) {
      this.#showInvalid = true;
      this.requestUpdate();
      void this.updateComplete.then(() => this.#select?.focus());
    }
    return valid;
  }

  /** @internal Called by the browser when a `<fieldset>` or the element itself is (un)disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal Called by the browser when the form is reset: back to the initial value. */
  formResetCallback(): void {
    this.value = this.#initial;
  }

  /** @internal Called by the browser to restore the value (back/forward navigation, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  get #select(): HTMLSelectElement | null {
    return this.shadowRoot?.querySelector('select') ?? null;
  }

  get #infoHref(): string | undefined {
    const href = this.renewalInfoHref;
    return href ? safeHttpUrl(href, globalThis.location?.href ?? 'http://localhost/') : undefined;
  }

  #log(result: Validated<unknown> | undefined): void {
    if (result?.ok === false) logIssue(this.localName, result.issue);
  }

  #syncForm(): void {
    const value = this.value;
    this.#internals.setFormValue(value, value);
    if (this.required && value === '') {
      this.#internals.setValidity(
        { valueMissing: true },
        this.localize.term('paypalRequired'),
        this.#select ?? undefined,
      );
    } else {
      this.#internals.setValidity({});
    }
  }

  readonly #onInvalid = (): void => {
    this.#showInvalid = true;
    this.requestUpdate();
  };

  /** Takes the customer's choice and re-dispatches the event from the host. */
  #onUserChange(event: Event): void {
    event.stopPropagation();
    this.#requested = (event.target as HTMLSelectElement).value;
    // Chosen now, or left empty on purpose: either way the customer has seen the field.
    this.#showInvalid = this.#requested === '' && this.required;
    this.requestUpdate();
    this.#syncForm();
    this.dispatchEvent(
      event.type === 'input'
        ? new Event('input', { bubbles: true, composed: true })
        : new Event('change', { bubbles: true }),
    );
  }

  #optionText(account: PayPalAccount): string {
    return account.label
      ? this.localize.term('paypalAccountOption', account.label, account.email)
      : account.email;
  }

  #renderError(title: string, issue: ValidationIssue): TemplateResult {
    return renderIssue(this.localize, title, issue);
  }

  #renderRenewal(): TemplateResult | typeof nothing {
    const result = this.#order.get(this.order);
    if (result === undefined) return nothing;
    if (!result.ok)
      return this.#renderError(this.localize.term('paypalOrderInvalid'), result.issue);
    const { renewal, product } = result.value;
    const locale = this.localize.locale;
    if (!renewal.available) {
      const reason = NO_AUTO_RENEW_KINDS.includes(product.kind)
        ? this.localize.term('paypalRenewalOffKind')
        : this.localize.term('paypalRenewalOffOrder');
      return html`<p class="renewal" part="renewal" id="renewal">
        ${this.localize.term('paypalRenewalOff', product.name)} ${reason}.
      </p>`;
    }
    const href = this.#infoHref;
    return html`<p class="renewal" part="renewal" id="renewal">
      ${this.localize.term('paypalRenewalOn')}
      ${
        renewal.amount.minor > 0
          ? this.localize.term('paypalRenewalAmount', formatMoney(renewal.amount, locale))
          : nothing
      }
      ${
        renewal.period
          ? this.localize.term('paypalRenewalPeriod', formatPeriod(renewal.period, locale))
          : nothing
      }
      ${
        renewal.nextChargeDate
          ? this.localize.term('paypalRenewalNext', formatDate(renewal.nextChargeDate, locale))
          : nothing
      }
      ${href ? newTabLink(href, this.localize.term('paypalRenewalInfo'), this.localize.term('opensInNewTab')) : nothing}
    </p>`;
  }

  protected override render(): unknown {
    const result = this.#accounts.get(this.accounts);
    if (result === undefined) return nothing;
    if (!result.ok) {
      return this.#renderError(this.localize.term('paypalAccountsInvalid'), result.issue);
    }
    const accounts = result.value;
    const label = this.label ?? this.localize.term('paypalLabel');
    const renewal = this.#renderRenewal();
    const hasRenewal = this.#order.get(this.order)?.ok === true;
    if (accounts.length === 0) {
      return html`
        <div class="field">
          <p class="label" part="label">${label}</p>
          <p class="note" part="new-account-note">
            ${this.noAccountsNote ?? this.localize.term('paypalNoAccounts')}
          </p>
        </div>
        ${renewal}
      `;
    }
    const value = this.value;
    const invalid = this.#showInvalid && this.required && value === '';
    const describedBy = [
      invalid ? 'error' : '',
      value === NEW ? 'note' : '',
      hasRenewal ? 'renewal' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="field">
        <label class="label" part="label" for="select">${label}</label>
        <select
          id="select"
          part="select"
          ?disabled=${this.disabled || this.#formDisabled}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${this.#onUserChange}
          @change=${this.#onUserChange}
        >
          <option value="">${this.localize.term('paypalPlaceholder')}</option>
          ${accounts.map(
            (account) => html`<option value=${account.id}>${this.#optionText(account)}</option>`,
          )}
          <option value=${NEW}>${this.localize.term('paypalNewAccount')}</option>
        </select>
        ${
          invalid
            ? html`<p class="invalid" part="invalid" id="error">
                ${this.localize.term('paypalRequired')}
              </p>`
            : nothing
        }
        ${
          value === NEW
            ? html`<p class="note" part="new-account-note" id="note">
                ${this.newAccountNote ?? this.localize.term('paypalNewAccountNote')}
              </p>`
            : nothing
        }
      </div>
      ${renewal}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paypal-account-select': PayPalAccountSelect;
  }
}
