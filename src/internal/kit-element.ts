import { LitElement } from 'lit';
import { LocalizeController } from './localize.js';
import type { Catalogue, Terms } from './terms.js';
import { KIT_VERSION } from './version.js';

type KitElementClass = CustomElementConstructor & { readonly version?: string };

/**
 * Base of every element of the kit: a guarded `define()`, the kit version and a localize
 * controller of the element's own (the language follows the element, not the whole page).
 */
export class KitElement<T extends Terms = Terms> extends LitElement {
  /** The element's own strings in every language (`src/translations`). */
  static terms: Catalogue<Terms> = { it: {}, en: {} };

  /** The version of customer-area-kit this class belongs to. */
  static readonly version: string = KIT_VERSION;

  /**
   * Registers this class under `tag`. Registering the same class twice is a no-op; when the tag
   * is already held by another class (typically another copy or version of the kit) this one is
   * not registered and a warning says which version holds the tag.
   */
  static define(this: KitElementClass, tag: string): void {
    const existing = customElements.get(tag) as KitElementClass | undefined;
    if (existing === undefined) {
      customElements.define(tag, this);
      return;
    }
    if (existing === this) return;
    console.warn(
      `customer-area-kit ${KIT_VERSION}: <${tag}> is taken by ` +
        `${existing.version ? `customer-area-kit ${existing.version}` : 'another class'}; skipped.`,
    );
  }

  protected readonly localize: LocalizeController<T> = new LocalizeController<T>(
    this,
    (this.constructor as typeof KitElement).terms as Catalogue<T>,
  );
}
