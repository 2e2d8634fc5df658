import type { Translation } from '../../internal/terms.js';
import type { envPicker as it } from '../it/env-picker.js';

const envPicker: Translation<typeof it> = {
  manage: 'Verwalten',
  envDialogTitle: 'Welche Umgebung möchten Sie öffnen?',
  envCancel: 'Abbrechen',
  envEnter: 'Öffnen',
  envChooseFirst: 'Wählen Sie zuerst eine Umgebung.',
  envCollaudo: 'Testumgebung',
  envCollaudoDescription: 'Hier lernen Sie das Produkt kennen und testen es gefahrlos',
  envProduzione: 'Produktionsumgebung',
  envProduzioneDescription: 'Hier arbeiten Sie mit echten Daten',
};

export default envPicker;
