import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** The words `<auto-renewal-control>` and `<paypal-accounts>` share (each carries a copy). */
export const changeTerms = {
  ...moneyProblems,
  problemUnlisted: 'gehört nicht zu den hinterlegten PayPal-Konten',
  close: 'Schließen',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  back: 'Zurück',
  loadingAccounts: 'PayPal-Konten werden geladen …',
  accountsFailed: 'Die PayPal-Konten konnten nicht geladen werden.',
  accountsFailedWith: (message: string) =>
    `Die PayPal-Konten konnten nicht geladen werden. ${sentence(message)}`,
  accountsNoHandler: 'PayPal-Konten sind auf dieser Seite nicht eingerichtet.',
  accountsTimeout: 'Beim Laden der PayPal-Konten kam keine Antwort in der vorgesehenen Zeit.',
  accountsNetwork:
    'Keine oder instabile Verbindung: Die PayPal-Konten konnten nicht geladen werden.',
  accountsInvalid: (detail: string) => `Die empfangenen PayPal-Konten sind ungültig. ${detail}`,
  paypalLoading: 'PayPal wird geladen …',
  paypalWaiting: 'Warten auf PayPal: Hinterlegen Sie das Konto im PayPal-Fenster.',
  paypalSaving: 'PayPal-Konto wird hinterlegt …',
  paypalRegistered: 'PayPal-Konto hinterlegt',
  saveFailed: 'PayPal-Konto nicht hinterlegt',
  saveUnconfirmed: 'Hinterlegung des Kontos nicht bestätigt',
  saveErrorNotStarted:
    'Der Vorgang bei PayPal wurde nicht gestartet, es wurde kein Konto hinterlegt: Versuchen Sie es gleich noch einmal.',
  saveErrorNotStartedWith: (message: string) =>
    `Der Vorgang bei PayPal wurde nicht gestartet, es wurde kein Konto hinterlegt. ${sentence(message)}`,
  saveErrorDeclined: 'Das PayPal-Konto wurde nicht hinterlegt.',
  saveErrorDeclinedWith: (message: string) =>
    `Das PayPal-Konto wurde nicht hinterlegt. ${sentence(message)}`,
  saveErrorUnknown:
    'Wir wissen nicht, ob das PayPal-Konto hinterlegt wurde. Versuchen Sie es erneut: Falls dies bereits geschehen ist, wird es nicht doppelt hinterlegt.',
  saveErrorPayPal: 'PayPal hat den Vorgang nicht abgeschlossen: Sie können es erneut versuchen.',
  saveErrorPayPalFatal: 'Dieses Konto kann über PayPal nicht hinterlegt werden.',
  saveErrorPayPalConfig:
    'Um ein neues PayPal-Konto zu hinterlegen, fehlt die PayPal-Konfiguration (paypal-client-id, paypal-environment).',
  saveErrorUnreachable:
    'PayPal nicht erreichbar: Prüfen Sie die Verbindung und versuchen Sie es erneut, oder wählen Sie ein bereits hinterlegtes PayPal-Konto.',
  saveErrorNoHandler:
    'Das Hinterlegen eines PayPal-Kontos ist auf dieser Seite nicht eingerichtet.',
  errorHandler: 'Auf der Seite ist ein Fehler aufgetreten: Bitte versuchen Sie es später erneut.',
  errorDeclined: 'Die Anfrage wurde nicht angenommen.',
  errorDeclinedWith: (message: string) =>
    `Die Anfrage wurde nicht angenommen. ${sentence(message)}`,
  errorRejected:
    'Die Änderung konnte nicht bestätigt werden. Versuchen Sie es erneut: Falls sie bereits vorgenommen wurde, wird sie nicht wiederholt.',
  errorRejectedWith: (message: string) =>
    `Die Änderung konnte nicht bestätigt werden. ${sentence(message)} Versuchen Sie es erneut: Falls sie bereits vorgenommen wurde, wird sie nicht wiederholt.`,
  errorTimeout:
    'Keine Antwort in der vorgesehenen Zeit: Wir wissen nicht, ob die Änderung vorgenommen wurde. Versuchen Sie es erneut: Falls ja, wird sie nicht wiederholt.',
  errorNetwork:
    'Keine oder instabile Verbindung: Wir wissen nicht, ob die Änderung vorgenommen wurde. Prüfen Sie die Verbindung und versuchen Sie es erneut: Falls ja, wird sie nicht wiederholt.',
  errorInvalidResult:
    'Das System hat eine ungültige Antwort gegeben, daher wissen wir nicht, ob die Änderung vorgenommen wurde. Versuchen Sie es erneut: Falls ja, wird sie nicht wiederholt.',
  unconfirmed: 'Ergebnis der Änderung nicht bestätigt',
  elsewhere:
    'In einem anderen Fenster oder Tab wird gerade eine Änderung vorgenommen: Das Ergebnis erscheint auch hier.',
};
