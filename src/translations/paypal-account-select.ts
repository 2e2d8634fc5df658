import { catalogue } from '../internal/terms.js';
import { paypalAccountSelect as it } from './it/paypal-account-select.js';

/** `<paypal-account-select>`'s strings: Italian bundled, every other language loaded when first needed. */
export const paypalAccountSelect = catalogue('paypal-account-select', it, {
  en: () => import('./en/paypal-account-select.js'),
  de: () => import('./de/paypal-account-select.js'),
  fr: () => import('./fr/paypal-account-select.js'),
  sl: () => import('./sl/paypal-account-select.js'),
});
