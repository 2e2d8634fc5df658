import type { Translation } from '../../internal/terms.js';
import type { partySwitch as it } from '../it/party-switch.js';

const partySwitch: Translation<typeof it> = {
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
  partyIpaCode: (code) => `IPA code ${code}`,
  partyCurrent: 'Current organisation',
  partyChosen: (name) => `You chose ${name}`,
  partyInvalid: 'The organisations cannot be shown: the data received are not valid.',
};

export default partySwitch;
