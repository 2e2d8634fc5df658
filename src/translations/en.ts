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
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Production',
  // product-card (keys added by the product-card work go here)
  // product-switch (keys added by the product-switch work go here)
  // party-switch (keys added by the party-switch work go here)
  invalidData: 'The content cannot be shown: the data received are not valid.',
  invalidProduct: 'The product cannot be shown: the data received are not valid.',
  invalidDetail: (field, problem) => `Field “${field}”: ${problem}.`,
  problemRequired: 'missing',
  problemType: 'wrong type',
  problemDuplicate: 'repeated value',
  problemUrl: 'only http or https addresses are allowed',
  problemJson: 'malformed JSON',
  problemUnknown: 'unrecognised value',
};
