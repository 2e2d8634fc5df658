import { catalogue } from '../internal/terms.js';
import { common as it } from './it/common.js';

/** The strings every element shares (validation errors): Italian bundled, every other language loaded when first needed. */
export const common = catalogue('common', it, {
  en: () => import('./en/common.js'),
  de: () => import('./de/common.js'),
  fr: () => import('./fr/common.js'),
  sl: () => import('./sl/common.js'),
});
