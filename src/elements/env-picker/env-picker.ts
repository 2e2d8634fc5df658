import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EnvSelectEvent } from '../../events/env-select-event.js';
import { KitElement } from '../../internal/kit-element.js';
import { envPicker } from '../../translations/env-picker.js';
import type * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import {
  buttonStyles,
  dialogStyles,
  errorStyles,
  hostStyles,
} from '../../internal/shared.styles.js';
import { safeLocalStorage } from '../../internal/storage.js';
import { parseProduct, type Environment, type Product } from '../../model/product.js';
import { jsonAttribute, type Validated } from '../../model/validation.js';
import { styles } from './env-picker.styles.js';

const STORAGE_PREFIX = 'cak-env:';

/** Translations of the well-known environments: label and description. */
const KNOWN: Partial<
  Record<
    string,
    readonly [
      'envCollaudo' | 'envProduzione',
      'envCollaudoDescription' | 'envProduzioneDescription',
    ]
  >
> = {
  collaudo: ['envCollaudo', 'envCollaudoDescription'],
  produzione: ['envProduzione', 'envProduzioneDescription'],
};

/**
 * The **Gestisci** action of one product. With one environment (or none) it selects at once;
 * with several it opens a modal dialog asking *In quale ambiente vuoi entrare?*.
 *
 * @tag env-picker
 * @summary Enter a product in the right environment (Collaudo / Produzione).
 *
 * @event {EnvSelectEvent} env-select - The customer chose an environment. Detail
 *   `{ product, environment }` (`environment` is `null` for a product without environments).
 *   Cancelable: `preventDefault()` stops the navigation to the environment's `href`.
 *
 * @csspart button - The Gestisci button.
 * @csspart dialog - The environment dialog.
 * @csspart title - The dialog title.
 * @csspart option - One environment of the radio group.
 * @csspart cancel - The Annulla button.
 * @csspart confirm - The Entra button. Before an environment is chosen it stays focusable,
 *   `aria-disabled`, described by a hint under the options (why it cannot be used yet).
 * @csspart error - The message shown in place of the button when the product is invalid.
 *
 * @cssproperty --cak-color-primary - Buttons and the selected option. Default `#0066cc`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-surface - Dialog background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the dialog).
 * @cssproperty --cak-color-text-muted - Descriptions. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Borders. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-backdrop - Behind the dialog. Default `rgb(23 50 77 / 0.6)`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-radius - Corners of buttons and options. Default `4px`.
 * @cssproperty --cak-radius-dialog - Corners of the dialog. Default `8px`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class EnvPicker extends KitElement<typeof it.envPicker> {
  static override terms = envPicker;

  static override styles = [hostStyles, buttonStyles, dialogStyles, errorStyles, styles];

  // Lit's static form rather than decorators: it keeps tslib's __decorate out of the CDN bundle.
  static override properties = {
    product: { converter: jsonAttribute },
    remember: { type: Boolean, reflect: true },
    trigger: { reflect: true },
  };

  /**
   * The product to enter: `{ id, name, environments?: [{ id, label?, description?, href? }], href? }`.
   * As an attribute, JSON.
   */
  product: Product | undefined;

  /** Remember the last choice for this product (in localStorage) and pre-select it next time. */
  remember = false;

  /** `none` hides the Gestisci button, for hosts and elements that call `open()` themselves. */
  trigger: 'button' | 'none' = 'button';

  /** The environment id checked in the dialog. */
  #selected: string | undefined;
  #validated: Validated<Product> | undefined;
  #returnFocus: HTMLElement | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product')) {
      this.#validated = this.product === undefined ? undefined : parseProduct(this.product);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
    }
  }

  /**
   * Starts the choice as the Gestisci button does: selects at once when the product has one
   * environment or none, otherwise opens the dialog. Resolves once the dialog is open.
   */
  async open(): Promise<void> {
    await this.updateComplete;
    const product = this.#validProduct;
    if (!product || this.#dialog?.open) return;
    const environments = product.environments ?? [];
    if (environments.length < 2) {
      this.#select(product, environments[0] ?? null);
      return;
    }
    this.#returnFocus = this.renderRoot.querySelector<HTMLElement>('button') ?? deepActiveElement();
    const remembered = this.remember ? safeLocalStorage.get(STORAGE_PREFIX + product.id) : null;
    this.#selected = environments.some((e) => e.id === remembered)
      ? (remembered ?? undefined)
      : undefined;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.#focusChoice();
  }

  /** Focuses the checked environment, else the first (the radios are the only inputs). */
  #focusChoice(): void {
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('input:checked') ?? root.querySelector('input'))?.focus();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #validProduct(): Product | undefined {
    return this.#validated?.ok ? this.#validated.value : undefined;
  }

  #select(product: Product, environment: Environment | null): void {
    if (environment && this.remember)
      safeLocalStorage.set(STORAGE_PREFIX + product.id, environment.id);
    const event = new EnvSelectEvent({ product, environment });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const href = environment?.href ?? product.href;
    if (href) window.location.assign(href);
  }

  #onTriggerClick(): void {
    void this.open();
  }

  #onChange(event: Event): void {
    this.#selected = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const product = this.#validProduct;
    const environment = product?.environments?.find((e) => e.id === this.#selected);
    if (!product || !this.#dialog?.open) return;
    if (!environment) {
      // Entra before a choice: it stays focusable (aria-disabled) and says why; take the user
      // to the choice.
      this.#focusChoice();
      return;
    }
    this.#dialog.close();
    this.#select(product, environment);
  }

  #onCancelClick(): void {
    this.#dialog?.close();
  }

  #onClose(): void {
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
  }

  #label(environment: Environment): string {
    const known = KNOWN[environment.id];
    return environment.label ?? (known ? this.localize.term(known[0]) : environment.id);
  }

  #description(environment: Environment): string | undefined {
    const known = KNOWN[environment.id];
    return environment.description ?? (known && this.localize.term(known[1]));
  }

  #renderOption(environment: Environment, index: number): TemplateResult {
    const description = this.#description(environment);
    return html`
      <label class="option" part="option">
        <input
          type="radio"
          name="environment"
          .value=${environment.id}
          ?checked=${this.#selected === environment.id}
          aria-labelledby="label-${index}"
          aria-describedby=${description ? `description-${index}` : nothing}
          @change=${this.#onChange}
        />
        <strong id="label-${index}">${this.#label(environment)}</strong>
        ${
          description
            ? html`<span class="option-description" id="description-${index}">${description}</span>`
            : nothing
        }
      </label>
    `;
  }

  protected override updated(): void {
    // The checked radio as a property: once the customer has clicked one, `checked` attributes
    // no longer count. (The server renders the attribute only: Lit SSR would write the property
    // as checked="false", which checks a radio.)
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === this.#selected;
  }

  protected override render(): unknown {
    const validated = this.#validated;
    if (validated === undefined) return nothing;
    if (!validated.ok) {
      return renderIssue(this.localize, this.localize.term('invalidProduct'), validated.issue);
    }
    const product = validated.value;
    const environments = product.environments ?? [];
    const several = environments.length > 1;
    return html`
      ${
        this.trigger === 'none'
          ? nothing
          : html`
              <button
                type="button"
                class="button"
                part="button"
                aria-haspopup=${ifDefined(several ? 'dialog' : undefined)}
                @click=${this.#onTriggerClick}
              >
                ${this.localize.term('manage')}<span class="visually-hidden"> ${product.name}</span>
              </button>
            `
      }
      ${
        several
          ? html`
              <dialog part="dialog" aria-labelledby="title" @close=${this.#onClose}>
                <form @submit=${this.#onSubmit}>
                  <p class="product-name">${product.name}</p>
                  <h2 part="title" id="title">${this.localize.term('envDialogTitle')}</h2>
                  <div class="options" role="radiogroup" aria-labelledby="title">
                    ${environments.map((environment, index) => this.#renderOption(environment, index))}
                  </div>
                  <p class="hint" id="hint" ?hidden=${!!this.#selected}>
                    ${this.localize.term('envChooseFirst')}
                  </p>
                  <div class="actions">
                    <button
                      type="button"
                      class="button secondary"
                      part="cancel"
                      @click=${this.#onCancelClick}
                    >
                      ${this.localize.term('envCancel')}
                    </button>
                    <button
                      type="submit"
                      class="button"
                      part="confirm"
                      aria-disabled=${this.#selected ? 'false' : 'true'}
                      aria-describedby=${this.#selected ? nothing : 'hint'}
                    >
                      ${this.localize.term('envEnter')}
                    </button>
                  </div>
                </form>
              </dialog>
            `
          : nothing
      }
    `;
  }
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'env-picker': EnvPicker;
  }
}
