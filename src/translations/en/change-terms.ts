import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** The words `<auto-renewal-control>` and `<paypal-accounts>` share (each carries a copy). */
export const changeTerms = {
  ...moneyProblems,
  problemUnlisted: 'not among the registered PayPal accounts',
  close: 'Close',
  cancel: 'Cancel',
  retry: 'Try again',
  back: 'Back',
  loadingAccounts: 'Loading your PayPal accounts…',
  accountsFailed: 'Your PayPal accounts could not be loaded.',
  accountsFailedWith: (message: string) =>
    `Your PayPal accounts could not be loaded. ${sentence(message)}`,
  accountsNoHandler: 'PayPal accounts are not configured on this page.',
  accountsTimeout: 'No answer in time while loading your PayPal accounts.',
  accountsNetwork: 'No or unstable connection: your PayPal accounts could not be loaded.',
  accountsInvalid: (detail: string) => `The PayPal accounts received are not valid. ${detail}`,
  paypalLoading: 'Loading PayPal…',
  paypalWaiting: 'Waiting for PayPal: complete the registration in the PayPal window.',
  paypalSaving: 'Registering the PayPal account…',
  paypalRegistered: 'PayPal account registered',
  saveFailed: 'PayPal account not registered',
  saveUnconfirmed: 'Registration not confirmed',
  saveErrorNotStarted:
    'The registration with PayPal did not start and no account was registered: try again in a moment.',
  saveErrorNotStartedWith: (message: string) =>
    `The registration with PayPal did not start and no account was registered. ${sentence(message)}`,
  saveErrorDeclined: 'The PayPal account was not registered.',
  saveErrorDeclinedWith: (message: string) =>
    `The PayPal account was not registered. ${sentence(message)}`,
  saveErrorUnknown:
    'We do not know whether the PayPal account was registered. Try again: if it was, it will not be registered twice.',
  saveErrorPayPal: 'PayPal did not complete the registration: you can try again.',
  saveErrorPayPalFatal: 'PayPal cannot register this account.',
  saveErrorPayPalConfig:
    'Registering a new PayPal account needs the PayPal configuration, which is missing (paypal-client-id, paypal-environment).',
  saveErrorUnreachable:
    'PayPal cannot be reached: check your connection and try again, or choose a PayPal account already registered.',
  saveErrorNoHandler: 'Registering a PayPal account is not configured on this page.',
  errorHandler: 'Something went wrong on this page: please try again later.',
  errorDeclined: 'The request was not accepted.',
  errorDeclinedWith: (message: string) => `The request was not accepted. ${sentence(message)}`,
  errorRejected:
    'The change could not be confirmed. Try again: if it was already made, it will not be repeated.',
  errorRejectedWith: (message: string) =>
    `The change could not be confirmed. ${sentence(message)} Try again: if it was already made, it will not be repeated.`,
  errorTimeout:
    'No answer in time: we do not know whether the change was made. Try again: if it was, it will not be repeated.',
  errorNetwork:
    'No or unstable connection: we do not know whether the change was made. Check your connection and try again: if it was, it will not be repeated.',
  errorInvalidResult:
    'The system gave an invalid answer, so we do not know whether the change was made. Try again: if it was, it will not be repeated.',
  unconfirmed: 'Change not confirmed',
  elsewhere: 'A change is in progress in another window or tab: its outcome will show here too.',
};
