import type { Translation } from '../internal/terms.js';
import type * as it from './it.js';

export const common: Translation<typeof it.common> = {
  invalidProduct: 'The product cannot be shown: the data received are not valid.',
  invalidDetail: (field, problem) => `Field “${field}”: ${problem}.`,
  problemRequired: 'missing',
  problemType: 'wrong type',
  problemDuplicate: 'repeated value',
  problemUrl: 'only http or https addresses are allowed',
  problemJson: 'malformed JSON',
  problemUnknown: 'unrecognised value',
};

export const envPicker: Translation<typeof it.envPicker> = {
  manage: 'Manage',
  envDialogTitle: 'Which environment do you want to enter?',
  envCancel: 'Cancel',
  envEnter: 'Enter',
  envCollaudo: 'Test environment',
  envCollaudoDescription: 'Lets you get to know the product and try it out safely',
  envProduzione: 'Production environment',
  envProduzioneDescription: 'Lets you work with real data',
};

export const productCard: Translation<typeof it.productCard> = {
  productNoRole: "You don't have a role to manage this product",
  productPending: 'Membership pending',
  productJoin: 'Join',
  productJoinLabel: (name) => `Join ${name}`,
  productInfo: 'Learn more',
  productInfoLabel: (name) => `Learn more about ${name}`,
};

export const productSwitch: Translation<typeof it.productSwitch> = {
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Production',
  productSwitchBeforeBadge: ', ',
  productSwitchAfterBadge: ' environment',
  productSwitchAction: ', switch product',
  productSwitchChoose: 'Choose a product',
  productSwitchMenu: 'Products',
  productSwitchInvalid: 'The product menu cannot be shown: the data received are not valid.',
};

export const partySwitch: Translation<typeof it.partySwitch> = {
  partyChange: 'Change organisation',
  partyChoose: 'Choose an organisation',
  partyRoleAdmin: 'Administrator',
  partyRoleOperator: 'Operator',
  partySearch: 'Search by name, tax code or IPA code',
  partyList: 'Your organisations',
  partyResults: (count, plural) =>
    plural === 'one' ? `${count} organisation found` : `${count} organisations found`,
  partyNoResults: 'No organisation found',
  partyDisabled: 'Disabled',
  partyPending: 'Membership pending',
  partyTaxCode: (code) => `Tax code ${code}`,
  partyInvalid: 'The organisations cannot be shown: the data received are not valid.',
};
