import type { Translation } from '../../internal/terms.js';
import type { orderSummary as it } from '../it/order-summary.js';
import { moneyProblems } from './money-problems.js';

const orderSummary: Translation<typeof it> = {
  ...moneyProblems,
  summaryTitle: 'Povzetek naročila',
  summaryInvalid: 'Povzetka naročila ni mogoče prikazati: prejeti podatki niso veljavni.',
  summaryOrderNumber: 'Naročilo št.',
  summaryProduct: 'Produkt',
  summaryLinesCaption: 'Podrobnosti naročila',
  summaryDescription: 'Opis',
  summaryQuantity: 'Količina',
  summaryUnitPrice: 'Cena na enoto',
  summaryAmount: 'Znesek',
  summarySubtotal: 'Davčna osnova',
  summaryVat: 'DDV',
  summaryVatRate: (rate) => `DDV (${rate})`,
  summaryTotal: 'Skupaj z DDV',
  summaryPaymentTitle: 'Plačilo',
  summaryMethod: 'Način plačila',
  summaryAccount: 'Račun PayPal',
  summaryNewAccount: 'Nov račun PayPal: registrirali ga boste pri PayPalu',
  summaryRenewalTitle: 'Samodejno podaljšanje je vklopljeno',
  summaryRenewalIntro:
    'S plačilom prek PayPala se vklopi samodejno podaljšanje ob naslednjem poteku storitve.',
  summaryRenewalAmount: 'Znesek podaljšanja',
  summaryRenewalAmountValue: (amount) => `${amount} z DDV`,
  summaryRenewalPeriod: 'Obdobje podaljšanja',
  summaryRenewalNext: 'Naslednja bremenitev',
  summaryRenewalAccount: 'Račun za bremenitev',
  summaryRenewalNewAccount: 'nov račun PayPal',
  summaryRenewalHowToStop: 'Kako izklopite samodejno podaljšanje',
  summaryOneOff: 'enkratno',
  summaryNoRenewal: 'Samodejno podaljšanje za ta produkt ni na voljo',
  summaryBack: 'Nazaj',
  summaryConfirm: 'Nadaljuj in plačaj',
  summaryBusy: 'Obdelava poteka, počakajte…',
};

export default orderSummary;
