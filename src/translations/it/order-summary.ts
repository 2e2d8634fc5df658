import type { Terms } from '../../internal/terms.js';
import { moneyProblems } from './money-problems.js';

/** <order-summary> */
export const orderSummary = {
  ...moneyProblems,
  summaryTitle: 'Riepilogo ordine',
  summaryInvalid:
    'Il riepilogo dell’ordine non può essere mostrato: i dati ricevuti non sono validi.',
  summaryOrderNumber: 'Ordine n.',
  summaryProduct: 'Prodotto',
  summaryLinesCaption: 'Dettaglio dell’ordine',
  summaryDescription: 'Descrizione',
  summaryQuantity: 'Quantità',
  summaryUnitPrice: 'Prezzo unitario',
  summaryAmount: 'Importo',
  summarySubtotal: 'Imponibile',
  summaryVat: 'IVA',
  summaryVatRate: (rate: string) => `IVA (${rate})`,
  summaryTotal: 'Totale IVA inclusa',
  summaryPaymentTitle: 'Pagamento',
  summaryMethod: 'Modalità di pagamento',
  summaryAccount: 'Account PayPal',
  summaryNewAccount: 'Nuovo account PayPal: lo registrerai su PayPal',
  summaryRenewalTitle: 'Rinnovo automatico attivo',
  summaryRenewalIntro:
    'Pagando con PayPal il rinnovo automatico viene attivato per la successiva scadenza del servizio.',
  summaryRenewalAmount: 'Importo del rinnovo',
  summaryRenewalAmountValue: (amount: string) => `${amount} IVA inclusa`,
  summaryRenewalPeriod: 'Durata del rinnovo',
  summaryRenewalNext: 'Prossimo addebito',
  summaryRenewalAccount: 'Addebito su',
  summaryRenewalNewAccount: 'il nuovo account PayPal',
  summaryRenewalHowToStop: 'Come disattivare il rinnovo automatico',
  summaryOneOff: 'una tantum',
  summaryNoRenewal: 'Il rinnovo automatico non è disponibile per questo prodotto',
  summaryBack: 'Indietro',
  summaryConfirm: 'Prosegui e paga',
  summaryBusy: 'Operazione in corso, attendere…',
} satisfies Terms;
