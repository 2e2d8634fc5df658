import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** The words `<auto-renewal-control>` and `<paypal-accounts>` share (each carries a copy). */
export const changeTerms = {
  ...moneyProblems,
  problemUnlisted: 'ni med registriranimi računi PayPal',
  close: 'Zapri',
  cancel: 'Prekliči',
  retry: 'Poskusi znova',
  back: 'Nazaj',
  loadingAccounts: 'Nalaganje računov PayPal…',
  accountsFailed: 'Računov PayPal ni bilo mogoče naložiti.',
  accountsFailedWith: (message: string) =>
    `Računov PayPal ni bilo mogoče naložiti. ${sentence(message)}`,
  accountsNoHandler: 'Računi PayPal na tej strani niso nastavljeni.',
  accountsTimeout: 'Med nalaganjem računov PayPal v predvidenem času ni bilo odgovora.',
  accountsNetwork: 'Povezave ni ali je nestabilna: računov PayPal ni bilo mogoče naložiti.',
  accountsInvalid: (detail: string) => `Prejeti računi PayPal niso veljavni. ${detail}`,
  paypalLoading: 'Nalaganje PayPala…',
  paypalWaiting: 'Čakanje na PayPal: dokončajte registracijo računa v oknu PayPal.',
  paypalSaving: 'Registracija računa PayPal poteka…',
  paypalRegistered: 'Račun PayPal je registriran',
  saveFailed: 'Račun PayPal ni bil registriran',
  saveUnconfirmed: 'Registracija računa ni potrjena',
  saveErrorNotStarted:
    'Registracija pri PayPalu se ni začela in noben račun ni bil registriran: poskusite znova čez nekaj trenutkov.',
  saveErrorNotStartedWith: (message: string) =>
    `Registracija pri PayPalu se ni začela in noben račun ni bil registriran. ${sentence(message)}`,
  saveErrorDeclined: 'Račun PayPal ni bil registriran.',
  saveErrorDeclinedWith: (message: string) =>
    `Račun PayPal ni bil registriran. ${sentence(message)}`,
  saveErrorUnknown:
    'Ne vemo, ali je bil račun PayPal registriran. Poskusite znova: če je že registriran, ne bo registriran dvakrat.',
  saveErrorPayPal: 'PayPal registracije ni dokončal: lahko poskusite znova.',
  saveErrorPayPalFatal: 'PayPal tega računa ne more registrirati.',
  saveErrorPayPalConfig:
    'Za registracijo novega računa PayPal manjkajo nastavitve PayPal (paypal-client-id, paypal-environment).',
  saveErrorUnreachable:
    'PayPal ni dosegljiv: preverite povezavo in poskusite znova ali pa izberite že registriran račun PayPal.',
  saveErrorNoHandler: 'Registracija računa PayPal na tej strani ni nastavljena.',
  errorHandler: 'Na strani je prišlo do napake: poskusite znova pozneje.',
  errorDeclined: 'Zahteva ni bila sprejeta.',
  errorDeclinedWith: (message: string) => `Zahteva ni bila sprejeta. ${sentence(message)}`,
  errorRejected:
    'Spremembe ni bilo mogoče potrditi. Poskusite znova: če je bila že izvedena, ne bo ponovljena.',
  errorRejectedWith: (message: string) =>
    `Spremembe ni bilo mogoče potrditi. ${sentence(message)} Poskusite znova: če je bila že izvedena, ne bo ponovljena.`,
  errorTimeout:
    'V predvidenem času ni bilo odgovora: ne vemo, ali je bila sprememba izvedena. Poskusite znova: če je bila, ne bo ponovljena.',
  errorNetwork:
    'Povezave ni ali je nestabilna: ne vemo, ali je bila sprememba izvedena. Preverite povezavo in poskusite znova: če je bila, ne bo ponovljena.',
  errorInvalidResult:
    'Sistem je vrnil neveljaven odgovor, zato ne vemo, ali je bila sprememba izvedena. Poskusite znova: če je bila, ne bo ponovljena.',
  unconfirmed: 'Izid spremembe ni potrjen',
  elsewhere: 'V drugem oknu ali zavihku poteka sprememba: izid bo prikazan tudi tukaj.',
};
