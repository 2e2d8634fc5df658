/**
 * The kit's languages, each with the `Intl` locale that formats its money, dates and numbers:
 * the one list of them. Italian is the reference language and the only one bundled with the
 * elements; every other one is loaded, per element, the first time an element needs it.
 */
export const locales = { it: 'it-IT', en: 'en-GB' } as const;

/** A built-in language. */
export type Language = keyof typeof locales;

/** The languages loaded on demand. */
export type LoadedLanguage = Exclude<Language, 'it'>;

/**
 * Maps a BCP 47 tag to a built-in language by its primary subtag (`en-US` → en, `EN_gb` → en);
 * anything else → Italian.
 */
export function toLanguage(tag: string): Language {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(locales, primary) ? (primary as Language) : 'it';
}
