import { catalogue } from '../internal/terms.js';
import { common as it } from './it/common.js';

/** The strings every element shares (validation errors): Italian bundled, every other language loaded when first needed. */
export const common = catalogue('common', it, {
  en: () => import('./en/common.js').then((module) => module.common),
  de: () => import('./de/common.js').then((module) => module.common),
  fr: () => import('./fr/common.js').then((module) => module.common),
  sl: () => import('./sl/common.js').then((module) => module.common),
});
