import type { Translation } from '../../internal/terms.js';
import type { paypalAccounts as it } from '../it/paypal-accounts.js';
import { changeTerms } from './change-terms.js';

/**
 * The services are named, not counted, so they agree as listed nouns do: one, two (the dual),
 * more. Not `Intl.PluralRules('sl')`, which follows a numeral's last digits (101 → one).
 */
const form = (count: number) => (count === 1 ? 'one' : count === 2 ? 'two' : 'other');

const paypalAccounts: Translation<typeof it> = {
  ...changeTerms,
  listLabel: 'Registrirani računi PayPal',
  empty: 'Niste še registrirali računa PayPal.',
  usedBy: (names) => `Uporablja se za samodejno podaljšanje: ${names}.`,
  notUsed: 'Ne uporablja se za samodejna podaljšanja.',
  remove: 'Odstrani',
  removeLabel: (email) => `Odstrani račun PayPal ${email}`,
  add: 'Dodaj račun PayPal',
  addHint:
    'Registrirajte račun PayPal za prihodnja plačila in podaljšanja, ne da bi zdaj kar koli plačali.',
  addCancelled: 'Zaprli ste okno PayPal: noben račun ni bil registriran.',
  removeTitle: 'Želite odstraniti račun PayPal?',
  removeUsed: (names, count) =>
    ({
      one: `Samodejno podaljšanje storitve ${names} uporablja ta račun: če ga odstranite, se storitev ne bo več samodejno podaljševala in bo potekla ob izteku veljavnosti.`,
      two: `Samodejni podaljšanji storitev ${names} uporabljata ta račun: če ga odstranite, se storitvi ne bosta več samodejno podaljševali in bosta potekli vsaka ob izteku svoje veljavnosti.`,
      other: `Samodejna podaljšanja storitev ${names} uporabljajo ta račun: če ga odstranite, se storitve ne bodo več samodejno podaljševale in bodo potekle vsaka ob izteku svoje veljavnosti.`,
    })[form(count)],
  removeUnused: 'Račun ne bo več ponujen za plačila. Kadar koli ga lahko znova registrirate.',
  removeConfirm: 'Odstrani račun',
  removing: 'Odstranjevanje računa PayPal…',
  removed: 'Račun PayPal je odstranjen',
  removedText: 'Račun ni več registriran za plačila.',
  removedStopped: (names, count) =>
    ({
      one: `Samodejno podaljšanje storitve ${names} ni več aktivno.`,
      two: `Samodejni podaljšanji storitev ${names} nista več aktivni.`,
      other: `Samodejna podaljšanja storitev ${names} niso več aktivna.`,
    })[form(count)],
  removeFailed: 'Račun PayPal ni bil odstranjen',
  errorNoHandler: 'Upravljanje računov PayPal na tej strani ni nastavljeno.',
  invalidAccounts: 'Računov PayPal ni mogoče prikazati: prejeti podatki niso veljavni.',
  invalidServices: 'Računov PayPal ni mogoče prikazati: podatki storitev niso veljavni.',
};

export default paypalAccounts;
