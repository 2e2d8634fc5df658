/**
 * The story's language (the toolbar's, `globals.lang`) for play functions: what the elements say
 * in it, so that a play function that checks a text passes in every language.
 */
import { locales, toLanguage, type Language } from '../src/internal/languages.js';
import { loadLanguages } from '../src/internal/localize.js';
import * as de from '../src/translations/de.js';
import * as en from '../src/translations/en.js';
import * as fr from '../src/translations/fr.js';
import * as it from '../src/translations/it.js';
import * as sl from '../src/translations/sl.js';

type Catalogues = Omit<typeof it, 'ChangeTerms'>;

const translations: Record<Language, Catalogues> = { it, en, de, fr, sl };

/** The language the toolbar gives the story. */
export function storyLanguage(globals: Record<string, unknown>): Language {
  return toLanguage(typeof globals['lang'] === 'string' ? globals['lang'] : 'it');
}

/** Every catalogue in the story's language (`terms(globals).orderSummary.summaryTitle`). */
export function terms(globals: Record<string, unknown>): Catalogues {
  return translations[storyLanguage(globals)];
}

/** The `Intl` locale of the story's language. */
export function storyLocale(globals: Record<string, unknown>): string {
  return locales[storyLanguage(globals)];
}

/**
 * A text found anywhere in a name or content: a RegExp that matches it literally, any white space
 * for white space (Testing Library turns the no-break spaces of French punctuation into spaces).
 */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
}

/**
 * The loaders of a story that puts its element in English whatever the toolbar says: English is
 * loaded before it renders, as the preview does for the toolbar's language.
 */
export const inEnglish = [
  async (): Promise<void> => {
    await loadLanguages(['en']);
  },
];
