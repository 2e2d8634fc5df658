import type { Terms } from '../../internal/terms.js';

/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
export const moneyProblems = {
  opensInNewTab: 'si apre in una nuova scheda',
  problemReserved: 'valore riservato, usane un altro',
  problemNegative: 'importo negativo',
  problemAmount: 'importo non valido',
  problemCurrency: 'valuta sconosciuta o diversa da quella dell’ordine',
} satisfies Terms;
