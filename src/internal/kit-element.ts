import { LitElement, type PropertyDeclarations } from 'lit';
import { common } from '../translations/common.js';
import { LocalizeController, type TermOverrides } from './localize.js';
import type { Catalogue, Terms } from './terms.js';
import { KIT_VERSION } from './version.js';

type KitElementClass = CustomElementConstructor & { readonly version?: string };

/**
 * Base of every element of the kit: a guarded `define()`, the kit version and a localize
 * controller of the element's own (the language follows the element, not the whole page).
 */
export class KitElement<T extends Terms = Terms> extends LitElement {
  /** The element's own strings in every language (`src/translations`). */
  static terms: Catalogue<Terms> = common;

  static override properties: PropertyDeclarations = {
    terms: { attribute: false },
  };

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

  /**
   * Overrides of this element's strings, in whatever language it shows: `{ payButton: 'Paga
   * ora' }`. Any key of the element's catalogue or of the shared one; parameterised terms take
   * functions with the same parameters. Unknown keys are ignored, with one `console.error`.
   * `setTerms()` overrides them for every instance, per language.
   */
  terms?: TermOverrides<T & typeof common.it>;

  protected readonly localize: LocalizeController<T> = new LocalizeController<T>(
    this,
    (this.constructor as typeof KitElement).terms as Catalogue<T>,
    () => this.terms,
  );

  /** The first render waits (briefly) for the element's language: see `LocalizeController.ready()`. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.localize.ready();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
