import { catalogue } from '../internal/terms.js';
import { productCard as it } from './it/product-card.js';

/** `<product-card>`'s strings: Italian bundled, every other language loaded when first needed. */
export const productCard = catalogue('product-card', it, {
  en: () => import('./en/product-card.js').then((module) => module.productCard),
  de: () => import('./de/product-card.js').then((module) => module.productCard),
  fr: () => import('./fr/product-card.js').then((module) => module.productCard),
  sl: () => import('./sl/product-card.js').then((module) => module.productCard),
});
