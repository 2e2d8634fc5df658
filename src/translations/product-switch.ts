import { catalogue } from '../internal/terms.js';
import { productSwitch as it } from './it/product-switch.js';

/** `<product-switch>`'s strings: Italian bundled, every other language loaded when first needed. */
export const productSwitch = catalogue('product-switch', it, {
  en: () => import('./en/product-switch.js'),
  de: () => import('./de/product-switch.js'),
  fr: () => import('./fr/product-switch.js'),
  sl: () => import('./sl/product-switch.js'),
});
