import type { Translation } from '../../internal/terms.js';
import type { partySwitch as it } from '../it/party-switch.js';

const partySwitch: Translation<typeof it> = {
  partyChange: 'Körperschaft wechseln',
  partyChoose: 'Körperschaft wählen',
  partyRoleAdmin: 'Administrator',
  partyRoleOperator: 'Operator',
  partySearch: 'Nach Name, Steuernummer oder IPA-Code suchen',
  partyList: 'Ihre Körperschaften',
  partyResults: (count, plural) =>
    plural === 'one' ? `${count} Körperschaft gefunden` : `${count} Körperschaften gefunden`,
  partyNoResults: 'Keine Körperschaft gefunden',
  partyDisabled: 'Deaktiviert',
  partyPending: 'Beitritt ausstehend',
  partyTaxCode: (code) => `St.-Nr. ${code}`,
  partyIpaCode: (code) => `IPA-Code ${code}`,
  partyCurrent: 'Aktuelle Körperschaft',
  partyChosen: (name) => `Sie haben ${name} gewählt`,
  partyInvalid:
    'Die Körperschaften können nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
};

export default partySwitch;
