import type { Translation } from '../../internal/terms.js';
import type { partySwitch as it } from '../it/party-switch.js';

/** Slovenian agrees with 1 (101…), 2 (102…), 3–4 (103…) and the rest: `Intl.PluralRules('sl')`. */
const found = {
  one: 'najdena organizacija',
  two: 'najdeni organizaciji',
  few: 'najdene organizacije',
} as Record<string, string>;

const partySwitch: Translation<typeof it> = {
  partyChange: 'Zamenjaj organizacijo',
  partyChoose: 'Izberi organizacijo',
  partyRoleAdmin: 'Skrbnik',
  partyRoleOperator: 'Operater',
  partySearch: 'Iščite po imenu, davčni številki ali kodi IPA',
  partyList: 'Vaše organizacije',
  partyResults: (count, plural) => `${count} ${found[plural] ?? 'najdenih organizacij'}`,
  partyNoResults: 'Ni najdenih organizacij',
  partyDisabled: 'Onemogočeno',
  partyPending: 'Čaka na pridružitev',
  partyTaxCode: (code) => `Davčna številka ${code}`,
  partyIpaCode: (code) => `Koda IPA ${code}`,
  partyCurrent: 'Trenutna organizacija',
  partyChosen: (name) => `Izbrali ste: ${name}`,
  partyInvalid: 'Organizacij ni mogoče prikazati: prejeti podatki niso veljavni.',
};

export default partySwitch;
