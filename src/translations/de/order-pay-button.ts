import type { Translation } from '../../internal/terms.js';
import type { orderPayButton as it } from '../it/order-pay-button.js';
import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

const orderPayButton: Translation<typeof it> = {
  ...moneyProblems,
  payButton: 'Bezahlen',
  payNotReady: 'verfügbar, sobald die Seite geladen ist',
  payOrder: (number) => `Bestellung ${number} bezahlen`,
  payStatusPaid: 'Bezahlt',
  payStatusPending: 'Zahlung wird verarbeitet',
  payStatusInProgress: 'Zahlung läuft',
  payStatusCancelled: 'Storniert',
  payStatusExpired: 'Abgelaufen',
  payInvalidOrder:
    'Die Bestellung kann nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
  payInvalidMethods:
    'Die Zahlungsarten können nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
  payInvalidSetting:
    'Die Zahlung kann nicht angezeigt werden: Eine Einstellung dieser Seite ist ungültig.',
  payClose: 'Schließen',
  payProceed: 'Weiter',
  payStep: (step, steps, name) => `Schritt ${step} von ${steps}: ${name}`,
  payStepChoose: 'PayPal-Konto wählen',
  payStepChooseMethod: 'Zahlungsart',
  payStepReview: 'Übersicht und Zahlung',
  payMethodLegend: 'Zahlungsart',
  payMethodRenewal:
    'Mit PayPal wird die automatische Verlängerung zum nächsten Ablauf des Dienstes aktiviert.',
  payMethodNoRenewal: (name) =>
    `Mit PayPal ist die automatische Verlängerung für ${name} nicht verfügbar.`,
  payMethodRequired: 'Wählen Sie eine Zahlungsart.',
  payChargedTo: 'Abbuchung von',
  payBack: 'Zurück',
  payRetry: 'Erneut versuchen',
  payMethod: 'Zahlungsart: PayPal',
  payMethodHint:
    'Wählen Sie ein bereits hinterlegtes PayPal-Konto oder „Neues PayPal-Konto“, um eines hinzuzufügen.',
  payLoading: 'Wird geladen …',
  payLoadingAccounts: 'PayPal-Konten werden geladen …',
  payAccountsFailed: 'Die PayPal-Konten konnten nicht geladen werden.',
  payAccountsFailedWith: (message) =>
    `Die PayPal-Konten konnten nicht geladen werden. ${sentence(message)}`,
  payAccountsNoHandler: 'PayPal-Konten sind auf dieser Seite nicht eingerichtet.',
  payAccountsTimeout: 'Beim Laden der PayPal-Konten kam keine Antwort in der vorgesehenen Zeit.',
  payAccountsNetwork:
    'Keine oder instabile Verbindung: Die PayPal-Konten konnten nicht geladen werden.',
  payAccountsInvalid: (detail) => `Die empfangenen PayPal-Konten sind ungültig. ${detail}`,
  payAuthorizing: 'Zahlung wird autorisiert …',
  paySucceeded: 'Zahlung abgeschlossen',
  payAmount: (amount) => `Bezahlter Betrag: ${amount}`,
  payAmountPending: (amount) => `Betrag: ${amount}`,
  payEmail: 'Sie erhalten eine E-Mail zur Bestätigung der Zahlung.',
  payRenewalActive:
    'Die automatische Verlängerung ist aktiv: Sie erhalten eine E-Mail zur Bestätigung der Aktivierung.',
  payPendingTitle: 'Zahlung wird verarbeitet',
  payPendingText:
    'Die Zahlung wurde angenommen und wird verarbeitet: Sie erhalten eine E-Mail, sobald sie abgeschlossen ist. Sie müssen nicht erneut bezahlen.',
  payReference: 'Zahlungsreferenz',
  payChecking: 'Die vorherige Zahlung wird überprüft …',
  payElsewhere:
    'Diese Bestellung wird gerade in einem anderen Fenster oder Tab bezahlt: Das Ergebnis erscheint hier.',
  payReleased:
    'Die in einem anderen Fenster oder Tab begonnene Zahlung wurde nicht abgeschlossen: Sie können hier bezahlen.',
  payFailed: 'Zahlung fehlgeschlagen',
  payUnconfirmed: 'Zahlungsergebnis nicht bestätigt',
  payErrorDeclinedWith: (message) =>
    `Die Zahlung wurde nicht autorisiert, es wurde nichts abgebucht. ${sentence(message)}`,
  payErrorDeclined: 'Die Zahlung wurde nicht autorisiert, es wurde nichts abgebucht.',
  payErrorRejectedWith: (message) =>
    `Die Zahlung konnte nicht bestätigt werden. ${sentence(message)} Versuchen Sie es erneut: Falls sie bereits erfolgreich war, wird Ihnen nichts doppelt abgebucht.`,
  payErrorRejected:
    'Die Zahlung konnte nicht bestätigt werden. Versuchen Sie es erneut: Falls sie bereits erfolgreich war, wird Ihnen nichts doppelt abgebucht.',
  payErrorNetwork:
    'Keine oder instabile Verbindung: Wir wissen nicht, ob die Zahlung abgeschickt wurde. Prüfen Sie die Verbindung und versuchen Sie es erneut: Falls sie bereits erfolgreich war, wird Ihnen nichts doppelt abgebucht.',
  payErrorHandler:
    'Auf der Seite ist ein Fehler aufgetreten: Bitte versuchen Sie es später erneut.',
  payErrorInvalidResult:
    'Das Zahlungssystem hat eine ungültige Antwort gegeben, daher wissen wir nicht, ob die Zahlung erfolgreich war. Versuchen Sie es erneut: Falls sie erfolgreich war, wird Ihnen nichts doppelt abgebucht.',
  payErrorNoHandler: 'Die Zahlung ist auf dieser Seite nicht eingerichtet.',
  payErrorNotStartedWith: (message) =>
    `Die Zahlung wurde nicht gestartet, es wurde nichts abgebucht. ${sentence(message)}`,
  payErrorNotStarted:
    'Die Zahlung wurde nicht gestartet, es wurde nichts abgebucht: Versuchen Sie es gleich noch einmal.',
  payErrorTimeout:
    'Keine Antwort des Zahlungssystems in der vorgesehenen Zeit. Versuchen Sie es erneut: Falls die Zahlung bereits erfolgreich war, wird Ihnen nichts doppelt abgebucht.',
  payErrorPayPalConfig:
    'Um ein neues PayPal-Konto zu hinterlegen, fehlt die PayPal-Konfiguration (paypal-client-id, paypal-environment).',
  payErrorUnknown: 'Die Zahlung ist fehlgeschlagen: Bitte versuchen Sie es später erneut.',
  payPayPalCancelled:
    'Sie haben das PayPal-Fenster geschlossen: Es wurde keine Zahlung ausgeführt.',
  payPayPalLoading: 'PayPal wird geladen …',
  payPayPalWaiting: 'Warten auf PayPal: Schließen Sie die Zahlung im PayPal-Fenster ab.',
  payPayPalUnreachable: 'PayPal nicht erreichbar',
  payPayPalBlocked: 'PayPal durch die Sicherheitsrichtlinie der Seite blockiert',
  payPayPalBlockedHint:
    'Diese Seite erlaubt das Laden von PayPal nicht (Content Security Policy). Gehen Sie zurück und wählen Sie ein bereits hinterlegtes PayPal-Konto, oder melden Sie das Problem dem Betreiber der Website.',
  payPayPalUnreachableHint:
    'Prüfen Sie die Verbindung und versuchen Sie es erneut, oder gehen Sie zurück und wählen Sie ein bereits hinterlegtes PayPal-Konto.',
  payErrorPayPal: 'PayPal hat die Zahlung nicht abgeschlossen: Sie können es erneut versuchen.',
  payErrorPayPalFatal:
    'PayPal kann diese Zahlung nicht abschließen: Gehen Sie zurück und wählen Sie ein anderes Konto.',
  payAccountRegistered: 'PayPal-Konto für künftige Zahlungen hinterlegt',
};

export default orderPayButton;
