import type { LoadedLanguage } from './languages.js';

/** A catalogue of one element's strings: plain strings, or functions for parameterised ones. */
export type Terms = Record<string, string | ((...args: never[]) => string)>;

/** Another language's version of a catalogue: the same keys, the same parameters. */
export type Translation<T extends Terms> = { readonly [K in keyof T]: T[K] };

/**
 * An element's strings: Italian, bundled with the element, and a loader per other language —
 * a dynamic import, so that each language of each element is a small file of its own, fetched
 * only by a page that shows the element in that language.
 */
export interface Catalogue<T extends Terms> {
  /** The name hosts give `setTerms()`: the element's tag as the kit registers it, or `common`. */
  readonly name: string;
  readonly it: T;
  /** Per language, the import of its module, whose default export is the translation. */
  readonly load: {
    readonly [L in LoadedLanguage]: () => Promise<{ readonly default: Translation<T> }>;
  };
}

/** Every catalogue created so far (the elements imported so far), for `loadLanguages()`. */
export const catalogues = new Map<string, Catalogue<Terms>>();

/** Declares a catalogue (see `Catalogue`); `loadLanguages()` then knows it. */
export function catalogue<T extends Terms>(
  name: string,
  it: T,
  load: Catalogue<T>['load'],
): Catalogue<T> {
  const created: Catalogue<T> = { name, it, load };
  catalogues.set(name, created as unknown as Catalogue<Terms>);
  return created;
}
