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

const changeTerms = {
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

export const autoRenewalControl: Translation<typeof it.autoRenewalControl> = {
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

export const paypalAccounts: Translation<typeof it.paypalAccounts> = {
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
