import type { Translation } from '../../internal/terms.js';
import type { partySwitch as it } from '../it/party-switch.js';

const partySwitch: Translation<typeof it> = {
  partyChange: 'Changer d’organisme',
  partyChoose: 'Choisir un organisme',
  partyRoleAdmin: 'Administrateur',
  partyRoleOperator: 'Opérateur',
  partySearch: 'Rechercher par nom, code fiscal ou code IPA',
  partyList: 'Vos organismes',
  // French counts 0 and 1 as "one": « 0 organisme trouvé ».
  partyResults: (count, plural) =>
    plural === 'one' ? `${count} organisme trouvé` : `${count} organismes trouvés`,
  partyNoResults: 'Aucun organisme trouvé',
  partyDisabled: 'Désactivé',
  partyPending: 'Adhésion en attente',
  partyTaxCode: (code) => `Code fiscal ${code}`,
  partyIpaCode: (code) => `Code IPA ${code}`,
  partyCurrent: 'Organisme actuel',
  partyChosen: (name) => `Vous avez choisi ${name}`,
  partyInvalid:
    'Les organismes ne peuvent pas être affichés : les données reçues ne sont pas valides.',
};

export default partySwitch;
