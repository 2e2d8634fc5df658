import type { Translation } from '../../internal/terms.js';
import type { envPicker as it } from '../it/env-picker.js';

const envPicker: Translation<typeof it> = {
  manage: 'Manage',
  envDialogTitle: 'Which environment do you want to enter?',
  envCancel: 'Cancel',
  envEnter: 'Enter',
  envChooseFirst: 'Choose an environment first.',
  envCollaudo: 'Test environment',
  envCollaudoDescription: 'Lets you get to know the product and try it out safely',
  envProduzione: 'Production environment',
  envProduzioneDescription: 'Lets you work with real data',
};

export default envPicker;
