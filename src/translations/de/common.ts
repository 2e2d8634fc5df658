import type { Translation } from '../../internal/terms.js';
import type { common as it } from '../it/common.js';

const common: Translation<typeof it> = {
  partLoadFailed:
    'Diese Auswahl konnte nicht geöffnet werden: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  invalidProduct: 'Das Produkt kann nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
  invalidDetail: (field, problem) => `Feld „${field}“: ${problem}.`,
  problemRequired: 'fehlt',
  problemType: 'falscher Typ',
  problemDuplicate: 'doppelter Wert',
  problemUrl: 'nur http- oder https-Adressen sind zulässig',
  problemJson: 'ungültiges JSON',
  problemUnknown: 'unbekannter Wert',
  problemTooManyEnvironments: (max) => `höchstens ${max} Umgebungen`,
};

export default common;
