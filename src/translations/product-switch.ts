import { catalogue } from '../internal/terms.js';
import { productSwitch as it } from './it/product-switch.js';

/** `<product-switch>`'s strings: Italian bundled, every other language loaded when first needed. */
export const productSwitch = catalogue('product-switch', it, {
  en: () => import('./en/product-switch.js').then((module) => module.productSwitch),
  de: () => import('./de/product-switch.js').then((module) => module.productSwitch),
  fr: () => import('./fr/product-switch.js').then((module) => module.productSwitch),
  sl: () => import('./sl/product-switch.js').then((module) => module.productSwitch),
});
