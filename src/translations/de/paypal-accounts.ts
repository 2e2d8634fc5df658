import type { Translation } from '../../internal/terms.js';
import type { paypalAccounts as it } from '../it/paypal-accounts.js';
import { changeTerms } from './change-terms.js';

const paypalAccounts: Translation<typeof it> = {
  ...changeTerms,
  listLabel: 'Hinterlegte PayPal-Konten',
  empty: 'Sie haben noch kein PayPal-Konto hinterlegt.',
  usedBy: (names) => `Wird für die automatische Verlängerung von ${names} verwendet.`,
  notUsed: 'Wird für keine automatische Verlängerung verwendet.',
  remove: 'Entfernen',
  removeLabel: (email) => `PayPal-Konto ${email} entfernen`,
  add: 'PayPal-Konto hinzufügen',
  addHint:
    'Hinterlegen Sie ein PayPal-Konto für künftige Zahlungen und Verlängerungen, ohne jetzt etwas zu bezahlen.',
  addCancelled: 'Sie haben das PayPal-Fenster geschlossen: Es wurde kein Konto hinterlegt.',
  removeTitle: 'PayPal-Konto entfernen?',
  removeUsed: (names, count) =>
    count === 1
      ? `Die automatische Verlängerung von ${names} nutzt dieses Konto: Wenn Sie es entfernen, wird der Dienst nicht mehr automatisch verlängert und läuft zu seinem Ablaufdatum ab.`
      : `Die automatischen Verlängerungen von ${names} nutzen dieses Konto: Wenn Sie es entfernen, werden diese Dienste nicht mehr automatisch verlängert und laufen jeweils zu ihrem Ablaufdatum ab.`,
  removeUnused:
    'Das Konto wird für Zahlungen nicht mehr angeboten. Sie können es jederzeit erneut hinterlegen.',
  removeConfirm: 'Konto entfernen',
  removing: 'PayPal-Konto wird entfernt …',
  removed: 'PayPal-Konto entfernt',
  removedText: 'Das Konto ist für Zahlungen nicht mehr hinterlegt.',
  removedStopped: (names, count) =>
    count === 1
      ? `Die automatische Verlängerung von ${names} ist nicht mehr aktiv.`
      : `Die automatischen Verlängerungen von ${names} sind nicht mehr aktiv.`,
  removeFailed: 'PayPal-Konto nicht entfernt',
  errorNoHandler: 'Die Verwaltung der PayPal-Konten ist auf dieser Seite nicht eingerichtet.',
  invalidAccounts:
    'Die PayPal-Konten können nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
  invalidServices:
    'Die PayPal-Konten können nicht angezeigt werden: Die Daten der Dienste sind ungültig.',
};

export default paypalAccounts;
