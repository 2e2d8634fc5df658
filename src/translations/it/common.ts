import type { Terms } from '../../internal/terms.js';

/** Shared by every element: validation errors. */
export const common = {
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
