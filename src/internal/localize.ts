import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { common } from '../translations/common.js';
import type * as it from '../translations/it.js';
import { locales, toLanguage, type Language } from './languages.js';
import { catalogues, type Catalogue, type Terms } from './terms.js';

export { toLanguage, type Language };

/** Strings every element may use (validation errors), next to its own catalogue. */
type CommonTerms = typeof it.common;

/** Each catalogue's terms by the name `setTerms()` takes: the element's tag, or `common`. */
export interface KitTerms {
  common: CommonTerms;
  'env-picker': typeof it.envPicker;
  'product-card': typeof it.productCard;
  'product-switch': typeof it.productSwitch;
  'party-switch': typeof it.partySwitch;
  'paypal-account-select': typeof it.paypalAccountSelect;
  'order-summary': typeof it.orderSummary;
  'order-pay-button': typeof it.orderPayButton;
  'auto-renewal-control': typeof it.autoRenewalControl;
  'paypal-accounts': typeof it.paypalAccounts;
}

/** Overrides of some of a catalogue's terms. */
export type TermOverrides<T extends Terms> = { readonly [K in keyof T]?: T[K] };

/**
 * How long an element that shows nothing yet waits for its language's strings before it
 * renders in Italian (then again when they arrive). Fetching one small file from a warm CDN
 * connection takes less: the element then appears in its language at once, with no flash of
 * Italian. An element that already shows something (server-rendered, or in its previous
 * language) keeps showing it until the strings arrive.
 */
export const LANGUAGE_WAIT_MS = 300;

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated?: boolean };

type Strings = Readonly<Record<PropertyKey, unknown>>;

/** Every loaded translation, by catalogue and language (Italian is always there). */
const loaded = new WeakMap<Catalogue<Terms>, Partial<Record<Language, Strings>>>();
/** The loads under way, so that a catalogue is fetched once whatever number of elements wait. */
const loading = new WeakMap<Catalogue<Terms>, Partial<Record<Language, Promise<void>>>>();
/** Hosts' global overrides (`setTerms`), by catalogue name and language. */
const overrides = new Map<string, Partial<Record<Language, Strings>>>();

function translation(catalogue: Catalogue<Terms>, language: Language): Strings | undefined {
  return language === 'it' ? catalogue.it : loaded.get(catalogue)?.[language];
}

/** Loads `catalogue` in `language`; undefined when it is already there. */
function load(catalogue: Catalogue<Terms>, language: Language): Promise<void> | undefined {
  if (language === 'it' || translation(catalogue, language)) return undefined;
  const pending = loading.get(catalogue) ?? {};
  loading.set(catalogue, pending);
  pending[language] ??= catalogue.load[language]().then(
    (module) => {
      loaded.set(catalogue, { ...loaded.get(catalogue), [language]: module.default });
    },
    (error: unknown) => {
      // Italian it is, rather than an element that never renders; the next page load retries.
      loaded.set(catalogue, { ...loaded.get(catalogue), [language]: catalogue.it });
      console.error(
        `customer-area-kit: could not load the ${language} strings of ${catalogue.name}; showing Italian.`,
        error,
      );
    },
  );
  return pending[language];
}

/**
 * Loads `languages` (BCP 47 tags) for every element imported so far, and the strings they share.
 * A server (Lit SSR) calls it once, after importing the elements and before rendering: on the
 * server an element renders at once, with the strings it has. In the browser elements load their
 * languages themselves; calling it there only fetches them early.
 */
export async function loadLanguages(languages: readonly string[]): Promise<void> {
  const wanted = new Set(languages.map(toLanguage));
  await Promise.all(
    [...catalogues.values()].flatMap((catalogue) =>
      [...wanted].map((language) => load(catalogue, language)),
    ),
  );
}

/** Every connected localize controller; one shared observer re-renders them on `lang` changes. */
const controllers = new Set<LocalizeController<Terms>>();
let observer: MutationObserver | undefined;

function observeLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** Keys of `given` that `catalogues` do not have; one console.error names them. */
function reportUnknownTerms(where: string, given: object, known: readonly Strings[]): void {
  const unknown = Object.keys(given).filter((key) => !known.some((strings) => key in strings));
  if (unknown.length === 0) return;
  console.error(
    `customer-area-kit: ${where} has no term ${unknown.map((key) => `"${key}"`).join(', ')}; ignored.`,
  );
}

/**
 * Overrides some of an element's strings in one language, on every instance — its own (`name`
 * is the element's tag as the kit registers it: `order-pay-button`) or the shared ones
 * (`common`). Parameterised terms take functions with the same parameters. Keys the element does
 * not have are ignored, with one `console.error` naming them (checked when the element is
 * already imported). Elements already on the page render again. Each call replaces that
 * element's overrides in that language.
 */
export function setTerms<N extends keyof KitTerms>(
  language: Language,
  name: N,
  terms: TermOverrides<KitTerms[N]>,
): void {
  const known = catalogues.get(name);
  if (known) reportUnknownTerms(`setTerms('${language}', '${name}')`, terms, [known.it]);
  overrides.set(name, { ...overrides.get(name), [language]: { ...terms } });
  for (const controller of controllers) controller.host.requestUpdate();
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

type Params<T, K extends keyof T> = T[K] extends (...args: infer A) => string ? A : [];

let warnedServer = false;

/**
 * A per-element localize controller: the language is the host's `lang`, else the nearest
 * ancestor's (across shadow roots), else `<html lang>`; the host re-renders when it changes.
 */
export class LocalizeController<T extends Terms = Terms> implements ReactiveController {
  readonly host: Host;
  readonly #catalogue: Catalogue<T>;
  readonly #own: () => TermOverrides<T & CommonTerms> | undefined;
  #checked: object | undefined;
  /** Rendered in Italian while its language was loading: render again once it is there. */
  #fellBack = false;

  /**
   * `catalogue` holds the element's own strings; the shared ones are always available. `own`
   * gives the instance's overrides (the element's `terms` property).
   */
  constructor(
    host: Host,
    catalogue: Catalogue<T>,
    own: () => TermOverrides<T & CommonTerms> | undefined = () => undefined,
  ) {
    this.host = host;
    this.#catalogue = catalogue;
    this.#own = own;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this as unknown as LocalizeController<Terms>);
    observeLangChanges();
  }

  hostDisconnected(): void {
    controllers.delete(this as unknown as LocalizeController<Terms>);
  }

  hostUpdate(): void {
    const own = this.#own();
    if (own === this.#checked) return;
    this.#checked = own;
    if (own)
      reportUnknownTerms(`<${this.host.localName}>.terms`, own, [this.#catalogue.it, common.it]);
  }

  /** The built-in language in use for this element. */
  get language(): Language {
    return toLanguage(resolveLang(this.host));
  }

  /** The `Intl` locale for this element ("it-IT", "en-GB"). */
  get locale(): string {
    return locales[this.language];
  }

  /**
   * Resolves once the element's strings in its language are loaded — at once (undefined) when
   * they are. An element that shows nothing yet stops waiting after `LANGUAGE_WAIT_MS` and
   * renders in Italian; it renders again when they arrive.
   */
  ready(): Promise<void> | undefined {
    const language = this.language;
    const pending = [
      load(this.#catalogue as unknown as Catalogue<Terms>, language),
      load(common, language),
    ].filter((promise) => promise !== undefined);
    if (pending.length === 0) return undefined;
    const all = Promise.all(pending).then(() => {
      if (this.#fellBack) this.host.requestUpdate();
    });
    const empty = !this.host.hasUpdated && !this.host.shadowRoot?.hasChildNodes();
    if (!empty) return all;
    return Promise.race([
      all,
      new Promise<void>((resolve) => {
        setTimeout(() => {
          this.#fellBack = true;
          resolve();
        }, LANGUAGE_WAIT_MS);
      }),
    ]);
  }

  /** A translated term; parameterised terms take their arguments. */
  term<K extends keyof (T & CommonTerms)>(key: K, ...args: Params<T & CommonTerms, K>): string {
    const language = this.language;
    const catalogue = this.#catalogue as unknown as Catalogue<Terms>;
    const ownStrings = translation(catalogue, language);
    const commonStrings = translation(common, language);
    if ((!ownStrings || !commonStrings) && isServer && !warnedServer) {
      warnedServer = true;
      console.warn(
        `customer-area-kit: rendering in Italian on the server, ${language} is not loaded: ` +
          `await loadLanguages(['${language}']) before rendering.`,
      );
    }
    const layers: Array<Strings | undefined> = [
      this.#own() as Strings | undefined,
      overrides.get(catalogue.name)?.[language],
      ownStrings ?? catalogue.it,
      overrides.get('common')?.[language],
      commonStrings ?? common.it,
    ];
    const value = layers.find((strings) => strings !== undefined && key in strings)?.[
      key as string
    ] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }
}
