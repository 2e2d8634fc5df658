import type { Translation } from './it.js';

export const en: Translation = {
  manage: 'Manage',
  envDialogTitle: 'Which environment do you want to enter?',
  envCancel: 'Cancel',
  envEnter: 'Enter',
  envCollaudo: 'Test environment',
  envCollaudoDescription: 'Lets you get to know the product and try it out safely',
  envProduzione: 'Production environment',
  envProduzioneDescription: 'Lets you work with real data',
  invalidProduct: 'The product cannot be shown: the data received are not valid.',
  invalidDetail: (field, problem) => `Field “${field}”: ${problem}.`,
  problemRequired: 'missing',
  problemType: 'wrong type',
  problemDuplicate: 'repeated value',
  problemUrl: 'only http or https addresses are allowed',
  problemJson: 'malformed JSON',
};
