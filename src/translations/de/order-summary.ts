import type { Translation } from '../../internal/terms.js';
import type { orderSummary as it } from '../it/order-summary.js';
import { moneyProblems } from './money-problems.js';

const orderSummary: Translation<typeof it> = {
  ...moneyProblems,
  summaryTitle: 'Bestellübersicht',
  summaryInvalid:
    'Die Bestellübersicht kann nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
  summaryOrderNumber: 'Bestell-Nr.',
  summaryProduct: 'Produkt',
  summaryLinesCaption: 'Bestelldetails',
  summaryDescription: 'Beschreibung',
  summaryQuantity: 'Menge',
  summaryUnitPrice: 'Einzelpreis',
  summaryAmount: 'Betrag',
  summarySubtotal: 'Nettobetrag',
  summaryVat: 'MwSt.',
  summaryVatRate: (rate) => `MwSt. (${rate})`,
  summaryTotal: 'Gesamtbetrag inkl. MwSt.',
  summaryPaymentTitle: 'Zahlung',
  summaryMethod: 'Zahlungsart',
  summaryAccount: 'PayPal-Konto',
  summaryNewAccount: 'Neues PayPal-Konto: Sie hinterlegen es bei PayPal',
  summaryRenewalTitle: 'Automatische Verlängerung aktiv',
  summaryRenewalIntro:
    'Mit der Zahlung per PayPal wird die automatische Verlängerung zum nächsten Ablauf des Dienstes aktiviert.',
  summaryRenewalAmount: 'Verlängerungsbetrag',
  summaryRenewalAmountValue: (amount) => `${amount} inkl. MwSt.`,
  summaryRenewalPeriod: 'Verlängerungszeitraum',
  summaryRenewalNext: 'Nächste Abbuchung',
  summaryRenewalAccount: 'Abbuchung von',
  summaryRenewalNewAccount: 'das neue PayPal-Konto',
  summaryRenewalHowToStop: 'So deaktivieren Sie die automatische Verlängerung',
  summaryOneOff: 'einmalig',
  summaryNoRenewal: 'Für dieses Produkt ist keine automatische Verlängerung verfügbar',
  summaryBack: 'Zurück',
  summaryConfirm: 'Weiter und bezahlen',
  summaryBusy: 'Wird bearbeitet, bitte warten …',
};

export default orderSummary;
