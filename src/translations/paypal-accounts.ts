import { catalogue } from '../internal/terms.js';
import { paypalAccounts as it } from './it/paypal-accounts.js';

/** `<paypal-accounts>`'s strings: Italian bundled, every other language loaded when first needed. */
export const paypalAccounts = catalogue('paypal-accounts', it, {
  en: () => import('./en/paypal-accounts.js').then((module) => module.paypalAccounts),
  de: () => import('./de/paypal-accounts.js').then((module) => module.paypalAccounts),
  fr: () => import('./fr/paypal-accounts.js').then((module) => module.paypalAccounts),
  sl: () => import('./sl/paypal-accounts.js').then((module) => module.paypalAccounts),
});
