import type { Translation } from '../internal/terms.js';
import { MAX_ENVIRONMENTS, MAX_PRODUCTS } from '../model/product.js';
import type * as it from './it.js';

export const common: Translation<typeof it.common> = {
  invalidProduct: 'The product cannot be shown: the data received are not valid.',
  invalidDetail: (field, problem) => `Field “${field}”: ${problem}.`,
  problemRequired: 'missing',
  problemType: 'wrong type',
  problemDuplicate: 'repeated value',
  problemUrl: 'only http or https addresses are allowed',
  problemJson: 'malformed JSON',
  problemUnknown: 'unrecognised value',
  problemTooManyEnvironments: `at most ${MAX_ENVIRONMENTS} environments`,
};

export const envPicker: Translation<typeof it.envPicker> = {
  manage: 'Manage',
  envDialogTitle: 'Which environment do you want to enter?',
  envCancel: 'Cancel',
  envEnter: 'Enter',
  envChooseFirst: 'Choose an environment first.',
  envCollaudo: 'Test environment',
  envCollaudoDescription: 'Lets you get to know the product and try it out safely',
  envProduzione: 'Production environment',
  envProduzioneDescription: 'Lets you work with real data',
};

export const productCard: Translation<typeof it.productCard> = {
  productNoRole: "You don't have a role to manage this product",
  productPending: 'Membership pending',
  productJoin: 'Join',
  productJoinLabel: (name) => `Join ${name}`,
  productInfo: 'Learn more',
  productInfoLabel: (name) => `Learn more about ${name}`,
};

export const productSwitch: Translation<typeof it.productSwitch> = {
  problemTooManyProducts: `at most ${MAX_PRODUCTS} products`,
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Production',
  productSwitchBeforeBadge: ', ',
  productSwitchAfterBadge: ' environment',
  productSwitchAction: ', switch product',
  productSwitchChoose: 'Choose a product',
  productSwitchMenu: 'Products',
  productSwitchInvalid: 'The product menu cannot be shown: the data received are not valid.',
};

export const partySwitch: Translation<typeof it.partySwitch> = {
  partyChange: 'Change organisation',
  partyChoose: 'Choose an organisation',
  partyRoleAdmin: 'Administrator',
  partyRoleOperator: 'Operator',
  partySearch: 'Search by name, tax code or IPA code',
  partyList: 'Your organisations',
  partyResults: (count, plural) =>
    plural === 'one' ? `${count} organisation found` : `${count} organisations found`,
  partyNoResults: 'No organisation found',
  partyDisabled: 'Disabled',
  partyPending: 'Membership pending',
  partyTaxCode: (code) => `Tax code ${code}`,
  partyIpaCode: (code) => `IPA code ${code}`,
  partyCurrent: 'Current organisation',
  partyChosen: (name) => `You chose ${name}`,
  partyInvalid: 'The organisations cannot be shown: the data received are not valid.',
};

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
const moneyProblems = {
  opensInNewTab: 'opens in a new tab',
  problemReserved: 'reserved value, use another one',
  problemNegative: 'negative amount',
  problemAmount: 'not a valid amount',
  problemCurrency: 'unknown currency, or not the order’s currency',
};

export const paypalAccountSelect: Translation<typeof it.paypalAccountSelect> = {
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

export const orderSummary: Translation<typeof it.orderSummary> = {
  ...moneyProblems,
  summaryTitle: 'Order summary',
  summaryInvalid: 'The order summary cannot be shown: the data received are not valid.',
  summaryOrderNumber: 'Order no.',
  summaryProduct: 'Product',
  summaryLinesCaption: 'Order details',
  summaryDescription: 'Description',
  summaryQuantity: 'Quantity',
  summaryUnitPrice: 'Unit price',
  summaryAmount: 'Amount',
  summarySubtotal: 'Taxable amount',
  summaryVat: 'VAT',
  summaryVatRate: (rate) => `VAT (${rate})`,
  summaryTotal: 'Total incl. VAT',
  summaryPaymentTitle: 'Payment',
  summaryMethod: 'Payment method',
  summaryAccount: 'PayPal account',
  summaryNewAccount: 'New PayPal account: you will register it on PayPal',
  summaryRenewalTitle: 'Automatic renewal on',
  summaryRenewalIntro:
    'Paying with PayPal turns on automatic renewal for the next expiry of the service.',
  summaryRenewalAmount: 'Renewal amount',
  summaryRenewalAmountValue: (amount) => `${amount} incl. VAT`,
  summaryRenewalPeriod: 'Renewal period',
  summaryRenewalNext: 'Next charge',
  summaryRenewalAccount: 'Charged to',
  summaryRenewalNewAccount: 'the new PayPal account',
  summaryRenewalHowToStop: 'How to turn off automatic renewal',
  summaryOneOff: 'one-off',
  summaryNoRenewal: 'Automatic renewal is not available for this product',
  summaryBack: 'Back',
  summaryConfirm: 'Continue and pay',
  summaryBusy: 'Working, please wait…',
};

export const orderPayButton: Translation<typeof it.orderPayButton> = {
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
  payPayPalUnreachable: 'PayPal cannot be reached',
  payPayPalUnreachableHint:
    'Check your connection and try again, or go back and choose a PayPal account already registered.',
  payErrorPayPal: 'PayPal did not complete the payment: you can try again.',
  payErrorPayPalFatal: 'PayPal cannot complete this payment: go back and choose another account.',
  payAccountRegistered: 'PayPal account registered for future payments',
};
