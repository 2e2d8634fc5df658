import { catalogue } from '../internal/terms.js';
import { orderSummary as it } from './it/order-summary.js';

/** `<order-summary>`'s strings: Italian bundled, every other language loaded when first needed. */
export const orderSummary = catalogue('order-summary', it, {
  en: () => import('./en/order-summary.js'),
  de: () => import('./de/order-summary.js'),
  fr: () => import('./fr/order-summary.js'),
  sl: () => import('./sl/order-summary.js'),
});
