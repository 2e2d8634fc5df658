import type { Translation } from '../../internal/terms.js';
import type { autoRenewalControl as it } from '../it/auto-renewal-control.js';
import { changeTerms } from './change-terms.js';

const autoRenewalControl: Translation<typeof it> = {
  ...changeTerms,
  renewalOn: 'Automatic renewal on',
  renewalOff: 'Automatic renewal off',
  renewalUnavailable: 'Automatic renewal not available',
  renewalUnavailableKind: 'It is not offered for Digital Signature and Time Stamp.',
  renewalUnavailableService: 'It is not offered for this service.',
  renewalAmount: 'Renewal amount',
  renewalAmountValue: (amount) => `${amount} incl. VAT`,
  renewalPeriod: 'Renewal period',
  renewalNext: 'Next charge',
  renewalAccount: 'Charged to',
  renewalExpiry: (date) => `The service expires on ${date}.`,
  renewalBusy: 'Changing the automatic renewal…',
  disable: 'Turn off',
  disableLabel: (name) => `Turn off automatic renewal of ${name}`,
  enable: 'Turn on',
  enableLabel: (name) => `Turn on automatic renewal of ${name}`,
  offTitle: (name) => `Turn off automatic renewal of ${name}?`,
  offText: (date) =>
    `The service will not be renewed: it expires on ${date} and nothing will be charged.`,
  offTextNoDate:
    'The service will not be renewed: it expires on its expiry date and nothing will be charged.',
  offAgain: 'You can turn automatic renewal on again at any time from the customer area.',
  offConfirm: 'Turn off renewal',
  onTitle: (name) => `Turn on automatic renewal of ${name}?`,
  onText:
    'At its expiry the service renews automatically, charging the PayPal account you choose here.',
  onStop: 'You can turn it off at any time from the customer area.',
  onConfirm: 'Turn on renewal',
  onConfirmNew: 'Continue to PayPal',
  onAccountLabel: 'PayPal account for the renewal',
  onNoAccounts:
    'You have not registered a PayPal account yet: Continue to PayPal registers one, without paying anything now.',
  onNewAccountNote:
    'Continue to PayPal takes you to PayPal to register the new account, without paying anything now.',
  onRequired: 'Choose a PayPal account or New PayPal account.',
  paypalCancelled:
    'You closed the PayPal window: no account was registered and automatic renewal was not turned on.',
  submittingOff: 'Turning off automatic renewal…',
  submittingOn: 'Turning on automatic renewal…',
  doneOff: 'Automatic renewal turned off',
  doneOffText: (date) =>
    `The service will not be renewed: it expires on ${date} and nothing will be charged.`,
  doneOffTextNoDate: 'The service will not be renewed and nothing will be charged.',
  doneOffEmail: 'You will receive an e-mail confirming it.',
  doneOn: 'Automatic renewal turned on',
  doneOnEmail: 'You will receive an e-mail confirming the activation of automatic renewal.',
  failedOff: 'Automatic renewal not turned off',
  failedOn: 'Automatic renewal not turned on',
  errorNoHandler: 'Managing automatic renewal is not configured on this page.',
  invalidService: 'The automatic renewal cannot be shown: the service data are not valid.',
  invalidAccounts:
    'The automatic renewal cannot be shown: the PayPal accounts received are not valid.',
};

export default autoRenewalControl;
