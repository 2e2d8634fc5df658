import type { Terms } from '../../internal/terms.js';

/** Shared by every element: validation errors, and a part that could not be loaded. */
export const common = {
  // The part of an element loaded on first use (a dialog, a panel) could not be fetched.
  partLoadFailed: 'Non è stato possibile aprire questa scelta: controlla la connessione e riprova.',
  invalidProduct: 'Il prodotto non può essere mostrato: i dati ricevuti non sono validi.',
  invalidDetail: (field: string, problem: string) => `Campo «${field}»: ${problem}.`,
  problemRequired: 'manca',
  problemType: 'tipo non valido',
  problemDuplicate: 'valore ripetuto',
  problemUrl: 'sono ammessi solo indirizzi http o https',
  problemJson: 'JSON non valido',
  problemUnknown: 'valore non riconosciuto',
  problemTooManyEnvironments: (max: number) => `al massimo ${max} ambienti`,
} satisfies Terms;
