import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { EnvPicker } from '../env-picker/env-picker.js';
import { parseProducts } from '../../model/products.js';
import { KitElement } from '../../internal/kit-element.js';
import { productSwitch } from '../../translations/product-switch.js';
import type * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { isWellKnownEnvironment, type Environment, type Product } from '../../model/product.js';
import { jsonAttribute, type Validated } from '../../model/validation.js';
import { styles } from './product-switch.styles.js';

/** Short badge labels of the well-known environments. */
const SHORT = { collaudo: 'envCollaudoShort', produzione: 'envProduzioneShort' } as const;

/** How long typed characters keep adding up to one typeahead search. */
const TYPEAHEAD_MS = 500;

const chevron = svg`<path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />`;
const check = svg`<path d="M3 8.5l3.5 3.5L13 5" fill="none" stroke="currentColor" stroke-width="2" />`;

/**
 * The product menu on the left of the page header: the current product with a badge for the
 * current environment (Collaudo / Produzione), and a menu of the other products. Choosing a
 * product goes through `<env-picker>`: with one environment it is entered at once, with several
 * the customer is asked *In quale ambiente vuoi entrare?*. With one product only, a plain title.
 *
 * Follows the WAI-ARIA menu button pattern: Enter, Space, ArrowDown and a click open the menu on
 * its first item, ArrowUp on its last; arrow keys, Home / End, type-ahead (a mistyped letter
 * followed by the right one still finds it), Escape, Tab. The products are `menuitemradio`s, the
 * page's product checked. Enter and Space both choose the focused product: checking another
 * product means leaving this page for it, so Space does not check it in place.
 *
 * @tag product-switch
 * @summary Header product menu with the current product and environment.
 *
 * @event {EnvSelectEvent} env-select - The customer chose a product (and its environment). Detail
 *   `{ product, environment }`. Cancelable: `preventDefault()` stops the navigation to the
 *   environment's `href`. Choosing the current product and environment again fires it too.
 *
 * @csspart button - The menu button showing the current product.
 * @csspart menu - The menu of products (a popover, in the top layer).
 * @csspart item - One product of the menu.
 * @csspart current - The item of the current product (with `item`).
 * @csspart badge - The environment badge (Collaudo, Produzione, custom label).
 * @csspart logo - A product logo.
 * @csspart title - The plain title shown when there is only one product.
 * @csspart error - The message shown when the products are invalid.
 * @csspart env-dialog - The environment dialog of the inner `env-picker`.
 * @csspart env-title - The environment dialog title.
 * @csspart env-option - One environment of the dialog.
 * @csspart env-cancel - The Annulla button of the dialog.
 * @csspart env-confirm - The Entra button of the dialog.
 *
 * @cssproperty --cak-color-primary - The current item's mark; buttons of the dialog. Default `#0066cc`.
 * @cssproperty --cak-color-surface - Menu background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited on the button (the header's), `#17324d` in the menu.
 * @cssproperty --cak-color-text-muted - Logo placeholders. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Menu border. Default `#c5c7c9`.
 * @cssproperty --cak-color-hover - Background of the hovered or focused button and item. Default `rgb(0 102 204 / 0.1)`.
 * @cssproperty --cak-color-badge-surface - Badge background. Default `#e1ecf8`.
 * @cssproperty --cak-color-badge-text - Badge text. Default `#17324d`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-radius - Corners of the button, menu and items. Default `4px`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class ProductSwitch extends KitElement<typeof it.productSwitch> {
  static override terms = productSwitch;

  static override styles = [hostStyles, errorStyles, styles];

  static override dependencies = { 'env-picker': EnvPicker };

  // Lit's static form rather than decorators: it keeps tslib's __decorate out of the CDN bundle.
  static override properties = {
    products: { converter: jsonAttribute },
    currentProductId: { attribute: 'current-product-id' },
    currentEnvironment: { attribute: 'current-environment' },
  };

  /**
   * The products of the menu: `[{ id, name, logoUrl?, environments?: [{ id, label?, href? }], href? }]`.
   * As an attribute, JSON.
   */
  products: Product[] | undefined;

  /** The id of the product the page belongs to. */
  currentProductId: string | undefined;

  /** The id of the environment the page belongs to (`collaudo`, `produzione` or a custom id). */
  currentEnvironment: string | undefined;

  #validated: Validated<Product[]> | undefined;
  /** The `current-product-id` last reported as unknown (logged once). */
  #reportedUnknown: string | undefined;
  #open = false;
  #typed = '';
  #typedTimer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('products')) {
      this.#validated = this.products === undefined ? undefined : parseProducts(this.products);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
    }
    if (changed.has('products') || changed.has('currentProductId')) this.#checkCurrent();
  }

  protected override updated(): void {
    // The menu went away while open (products changed): forget the open state.
    if (this.#open && !this.#menu) this.#closeMenu(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#closeMenu(false);
  }

  get #list(): Product[] {
    return this.#validated?.ok ? this.#validated.value : [];
  }

  get #current(): Product | undefined {
    return this.#list.find((product) => product.id === this.currentProductId);
  }

  get #button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part="button"]');
  }

  get #menu(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="menu"]');
  }

  get #items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')];
  }

  get #picker(): EnvPicker | null {
    return this.renderRoot.querySelector('env-picker');
  }

  /** An unknown current product is not an error state (the menu still works), but is logged. */
  #checkCurrent(): void {
    const id = this.currentProductId;
    const unknown = this.#list.length > 0 && !!id && this.#current === undefined;
    if (!unknown) {
      this.#reportedUnknown = undefined;
      return;
    }
    if (this.#reportedUnknown === id) return;
    this.#reportedUnknown = id;
    logIssue(this.localName, { field: 'current-product-id', problem: 'unknown' });
  }

  /** Opens the menu on its first or last item, as the WAI-ARIA menu button pattern says. */
  #openMenu(focus: 'first' | 'last'): void {
    const menu = this.#menu;
    if (!menu) return;
    if (!this.#open) {
      if (!menu.matches(':popover-open')) menu.showPopover();
      this.#open = true;
      document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
      window.addEventListener('resize', this.#onViewportChange);
      window.addEventListener('scroll', this.#onViewportChange, { capture: true, passive: true });
      this.#position();
      this.requestUpdate();
    }
    const items = this.#items;
    (focus === 'last' ? items.at(-1) : items[0])?.focus();
  }

  #closeMenu(returnFocus: boolean): void {
    if (this.#open) {
      this.#open = false;
      document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
      window.removeEventListener('resize', this.#onViewportChange);
      window.removeEventListener('scroll', this.#onViewportChange, { capture: true });
      const menu = this.#menu;
      if (menu?.matches(':popover-open')) menu.hidePopover();
      this.requestUpdate();
    }
    this.#typed = '';
    if (returnFocus) this.#button?.focus();
  }

  /** Places the menu under the button, inside the viewport (no CSS anchor positioning needed). */
  #position(): void {
    const button = this.#button;
    const menu = this.#menu;
    if (!button || !menu) return;
    const margin = 8;
    const rect = button.getBoundingClientRect();
    const top = rect.bottom + 4;
    menu.style.top = `${top}px`;
    menu.style.maxBlockSize = `${Math.max(window.innerHeight - top - margin, 160)}px`;
    const width = menu.getBoundingClientRect().width;
    const left = Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin));
    menu.style.left = `${left}px`;
  }

  async #choose(product: Product): Promise<void> {
    this.#closeMenu(true);
    const picker = this.#picker;
    if (!picker) return;
    // env-picker gives focus back to the element focused when it opens: the menu button.
    picker.product = product;
    await picker.updateComplete;
    await picker.open();
  }

  #focusItem(index: number): void {
    const items = this.#items;
    if (items.length === 0) return;
    items[(index + items.length) % items.length]?.focus();
  }

  #typeahead(key: string): void {
    clearTimeout(this.#typedTimer);
    this.#typedTimer = setTimeout(() => (this.#typed = ''), TYPEAHEAD_MS);
    const letter = this.#fold(key);
    this.#typed += letter;
    let index = this.#match(this.#typed);
    // A mistyped key followed quickly by the right one ("xp") finds nothing: the last key alone
    // ("p") is what the user meant.
    if (index === -1 && this.#typed.length > 1) {
      this.#typed = letter;
      index = this.#match(letter);
    }
    if (index !== -1) this.#focusItem(index);
  }

  /** The index of the next product whose name starts with `typed`; -1 for none. */
  #match(typed: string): number {
    // The same letter again cycles through the items starting with it.
    const repeated = [...typed].every((char) => char === typed[0]);
    const query = repeated ? typed.slice(0, 1) : typed;
    const products = this.#list;
    const active = this.#items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const start = repeated ? active + 1 : Math.max(active, 0);
    for (let offset = 0; offset < products.length; offset++) {
      const index = (start + offset) % products.length;
      if (this.#fold(products[index]?.name ?? '').startsWith(query)) return index;
    }
    return -1;
  }

  /** Case- and accent-insensitive form for typeahead. */
  #fold(value: string): string {
    return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(this.localize.locale);
  }

  #environment(product: Product | undefined): Environment | undefined {
    const id = this.currentEnvironment;
    if (!product || !id) return undefined;
    // A product listing its environments must list the current one; without a list, the host's
    // word for a well-known environment is taken.
    if (product.environments?.length) return product.environments.find((e) => e.id === id);
    return isWellKnownEnvironment(id) ? { id } : undefined;
  }

  #badgeLabel(environment: Environment): string {
    return isWellKnownEnvironment(environment.id)
      ? this.localize.term(SHORT[environment.id])
      : (environment.label ?? environment.id);
  }

  #onButtonClick(): void {
    if (this.#open) this.#closeMenu(false);
    else this.#openMenu('first');
  }

  #onButtonKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.#openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
  }

  #onMenuKeyDown(event: KeyboardEvent): void {
    const items = this.#items;
    const index = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    switch (event.key) {
      case 'ArrowDown':
        this.#focusItem(index + 1);
        break;
      case 'ArrowUp':
        this.#focusItem(index - 1);
        break;
      case 'Home':
      case 'PageUp':
        this.#focusItem(0);
        break;
      case 'End':
      case 'PageDown':
        this.#focusItem(-1);
        break;
      case 'Escape':
        this.#closeMenu(true);
        break;
      case 'Tab':
        // Focus goes back to the button, then the browser moves on from there.
        this.#closeMenu(true);
        return;
      default:
        if (
          event.key.length === 1 &&
          event.key !== ' ' &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          this.#typeahead(event.key);
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  #onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.#closeMenu(false);
  };

  #onViewportChange = (): void => {
    this.#position();
  };

  #renderLogo(product: Product): TemplateResult {
    return product.logoUrl
      ? html`<img class="logo" part="logo" src=${product.logoUrl} alt="" width="24" height="24" />`
      : html`<span class="logo placeholder" aria-hidden="true"
          >${[...product.name.trim()][0]?.toLocaleUpperCase(this.localize.locale)}</span
        >`;
  }

  /**
   * Name and badge, with the words a screen reader needs between them hidden visually, so the
   * accessible name reads "pagoPA, ambiente Collaudo" and contains the visible text.
   */
  #renderCurrent(product: Product, environment: Environment | undefined): TemplateResult {
    const after = this.localize.term('productSwitchAfterBadge');
    return html`${this.#renderLogo(product)}<span class="name"
        >${product.name}${
          environment
            ? html`<span class="visually-hidden"
                >${this.localize.term('productSwitchBeforeBadge')}</span
              >`
            : nothing
        }</span
      >${
        environment
          ? html`<span class="badge" part="badge"
              >${this.#badgeLabel(environment)}${
                after ? html`<span class="visually-hidden">${after}</span>` : nothing
              }</span
            >`
          : nothing
      }`;
  }

  #renderItem(product: Product, current: Product | undefined): TemplateResult {
    const checked = product.id === current?.id;
    return html`
      <button
        type="button"
        role="menuitemradio"
        class="item"
        part=${checked ? 'item current' : 'item'}
        tabindex="-1"
        aria-checked=${checked ? 'true' : 'false'}
        @click=${() => void this.#choose(product)}
      >
        ${this.#renderLogo(product)}
        <span class="name">${product.name}</span>
        <svg class="check" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          ${checked ? check : nothing}
        </svg>
      </button>
    `;
  }

  protected override render(): unknown {
    const validated = this.#validated;
    if (validated === undefined) return nothing;
    if (!validated.ok) {
      return renderIssue(
        this.localize,
        this.localize.term('productSwitchInvalid'),
        validated.issue,
      );
    }
    const products = validated.value;
    const only = products.length === 1 ? products[0] : undefined;
    if (products.length === 0) return nothing;
    if (only) {
      // No badge when current-product-id names another product.
      const badgeFor = this.currentProductId ? this.#current : only;
      return html`
        <div class="title" part="title">
          ${this.#renderCurrent(only, this.#environment(badgeFor))}
        </div>
      `;
    }
    const current = this.#current;
    const environment = this.#environment(current);
    return html`
      <button
        type="button"
        id="button"
        class="switch"
        part="button"
        aria-haspopup="menu"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${this.#onButtonClick}
        @keydown=${this.#onButtonKeyDown}
      >
        ${
          current
            ? html`${this.#renderCurrent(current, environment)}<span class="visually-hidden"
                  >${this.localize.term('productSwitchAction')}</span
                >`
            : html`<span class="name">${this.localize.term('productSwitchChoose')}</span>`
        }
        <svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          ${chevron}
        </svg>
      </button>
      <div
        id="menu"
        class="menu"
        part="menu"
        role="menu"
        popover="manual"
        aria-label=${this.localize.term('productSwitchMenu')}
        @keydown=${this.#onMenuKeyDown}
      >
        ${products.map((product) => this.#renderItem(product, current))}
      </div>
      <env-picker
        .trigger=${'none'}
        exportparts="dialog: env-dialog, title: env-title, option: env-option, cancel: env-cancel, confirm: env-confirm"
      ></env-picker>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-switch': ProductSwitch;
  }
}
