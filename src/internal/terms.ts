/** A catalogue of one element's strings: plain strings, or functions for parameterised ones. */
export type Terms = Record<string, string | ((...args: never[]) => string)>;

/** Another language's version of a catalogue: the same keys, the same parameters. */
export type Translation<T extends Terms> = { readonly [K in keyof T]: T[K] };

/** An element's strings in every built-in language. */
export interface Catalogue<T extends Terms> {
  readonly it: T;
  readonly en: Translation<T>;
}
