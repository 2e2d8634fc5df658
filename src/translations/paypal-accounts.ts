import { catalogue } from '../internal/terms.js';
import { paypalAccounts as it } from './it/paypal-accounts.js';

/** `<paypal-accounts>`'s strings: Italian bundled, every other language loaded when first needed. */
export const paypalAccounts = catalogue('paypal-accounts', it, {
  en: () => import('./en/paypal-accounts.js'),
  de: () => import('./de/paypal-accounts.js'),
  fr: () => import('./fr/paypal-accounts.js'),
  sl: () => import('./sl/paypal-accounts.js'),
});
