import { LitElement, type PropertyDeclarations } from 'lit';
import { common } from '../translations/common.js';
import { LocalizeController, type TermOverrides } from './localize.js';
import type { Catalogue, Terms } from './terms.js';
import { KIT_VERSION } from './version.js';

type KitElementClass = CustomElementConstructor & { readonly version?: string };

/** The kit elements an element renders, by the tag it renders them with. */
export type KitDependencies = Readonly<Record<string, typeof KitElement<Terms>>>;

/** Registers every class of `dependencies` under its tag (see `KitElement.define`). */
export function defineAll(dependencies: KitDependencies): void {
  for (const [tag, dependency] of Object.entries(dependencies)) dependency.define(tag);
}

/**
 * Base of every element of the kit: a guarded `define()` that also registers the kit elements it
 * renders (`dependencies`), the kit version and a localize controller of the element's own (the
 * language follows the element, not the whole page).
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
   * The kit elements this one renders, by tag (`{ 'env-picker': EnvPicker }`): registered under
   * those tags when this class is defined, as Shoelace does, so that a class module registers
   * nothing by being imported. (Those of a part loaded later, such as `<order-pay-button>`'s
   * dialog steps, are registered when that part arrives.)
   */
  static dependencies: KitDependencies = {};

  /**
   * Registers this class under `tag`, after its dependencies under theirs. Registering the same
   * class twice is a no-op; a class that holds another tag already is registered as a subclass of
   * its own (the platform allows one tag per constructor). When the tag is held by another
   * version of the kit, this one is not registered and a warning says which version holds it.
   */
  static define(this: typeof KitElement<Terms>, tag: string): void {
    defineAll(this.dependencies);
    const existing = customElements.get(tag) as KitElementClass | undefined;
    if (existing === undefined) {
      try {
        customElements.define(tag, this);
      } catch {
        // This constructor holds another tag already (NotSupportedError); any other error, such
        // as an invalid name, is thrown again by the second call.
        customElements.define(tag, class extends this {});
      }
      return;
    }
    if (existing === this || existing.prototype instanceof this) return;
    console.warn(
      `customer-area-kit ${this.version}: <${tag}> is taken by ` +
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
