import type { Translation } from '../../internal/terms.js';
import type { orderPayButton as it } from '../it/order-pay-button.js';
import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

const orderPayButton: Translation<typeof it> = {
  ...moneyProblems,
  payButton: 'Plačaj',
  payNotReady: 'na voljo, ko se stran naloži',
  payOrder: (number) => `Plačaj naročilo ${number}`,
  payStatusPaid: 'Plačano',
  payStatusPending: 'Plačilo v obdelavi',
  payStatusInProgress: 'Plačilo poteka',
  payStatusCancelled: 'Preklicano',
  payStatusExpired: 'Poteklo',
  payInvalidOrder: 'Naročila ni mogoče prikazati: prejeti podatki niso veljavni.',
  payInvalidMethods: 'Načinov plačila ni mogoče prikazati: prejeti podatki niso veljavni.',
  payInvalidSetting: 'Plačila ni mogoče prikazati: nastavitev te strani ni veljavna.',
  payClose: 'Zapri',
  payProceed: 'Nadaljuj',
  payStep: (step, steps, name) => `Korak ${step} od ${steps}: ${name}`,
  payStepChoose: 'izbira računa PayPal',
  payStepChooseMethod: 'način plačila',
  payStepReview: 'povzetek in plačilo',
  payMethodLegend: 'Način plačila',
  payMethodRenewal: 'S PayPalom se vklopi samodejno podaljšanje ob naslednjem poteku storitve.',
  payMethodNoRenewal: (name) => `S PayPalom samodejno podaljšanje ni na voljo za ${name}.`,
  payMethodRequired: 'Izberite način plačila.',
  payChargedTo: 'Račun za bremenitev',
  payBack: 'Nazaj',
  payRetry: 'Poskusi znova',
  payMethod: 'Način plačila: PayPal',
  payMethodHint:
    'Izberite že registriran račun PayPal ali „Nov račun PayPal“, če želite dodati novega.',
  payLoading: 'Nalaganje…',
  payLoadingAccounts: 'Nalaganje računov PayPal…',
  payAccountsFailed: 'Računov PayPal ni bilo mogoče naložiti.',
  payAccountsFailedWith: (message) =>
    `Računov PayPal ni bilo mogoče naložiti. ${sentence(message)}`,
  payAccountsNoHandler: 'Računi PayPal na tej strani niso nastavljeni.',
  payAccountsTimeout: 'Med nalaganjem računov PayPal v predvidenem času ni bilo odgovora.',
  payAccountsNetwork: 'Povezave ni ali je nestabilna: računov PayPal ni bilo mogoče naložiti.',
  payAccountsInvalid: (detail) => `Prejeti računi PayPal niso veljavni. ${detail}`,
  payAuthorizing: 'Odobritev plačila poteka…',
  paySucceeded: 'Plačilo je uspelo',
  payAmount: (amount) => `Plačani znesek: ${amount}`,
  payAmountPending: (amount) => `Znesek: ${amount}`,
  payEmail: 'Prejeli boste e-poštno sporočilo s potrditvijo plačila.',
  payRenewalActive:
    'Samodejno podaljšanje je vklopljeno: prejeli boste e-poštno sporočilo s potrditvijo vklopa.',
  payPendingTitle: 'Plačilo v obdelavi',
  payPendingText:
    'Plačilo je bilo sprejeto in je v obdelavi: ko bo zaključeno, boste prejeli e-poštno sporočilo. Ponovno plačilo ni potrebno.',
  payReference: 'Referenca plačila',
  payChecking: 'Preverjamo prejšnje plačilo…',
  payElsewhere: 'Plačilo tega naročila poteka v drugem oknu ali zavihku: izid bo prikazan tukaj.',
  payReleased:
    'Plačilo, začeto v drugem oknu ali zavihku, ni bilo zaključeno: plačate lahko tukaj.',
  payFailed: 'Plačilo ni uspelo',
  payUnconfirmed: 'Izid plačila ni potrjen',
  payErrorDeclinedWith: (message) =>
    `Plačilo ni bilo odobreno in nič vam ni bilo zaračunano. ${sentence(message)}`,
  payErrorDeclined: 'Plačilo ni bilo odobreno in nič vam ni bilo zaračunano.',
  payErrorRejectedWith: (message) =>
    `Plačila ni bilo mogoče potrditi. ${sentence(message)} Poskusite znova: če je plačilo že uspelo, vam ne bo zaračunano še enkrat.`,
  payErrorRejected:
    'Plačila ni bilo mogoče potrditi. Poskusite znova: če je plačilo že uspelo, vam ne bo zaračunano še enkrat.',
  payErrorNetwork:
    'Povezave ni ali je nestabilna: ne vemo, ali je bilo plačilo poslano. Preverite povezavo in poskusite znova: če je plačilo že uspelo, vam ne bo zaračunano še enkrat.',
  payErrorHandler: 'Na strani je prišlo do napake: poskusite znova pozneje.',
  payErrorInvalidResult:
    'Plačilni sistem je vrnil neveljaven odgovor, zato ne vemo, ali je plačilo uspelo. Poskusite znova: če je uspelo, vam ne bo zaračunano še enkrat.',
  payErrorNoHandler: 'Plačilo na tej strani ni nastavljeno.',
  payErrorNotStartedWith: (message) =>
    `Plačilo se ni začelo in nič vam ni bilo zaračunano. ${sentence(message)}`,
  payErrorNotStarted:
    'Plačilo se ni začelo in nič vam ni bilo zaračunano: poskusite znova čez nekaj trenutkov.',
  payErrorTimeout:
    'Plačilni sistem v predvidenem času ni odgovoril. Poskusite znova: če je plačilo že uspelo, vam ne bo zaračunano še enkrat.',
  payErrorPayPalConfig:
    'Za registracijo novega računa PayPal manjkajo nastavitve PayPal (paypal-client-id, paypal-environment).',
  payErrorUnknown: 'Plačilo ni uspelo: poskusite znova pozneje.',
  payPayPalCancelled: 'Zaprli ste okno PayPal: nobeno plačilo ni bilo izvedeno.',
  payPayPalLoading: 'Nalaganje PayPala…',
  payPayPalWaiting: 'Čakanje na PayPal: dokončajte plačilo v oknu PayPal.',
  payPayPalUnreachable: 'PayPal ni dosegljiv',
  payPayPalBlocked: 'PayPal je blokiran zaradi varnostnega pravilnika strani',
  payPayPalBlockedHint:
    'Ta stran ne dovoli nalaganja PayPala (Content Security Policy). Vrnite se nazaj in izberite že registriran račun PayPal ali pa težavo sporočite upravljavcu spletnega mesta.',
  payPayPalUnreachableHint:
    'Preverite povezavo in poskusite znova ali pa se vrnite nazaj in izberite že registriran račun PayPal.',
  payErrorPayPal: 'PayPal plačila ni dokončal: lahko poskusite znova.',
  payErrorPayPalFatal:
    'PayPal tega plačila ne more dokončati: vrnite se nazaj in izberite drug račun.',
  payAccountRegistered: 'Račun PayPal je registriran za prihodnja plačila',
};

export default orderPayButton;
