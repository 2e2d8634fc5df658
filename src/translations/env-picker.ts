import { catalogue } from '../internal/terms.js';
import { envPicker as it } from './it/env-picker.js';

/** `<env-picker>`'s strings: Italian bundled, every other language loaded when first needed. */
export const envPicker = catalogue('env-picker', it, {
  en: () => import('./en/env-picker.js'),
  de: () => import('./de/env-picker.js'),
  fr: () => import('./fr/env-picker.js'),
  sl: () => import('./sl/env-picker.js'),
});
