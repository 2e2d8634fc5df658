import { catalogue } from '../internal/terms.js';
import { productCard as it } from './it/product-card.js';

/** `<product-card>`'s strings: Italian bundled, every other language loaded when first needed. */
export const productCard = catalogue('product-card', it, {
  en: () => import('./en/product-card.js'),
  de: () => import('./de/product-card.js'),
  fr: () => import('./fr/product-card.js'),
  sl: () => import('./sl/product-card.js'),
});
