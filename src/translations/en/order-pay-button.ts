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
  payButton: 'Pay',
  payNotReady: 'available once the page has loaded',
  payOrder: (number) => `Pay order ${number}`,
  payStatusPaid: 'Paid',
  payStatusPending: 'Payment processing',
  payStatusInProgress: 'Payment in progress',
  payStatusCancelled: 'Cancelled',
  payStatusExpired: 'Expired',
  payInvalidOrder: 'The order cannot be shown: the data received are not valid.',
  payInvalidMethods: 'The payment methods cannot be shown: the data received are not valid.',
  payInvalidSetting: 'The payment cannot be shown: a setting of this page is not valid.',
  payClose: 'Close',
  payProceed: 'Continue',
  payStep: (step, steps, name) => `Step ${step} of ${steps}: ${name}`,
  payStepChoose: 'choose a PayPal account',
  payStepChooseMethod: 'payment method',
  payStepReview: 'summary and payment',
  payMethodLegend: 'Payment method',
  payMethodRenewal:
    'With PayPal, automatic renewal is turned on for the next expiry of the service.',
  payMethodNoRenewal: (name) => `With PayPal, automatic renewal is not available for ${name}.`,
  payMethodRequired: 'Choose a payment method.',
  payChargedTo: 'Charged to',
  payBack: 'Back',
  payRetry: 'Try again',
  payMethod: 'Payment method: PayPal',
  payMethodHint: 'Choose a PayPal account you have registered, or New PayPal account to add one.',
  payLoading: 'Loading…',
  payLoadingAccounts: 'Loading your PayPal accounts…',
  payAccountsFailed: 'Your PayPal accounts could not be loaded.',
  payAccountsFailedWith: (message) =>
    `Your PayPal accounts could not be loaded. ${sentence(message)}`,
  payAccountsNoHandler: 'PayPal accounts are not configured on this page.',
  payAccountsTimeout: 'No answer in time while loading your PayPal accounts.',
  payAccountsNetwork: 'No or unstable connection: your PayPal accounts could not be loaded.',
  payAccountsInvalid: (detail) => `The PayPal accounts received are not valid. ${detail}`,
  payAuthorizing: 'Authorising the payment…',
  paySucceeded: 'Payment completed',
  payAmount: (amount) => `Amount paid: ${amount}`,
  payAmountPending: (amount) => `Amount: ${amount}`,
  payEmail: 'You will receive an e-mail confirming the payment.',
  payRenewalActive:
    'Automatic renewal is on: you will receive an e-mail confirming its activation.',
  payPendingTitle: 'Payment processing',
  payPendingText:
    'The payment was accepted and is being processed: you will receive an e-mail when it is complete. There is no need to pay again.',
  payReference: 'Payment reference',
  payChecking: 'Checking the previous payment…',
  payElsewhere: 'This order is being paid in another window or tab: the outcome will appear here.',
  payReleased:
    'The payment started in another window or tab was not completed: you can pay from here.',
  payFailed: 'Payment failed',
  payUnconfirmed: 'Payment not confirmed',
  payErrorDeclinedWith: (message) =>
    `The payment was not authorised and nothing was charged. ${sentence(message)}`,
  payErrorDeclined: 'The payment was not authorised and nothing was charged.',
  payErrorRejectedWith: (message) =>
    `The payment could not be confirmed. ${sentence(message)} Try again: if it already went through, you will not be charged twice.`,
  payErrorRejected:
    'The payment could not be confirmed. Try again: if it already went through, you will not be charged twice.',
  payErrorNetwork:
    'No or unstable connection: we do not know whether the payment went out. Check your connection and try again: if it already went through, you will not be charged twice.',
  payErrorHandler: 'Something went wrong on this page: please try again later.',
  payErrorInvalidResult:
    'The payment system gave an invalid answer, so we do not know whether the payment went through. Try again: if it did, you will not be charged twice.',
  payErrorNoHandler: 'Payment is not configured on this page.',
  payErrorNotStartedWith: (message) =>
    `The payment did not start and nothing was charged. ${sentence(message)}`,
  payErrorNotStarted: 'The payment did not start and nothing was charged: try again in a moment.',
  payErrorTimeout:
    'No answer from the payment system in time. Try again: if the payment already went through, you will not be charged twice.',
  payErrorPayPalConfig:
    'Registering a new PayPal account needs the PayPal configuration, which is missing (paypal-client-id, paypal-environment).',
  payErrorUnknown: 'The payment failed: please try again later.',
  payPayPalCancelled: 'You closed the PayPal window: no payment was made.',
  payPayPalLoading: 'Loading PayPal…',
  payPayPalWaiting: 'Waiting for PayPal: complete the payment in the PayPal window.',
  payPayPalBlocked: "PayPal blocked by the page's security policy",
  payPayPalBlockedHint:
    'This page does not allow PayPal to load (Content Security Policy). Go back and choose a PayPal account you registered before, or report the problem to the site.',
  payPayPalUnreachable: 'PayPal cannot be reached',
  payPayPalUnreachableHint:
    'Check your connection and try again, or go back and choose a PayPal account already registered.',
  payErrorPayPal: 'PayPal did not complete the payment: you can try again.',
  payErrorPayPalFatal: 'PayPal cannot complete this payment: go back and choose another account.',
  payAccountRegistered: 'PayPal account registered for future payments',
};

export default orderPayButton;
