import type { Translation } from '../../internal/terms.js';
import type { paypalAccountSelect as it } from '../it/paypal-account-select.js';
import { moneyProblems } from './money-problems.js';

const paypalAccountSelect: Translation<typeof it> = {
  ...moneyProblems,
  paypalLabel: 'Račun PayPal',
  paypalPlaceholder: 'Izberite račun PayPal',
  paypalNewAccount: 'Nov račun PayPal',
  paypalAccountOption: (label, email) => `${label} — ${email}`,
  paypalNoAccounts:
    'Niste še registrirali računa PayPal: po povzetku vas bo gumb „Nadaljuj in plačaj“ preusmeril na PayPal, nov račun pa bo shranjen za prihodnja plačila.',
  paypalNewAccountNote:
    'Po povzetku vas bo gumb „Nadaljuj in plačaj“ preusmeril na PayPal, kjer boste registrirali nov račun; shranjen bo za prihodnja plačila.',
  paypalRequired: 'Izberite račun PayPal ali „Nov račun PayPal“.',
  paypalRenewalOn:
    'Plačilo s PayPalom vklopi samodejno podaljšanje storitve ob njenem naslednjem poteku.',
  paypalRenewalPeriod: (period) => `Obdobje podaljšanja: ${period}.`,
  paypalRenewalNext: (date) => `Naslednja bremenitev: ${date}.`,
  paypalRenewalAmount: (amount) => `Znesek podaljšanja: ${amount} z DDV.`,
  paypalRenewalOff: (name) => `Samodejno podaljšanje ni na voljo za ${name}`,
  paypalRenewalOffKind: '(ni predvideno za Firma Digitale in Marca Temporale)',
  paypalRenewalOffOrder: '(ni predvideno za to naročilo)',
  paypalRenewalInfo: 'Kako izklopite samodejno podaljšanje',
  paypalAccountsInvalid: 'Računov PayPal ni mogoče prikazati: prejeti podatki niso veljavni.',
  paypalOrderInvalid: 'Pogojev podaljšanja ni mogoče prikazati: podatki naročila niso veljavni.',
};

export default paypalAccountSelect;
