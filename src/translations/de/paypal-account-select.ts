import type { Translation } from '../../internal/terms.js';
import type { paypalAccountSelect as it } from '../it/paypal-account-select.js';
import { moneyProblems } from './money-problems.js';

const paypalAccountSelect: Translation<typeof it> = {
  ...moneyProblems,
  paypalLabel: 'PayPal-Konto',
  paypalPlaceholder: 'PayPal-Konto wählen',
  paypalNewAccount: 'Neues PayPal-Konto',
  paypalAccountOption: (label, email) => `${label} — ${email}`,
  paypalNoAccounts:
    'Sie haben noch kein PayPal-Konto hinterlegt: Nach der Übersicht gelangen Sie mit „Weiter und bezahlen“ zu PayPal, und das neue Konto wird für künftige Zahlungen gespeichert.',
  paypalNewAccountNote:
    'Nach der Übersicht gelangen Sie mit „Weiter und bezahlen“ zu PayPal, um das neue Konto zu hinterlegen; es wird für künftige Zahlungen gespeichert.',
  paypalRequired: 'Wählen Sie ein PayPal-Konto oder „Neues PayPal-Konto“.',
  paypalRenewalOn:
    'Mit der Zahlung per PayPal wird die automatische Verlängerung des Dienstes zum nächsten Ablauf aktiviert.',
  paypalRenewalPeriod: (period) => `Verlängerungszeitraum: ${period}.`,
  paypalRenewalNext: (date) => `Nächste Abbuchung: ${date}.`,
  paypalRenewalAmount: (amount) => `Verlängerungsbetrag: ${amount} inkl. MwSt.`,
  paypalRenewalOff: (name) => `Die automatische Verlängerung ist für ${name} nicht verfügbar`,
  paypalRenewalOffKind: '(nicht vorgesehen für Firma Digitale und Marca Temporale)',
  paypalRenewalOffOrder: '(für diese Bestellung nicht vorgesehen)',
  paypalRenewalInfo: 'So deaktivieren Sie die automatische Verlängerung',
  paypalAccountsInvalid:
    'Die PayPal-Konten können nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
  paypalOrderInvalid:
    'Die Verlängerungsbedingungen können nicht angezeigt werden: Die Bestelldaten sind ungültig.',
};

export default paypalAccountSelect;
