import type { Translation } from '../../internal/terms.js';
import type { paypalAccounts as it } from '../it/paypal-accounts.js';
import { changeTerms } from './change-terms.js';

const paypalAccounts: Translation<typeof it> = {
  ...changeTerms,
  listLabel: 'Registered PayPal accounts',
  empty: 'You have not registered a PayPal account yet.',
  usedBy: (names) => `Used for the automatic renewal of ${names}.`,
  notUsed: 'Not used for automatic renewals.',
  remove: 'Remove',
  removeLabel: (email) => `Remove the PayPal account ${email}`,
  add: 'Add PayPal account',
  addHint:
    'Registers a PayPal account for your next payments and renewals, without paying anything now.',
  addCancelled: 'You closed the PayPal window: no account was registered.',
  removeTitle: 'Remove the PayPal account?',
  removeUsed: (names, count) =>
    count === 1
      ? `The automatic renewal of ${names} uses this account: if you remove it, the service will no longer renew automatically and will expire on its date.`
      : `The automatic renewals of ${names} use this account: if you remove it, these services will no longer renew automatically and will each expire on its date.`,
  removeUnused:
    'The account will no longer be offered for payments. You can register it again at any time.',
  removeConfirm: 'Remove account',
  removing: 'Removing the PayPal account…',
  removed: 'PayPal account removed',
  removedText: 'The account is no longer registered for payments.',
  removedStopped: (names, count) =>
    count === 1
      ? `The automatic renewal of ${names} is no longer on.`
      : `The automatic renewals of ${names} are no longer on.`,
  removeFailed: 'PayPal account not removed',
  errorNoHandler: 'Managing PayPal accounts is not configured on this page.',
  invalidAccounts: 'The PayPal accounts cannot be shown: the data received are not valid.',
  invalidServices: 'The PayPal accounts cannot be shown: the services data are not valid.',
};

export default paypalAccounts;
