import { catalogue } from '../internal/terms.js';
import { orderPayButton as it } from './it/order-pay-button.js';

/** `<order-pay-button>`'s strings: Italian bundled, every other language loaded when first needed. */
export const orderPayButton = catalogue('order-pay-button', it, {
  en: () => import('./en/order-pay-button.js'),
  de: () => import('./de/order-pay-button.js'),
  fr: () => import('./fr/order-pay-button.js'),
  sl: () => import('./sl/order-pay-button.js'),
});
