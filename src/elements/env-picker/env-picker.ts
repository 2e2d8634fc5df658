import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EnvSelectEvent } from '../../events/env-select-event.js';
import { KitElement } from '../../internal/kit-element.js';
import { envPicker } from '../../translations/env-picker.js';
import type * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { buttonStyles, errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { safeLocalStorage } from '../../internal/storage.js';
import { parseProduct, type Environment, type Product } from '../../model/product.js';
import { jsonAttribute, type Validated } from '../../model/validation.js';
import type { EnvDialog } from './env-dialog.js';
import { styles } from './env-picker.styles.js';

const STORAGE_PREFIX = 'cak-env:';

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
 * @csspart error - The message shown in place of the button when the product is invalid, or
 *   under it when the dialog could not be loaded (the next Gestisci tries again).
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

  static override styles = [hostStyles, buttonStyles, errorStyles, styles];

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

  #validated: Validated<Product> | undefined;
  /**
   * The dialog's content — the radios, Annulla and Entra, their handlers and styles
   * (`./env-dialog.ts`) — is loaded the first time it is needed: a page where no one chooses an
   * environment never loads it.
   */
  #view: EnvDialog | undefined;
  #viewLoad: Promise<EnvDialog | undefined> | undefined;
  /** `open()` under way. */
  #opening: Promise<void> | undefined;
  /** The dialog's code could not be loaded when the customer asked for it: say so. */
  #loadFailed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product')) {
      this.#validated = this.product === undefined ? undefined : parseProduct(this.product);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
    }
  }

  /**
   * Loads the dialog's code, once (on the first choice, or as soon as the pointer or the focus
   * reaches Gestisci). A failed load is logged, said on screen when the customer asked for the
   * choice, and tried again on the next Gestisci.
   */
  #loadDialog(): Promise<EnvDialog | undefined> {
    this.#viewLoad ??= import('./env-dialog.js').then(
      ({ EnvDialog }) =>
        (this.#view = new EnvDialog(this, {
          localize: this.localize,
          product: () => this.#validProduct,
          select: (product, environment) => this.#select(product, environment),
        })),
      (error: unknown) => {
        this.#viewLoad = undefined;
        console.error(`<${this.localName}>: the choice of environment could not be loaded.`, error);
        return undefined;
      },
    );
    return this.#viewLoad;
  }

  /**
   * While the dialog opens (its code loads on the first choice), an update is not complete: it
   * completes with the dialog open.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#opening;
    if (this.#viewLoad && !this.#view) await this.#viewLoad;
    return super.getUpdateComplete();
  }

  /**
   * Starts the choice as the Gestisci button does: selects at once when the product has one
   * environment or none, otherwise opens the dialog. Resolves once the dialog is open.
   */
  open(): Promise<void> {
    this.#opening ??= this.#open().finally(() => (this.#opening = undefined));
    return this.#opening;
  }

  async #open(): Promise<void> {
    // The dialog's code is on its way before anything else waits.
    if (this.#several) void this.#loadDialog();
    await super.getUpdateComplete();
    const product = this.#validProduct;
    if (!product || this.#dialog?.open) return;
    const environments = product.environments ?? [];
    if (environments.length < 2) {
      this.#select(product, environments[0] ?? null);
      return;
    }
    const view = this.#view ?? (await this.#loadDialog());
    if (this.#loadFailed !== !view) {
      this.#loadFailed = !view;
      this.requestUpdate();
    }
    // While the code loaded, the product may have changed.
    if (!view || product !== this.#validProduct) return;
    view.open(product, this.remember ? safeLocalStorage.get(STORAGE_PREFIX + product.id) : null);
    await super.getUpdateComplete();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #validProduct(): Product | undefined {
    return this.#validated?.ok ? this.#validated.value : undefined;
  }

  get #several(): boolean {
    return (this.#validProduct?.environments?.length ?? 0) > 1;
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

  /** The pointer or the focus reached Gestisci: the dialog may be next, fetch its code now. */
  #onTriggerIntent(): void {
    if (this.#several) void this.#loadDialog();
  }

  protected override updated(): void {
    this.#view?.updated();
  }

  protected override render(): unknown {
    const validated = this.#validated;
    if (validated === undefined) return nothing;
    if (!validated.ok) {
      return renderIssue(this.localize, this.localize.term('invalidProduct'), validated.issue);
    }
    const product = validated.value;
    const several = (product.environments?.length ?? 0) > 1;
    const view = this.#view;
    // With several environments the closed <dialog> is always there (empty until its code is
    // loaded: a server renders it so, and a closed dialog shows nothing).
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
                @pointerenter=${this.#onTriggerIntent}
                @focus=${this.#onTriggerIntent}
              >
                ${this.localize.term('manage')}<span class="visually-hidden"> ${product.name}</span>
              </button>
            `
      }
      ${
        several
          ? html`<dialog
              part="dialog"
              aria-labelledby=${ifDefined(view && 'title')}
              @close=${view?.onClose}
            >
              ${view?.render(product)}
            </dialog>`
          : nothing
      }
      ${
        this.#loadFailed
          ? html`<p class="error" role="alert" part="error">
              ${this.localize.term('partLoadFailed')}
            </p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'env-picker': EnvPicker;
  }
}
