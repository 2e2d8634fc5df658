import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../translations/en.js';
import { it, type Translation } from '../translations/it.js';

export type Language = 'it' | 'en';

const translations: Record<Language, Translation> = { it, en };
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

/** The nearest `lang` from the element up, crossing shadow roots, else `<html lang>`. */
export function resolveLang(element: Element): string {
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

type Params<K extends keyof Translation> = Translation[K] extends (...args: infer A) => string
  ? A
  : [];

/**
 * A per-element localize controller: the language is the host's `lang`, else the nearest
 * ancestor's (across shadow roots), else `<html lang>`; the host re-renders when it changes.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
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
  term<K extends keyof Translation>(key: K, ...args: Params<K>): string {
    const value = translations[this.language][key] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }
}
