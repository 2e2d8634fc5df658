import type { Translation } from '../../internal/terms.js';
import type { paypalAccountSelect as it } from '../it/paypal-account-select.js';
import { moneyProblems } from './money-problems.js';

const paypalAccountSelect: Translation<typeof it> = {
  ...moneyProblems,
  paypalLabel: 'PayPal account',
  paypalPlaceholder: 'Choose a PayPal account',
  paypalNewAccount: 'New PayPal account',
  paypalAccountOption: (label, email) => `${label} — ${email}`,
  paypalNoAccounts:
    'You have not registered a PayPal account yet: after the summary, Continue and pay takes you to PayPal and the new account is saved for future payments.',
  paypalNewAccountNote:
    'After the summary, Continue and pay takes you to PayPal to register the new account, which is saved for future payments.',
  paypalRequired: 'Choose a PayPal account or New PayPal account.',
  paypalRenewalOn:
    'Paying with PayPal turns on automatic renewal of the service at its next expiry.',
  paypalRenewalPeriod: (period) => `Renewal period: ${period}.`,
  paypalRenewalNext: (date) => `Next charge: ${date}.`,
  paypalRenewalAmount: (amount) => `Renewal amount: ${amount} incl. VAT.`,
  paypalRenewalOff: (name) => `Automatic renewal is not available for ${name}`,
  paypalRenewalOffKind: '(not offered for Digital Signature and Time Stamp)',
  paypalRenewalOffOrder: '(not offered for this order)',
  paypalRenewalInfo: 'How to turn off automatic renewal',
  paypalAccountsInvalid: 'The PayPal accounts cannot be shown: the data received are not valid.',
  paypalOrderInvalid: 'The renewal terms cannot be shown: the order data are not valid.',
};

export default paypalAccountSelect;
