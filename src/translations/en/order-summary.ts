import type { Translation } from '../../internal/terms.js';
import type { orderSummary as it } from '../it/order-summary.js';
import { moneyProblems } from './money-problems.js';

const orderSummary: Translation<typeof it> = {
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

export default orderSummary;
