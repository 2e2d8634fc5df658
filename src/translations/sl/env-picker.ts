import type { Translation } from '../../internal/terms.js';
import type { envPicker as it } from '../it/env-picker.js';

const envPicker: Translation<typeof it> = {
  manage: 'Upravljaj',
  envDialogTitle: 'V katero okolje želite vstopiti?',
  envCancel: 'Prekliči',
  envEnter: 'Vstopi',
  envChooseFirst: 'Najprej izberite okolje.',
  envCollaudo: 'Testno okolje',
  envCollaudoDescription: 'Omogoča vam, da spoznate produkt in ga varno preizkusite',
  envProduzione: 'Produkcijsko okolje',
  envProduzioneDescription: 'Omogoča vam delo z resničnimi podatki',
};

export default envPicker;
