import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { EnvPicker } from '../env-picker/env-picker.js';
import { ProductJoinEvent } from '../../events/product-join-event.js';
import { KitElement } from '../../internal/kit-element.js';
import { productCard } from '../../translations/product-card.js';
import type * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { buttonStyles, errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { parseHeadingLevel, type HeadingLevel } from '../../model/heading-level.js';
import { parseProduct, type Product } from '../../model/product.js';
import { jsonAttribute, type Validated, type ValidationIssue } from '../../model/validation.js';
import { styles } from './product-card.styles.js';

const TONES = 6;

/**
 * One product of the overview (*Panoramica*): logo, name, state and its action.
 *
 * - **active**, `canManage: true`: **Gestisci**, through an `<env-picker>` (environment dialog
 *   when the product has several).
 * - **active** without a role to manage it: no action, and the reason, visible.
 * - **pending**: *Adesione in corso*, no action.
 * - **available**: **Aderisci** (dispatches `product-join`) and *Scopri di più* (`infoHref`).
 *
 * Without a usable `logoUrl` (absent, or the image fails to load) the card shows a monogram: the
 * product's initials in a coloured square. The card fills its box (a host's grid cell), with the
 * action at the bottom.
 *
 * @tag product-card
 * @summary One product of the overview: logo, name, state and Gestisci / Aderisci.
 *
 * @event {EnvSelectEvent} env-select - From the inner `<env-picker>` (Gestisci): detail
 *   `{ product, environment }`; bubbles and crosses shadow roots unchanged. Cancelable:
 *   `preventDefault()` stops the navigation to the environment's `href`.
 * @event {ProductJoinEvent} product-join - The customer pressed Aderisci: the host's cue to start
 *   the membership request. Detail `{ product }`. The card has no default action; the event is
 *   cancelable so a handler can mark it as taken over.
 *
 * @csspart card - The card box.
 * @csspart logo - The logo image, or the monogram in its place.
 * @csspart name - The product name (a heading).
 * @csspart status - Why there is no action: *Adesione in corso*, or no role to manage.
 * @csspart join - The Aderisci button.
 * @csspart info - The Scopri di più link.
 * @csspart error - The message shown in place of the card content when the product is invalid.
 * @csspart manage - The Gestisci button (env-picker's `button`).
 * @csspart dialog - The environment dialog (env-picker's).
 * @csspart dialog-title - The environment dialog title (env-picker's `title`).
 * @csspart option - One environment of the dialog (env-picker's).
 * @csspart confirm - The Entra button of the dialog (env-picker's).
 * @csspart cancel - The Annulla button of the dialog (env-picker's).
 *
 * @cssproperty --cak-color-surface - Card background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default `#17324d`.
 * @cssproperty --cak-color-text-muted - Status text and the neutral monogram. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Card border. Default `#c5c7c9`.
 * @cssproperty --cak-color-primary - Buttons and the Scopri di più link. Default `#0066cc`.
 * @cssproperty --cak-color-primary-hover - Buttons and link on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on buttons. Default `#ffffff`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-radius - Corners of buttons and logo; the card uses twice it. Default `4px`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class ProductCard extends KitElement<typeof it.productCard> {
  static override terms = productCard;

  static override styles = [hostStyles, buttonStyles, errorStyles, styles];

  static override dependencies = { 'env-picker': EnvPicker };

  // Lit's static form rather than decorators: it keeps tslib's __decorate out of the CDN bundle.
  static override properties = {
    product: { converter: jsonAttribute },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    remember: { type: Boolean, reflect: true },
  };

  /**
   * The product: `{ id, name, logoUrl?, status: 'active' | 'pending' | 'available', canManage?,
   * environments?, href?, infoHref? }`. As an attribute, JSON.
   */
  product: Product | undefined;

  /** The level of the name's heading, 1 to 6; any other value is reported as invalid data. */
  headingLevel: HeadingLevel = 3;

  /** Passed to the inner `<env-picker>`: remember the last environment chosen for the product. */
  remember = false;

  #validated: Validated<Product> | undefined;
  #level: Validated<HeadingLevel> = { ok: true, value: 3 };
  /** The logo URL that failed to load, so that the monogram replaces it. */
  #failedLogo: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product')) {
      this.#validated = this.product === undefined ? undefined : parseCardProduct(this.product);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
    }
    if (changed.has('headingLevel')) {
      this.#level = parseHeadingLevel(this.headingLevel);
      if (!this.#level.ok) logIssue(this.localName, this.#level.issue);
    }
  }

  #onLogoError(event: Event): void {
    this.#failedLogo = (event.target as HTMLImageElement).src;
    this.requestUpdate();
  }

  #onJoinClick(): void {
    if (!this.#validated?.ok) return;
    this.dispatchEvent(new ProductJoinEvent({ product: this.#validated.value }));
  }

  #renderLogo(product: Product): TemplateResult {
    if (product.logoUrl && product.logoUrl !== this.#failedLogo) {
      return html`<img
        class="logo"
        part="logo"
        src=${product.logoUrl}
        alt=""
        @error=${this.#onLogoError}
      />`;
    }
    return html`<span class="logo monogram tone-${tone(product.id)}" part="logo" aria-hidden="true"
      >${initials(product.name)}</span
    >`;
  }

  #renderName(name: string, level: HeadingLevel): TemplateResult {
    switch (level) {
      case 1:
        return html`<h1 class="name" part="name" id="name">${name}</h1>`;
      case 2:
        return html`<h2 class="name" part="name" id="name">${name}</h2>`;
      case 4:
        return html`<h4 class="name" part="name" id="name">${name}</h4>`;
      case 5:
        return html`<h5 class="name" part="name" id="name">${name}</h5>`;
      case 6:
        return html`<h6 class="name" part="name" id="name">${name}</h6>`;
      default:
        return html`<h3 class="name" part="name" id="name">${name}</h3>`;
    }
  }

  #renderActions(product: Product): TemplateResult {
    switch (product.status) {
      case 'pending':
        return html`<p class="status badge" part="status">
          ${this.localize.term('productPending')}
        </p>`;
      case 'available':
        return html`
          <button
            type="button"
            class="button"
            part="join"
            aria-label=${this.localize.term('productJoinLabel', product.name)}
            @click=${this.#onJoinClick}
          >
            ${this.localize.term('productJoin')}
          </button>
          ${
            product.infoHref
              ? html`<a
                  class="info"
                  part="info"
                  href=${product.infoHref}
                  aria-label=${this.localize.term('productInfoLabel', product.name)}
                  >${this.localize.term('productInfo')}</a
                >`
              : nothing
          }
        `;
      default:
        return product.canManage
          ? html`<env-picker
              .product=${product}
              .remember=${this.remember}
              exportparts="button: manage, dialog, title: dialog-title, option, confirm, cancel"
            ></env-picker>`
          : html`<p class="status" part="status">${this.localize.term('productNoRole')}</p>`;
    }
  }

  #renderError(issue: ValidationIssue): TemplateResult {
    return html`
      <div class="card" part="card">
        ${renderIssue(this.localize, this.localize.term('invalidProduct'), issue)}
      </div>
    `;
  }

  protected override render(): unknown {
    const validated = this.#validated;
    if (validated === undefined) return nothing;
    const level = this.#level;
    if (!validated.ok) return this.#renderError(validated.issue);
    if (!level.ok) return this.#renderError(level.issue);
    const product = validated.value;
    return html`
      <article class="card" part="card" aria-labelledby="name">
        <div class="identity">
          ${this.#renderLogo(product)} ${this.#renderName(product.name, level.value)}
        </div>
        <div class="actions">${this.#renderActions(product)}</div>
      </article>
    `;
  }
}

/** `parseProduct`, plus what a card needs on top: a `status`. */
function parseCardProduct(input: unknown): Validated<Product> {
  const validated = parseProduct(input);
  if (validated.ok && validated.value.status === undefined) {
    return { ok: false, issue: { field: 'product.status', problem: 'required' } };
  }
  return validated;
}

/** Up to two initials: of the first two words, or the first letter of a single word. */
export function initials(name: string): string {
  const words = name
    .split(/[\s\-_.·/]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word !== '');
  return words
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

/** A stable colour (0..TONES-1) for a product id. */
function tone(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % TONES;
}

declare global {
  interface HTMLElementTagNameMap {
    'product-card': ProductCard;
  }
}
