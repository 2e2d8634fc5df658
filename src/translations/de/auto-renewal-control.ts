import type { Translation } from '../../internal/terms.js';
import type { autoRenewalControl as it } from '../it/auto-renewal-control.js';
import { changeTerms } from './change-terms.js';

const autoRenewalControl: Translation<typeof it> = {
  ...changeTerms,
  renewalOn: 'Automatische Verlängerung aktiv',
  renewalOff: 'Automatische Verlängerung nicht aktiv',
  renewalUnavailable: 'Automatische Verlängerung nicht verfügbar',
  renewalUnavailableKind: 'Für Firma Digitale und Marca Temporale ist sie nicht vorgesehen.',
  renewalUnavailableService: 'Für diesen Dienst ist sie nicht vorgesehen.',
  renewalAmount: 'Verlängerungsbetrag',
  renewalAmountValue: (amount) => `${amount} inkl. MwSt.`,
  renewalPeriod: 'Verlängerungszeitraum',
  renewalNext: 'Nächste Abbuchung',
  renewalAccount: 'Abbuchung von',
  renewalExpiry: (date) => `Der Dienst läuft am ${date} ab.`,
  renewalBusy: 'Automatische Verlängerung wird geändert …',
  disable: 'Deaktivieren',
  disableLabel: (name) => `Automatische Verlängerung für ${name} deaktivieren`,
  enable: 'Aktivieren',
  enableLabel: (name) => `Automatische Verlängerung für ${name} aktivieren`,
  offTitle: (name) => `Automatische Verlängerung für ${name} deaktivieren?`,
  offText: (date) =>
    `Der Dienst wird nicht verlängert: Er läuft am ${date} ab, und es wird Ihnen nichts abgebucht.`,
  offTextNoDate:
    'Der Dienst wird nicht verlängert: Er läuft zu seinem Ablaufdatum ab, und es wird Ihnen nichts abgebucht.',
  offAgain:
    'Sie können die automatische Verlängerung jederzeit im Kundenbereich wieder aktivieren.',
  offConfirm: 'Verlängerung deaktivieren',
  onTitle: (name) => `Automatische Verlängerung für ${name} aktivieren?`,
  onText:
    'Bei Ablauf wird der Dienst automatisch verlängert; der Betrag wird von dem PayPal-Konto abgebucht, das Sie hier wählen.',
  onStop: 'Sie können sie jederzeit im Kundenbereich deaktivieren.',
  onConfirm: 'Verlängerung aktivieren',
  onConfirmNew: 'Weiter zu PayPal',
  onAccountLabel: 'PayPal-Konto für die Verlängerung',
  onNoAccounts:
    'Sie haben noch kein PayPal-Konto hinterlegt: Mit „Weiter zu PayPal“ hinterlegen Sie eines, ohne jetzt etwas zu bezahlen.',
  onNewAccountNote:
    'Mit „Weiter zu PayPal“ gelangen Sie zu PayPal, um das neue Konto zu hinterlegen, ohne jetzt etwas zu bezahlen.',
  onRequired: 'Wählen Sie ein PayPal-Konto oder „Neues PayPal-Konto“.',
  paypalCancelled:
    'Sie haben das PayPal-Fenster geschlossen: Es wurde kein Konto hinterlegt, und die automatische Verlängerung wurde nicht aktiviert.',
  submittingOff: 'Automatische Verlängerung wird deaktiviert …',
  submittingOn: 'Automatische Verlängerung wird aktiviert …',
  doneOff: 'Automatische Verlängerung deaktiviert',
  doneOffText: (date) =>
    `Der Dienst wird nicht verlängert: Er läuft am ${date} ab, und es wird Ihnen nichts abgebucht.`,
  doneOffTextNoDate: 'Der Dienst wird nicht verlängert, und es wird Ihnen nichts abgebucht.',
  doneOffEmail: 'Sie erhalten eine E-Mail zur Bestätigung der Deaktivierung.',
  doneOn: 'Automatische Verlängerung aktiviert',
  doneOnEmail:
    'Sie erhalten eine E-Mail, die die Aktivierung der automatischen Verlängerung bestätigt.',
  failedOff: 'Automatische Verlängerung nicht deaktiviert',
  failedOn: 'Automatische Verlängerung nicht aktiviert',
  errorNoHandler:
    'Die Verwaltung der automatischen Verlängerung ist auf dieser Seite nicht eingerichtet.',
  invalidService:
    'Die automatische Verlängerung kann nicht angezeigt werden: Die Daten des Dienstes sind ungültig.',
  invalidAccounts:
    'Die automatische Verlängerung kann nicht angezeigt werden: Die empfangenen PayPal-Konten sind ungültig.',
};

export default autoRenewalControl;
