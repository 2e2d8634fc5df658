import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import * as en from '../translations/en.js';
import * as it from '../translations/it.js';
import type { Catalogue, Terms } from './terms.js';

export type Language = 'it' | 'en';

/** Strings every element may use (validation errors), next to its own catalogue. */
type CommonTerms = typeof it.common;
const common: Catalogue<CommonTerms> = { it: it.common, en: en.common };
const locales: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected host; one shared observer re-renders them when any `lang` attribute changes. */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function observeLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The language of server-rendered elements without a `lang` of their own. */
let serverLanguage = 'it';

/**
 * On the server (Lit SSR), the language of the page being rendered, for the elements without a
 * `lang` attribute (a server renders no ancestors): call it before rendering each page.
 * Italian by default.
 */
export function setServerLanguage(tag: string): void {
  serverLanguage = tag;
}

/**
 * The nearest `lang` from the element up, crossing shadow roots, else `<html lang>`. On the
 * server: the element's own `lang`, else the page's (`setServerLanguage()`), else Italian.
 */
export function resolveLang(element: Element): string {
  if (isServer) return element.getAttribute('lang') ?? serverLanguage;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}

/** Maps a BCP 47 tag to a built-in language: `it*` → it, `en*` → en, anything else → it. */
export function toLanguage(tag: string): Language {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'it';
}

type Params<T, K extends keyof T> = T[K] extends (...args: infer A) => string ? A : [];

/**
 * A per-element localize controller: the language is the host's `lang`, else the nearest
 * ancestor's (across shadow roots), else `<html lang>`; the host re-renders when it changes.
 */
export class LocalizeController<T extends Terms = Terms> implements ReactiveController {
  readonly #host: Host;
  readonly #catalogue: Catalogue<T>;

  /** `catalogue` holds the element's own strings; the shared ones are always available. */
  constructor(host: Host, catalogue: Catalogue<T>) {
    this.#host = host;
    this.#catalogue = catalogue;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observeLangChanges();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /** The built-in language in use for this element. */
  get language(): Language {
    return toLanguage(resolveLang(this.#host));
  }

  /** The `Intl` locale for this element ("it-IT", "en-GB"). */
  get locale(): string {
    return locales[this.language];
  }

  /** A translated term; parameterised terms take their arguments. */
  term<K extends keyof (T & CommonTerms)>(key: K, ...args: Params<T & CommonTerms, K>): string {
    const language = this.language;
    const own = this.#catalogue[language] as Record<PropertyKey, unknown>;
    const value = (key in own ? own[key] : common[language][key as keyof CommonTerms]) as
      string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }
}
