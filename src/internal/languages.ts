/**
 * The kit's languages, each with the `Intl` locale that formats its money, dates and numbers:
 * the one list of them. Italian is the reference language and the only one bundled with the
 * elements; every other one is loaded, per element, the first time an element needs it.
 * German, French and Slovenian are the languages Italy's bilingual regions are entitled to
 * (Alto Adige / Südtirol, Valle d'Aosta / Vallée d'Aoste, Friuli Venezia Giulia).
 */
export const locales = {
  it: 'it-IT',
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  sl: 'sl-SI',
} as const;

/** A built-in language. */
export type Language = keyof typeof locales;

/** The languages loaded on demand. */
export type LoadedLanguage = Exclude<Language, 'it'>;

/**
 * Maps a BCP 47 tag to a built-in language by its primary subtag (`de-IT` → de, `EN_gb` → en);
 * anything else → Italian.
 */
export function toLanguage(tag: string): Language {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(locales, primary) ? (primary as Language) : 'it';
}
