import { catalogue } from '../internal/terms.js';
import { envPicker as it } from './it/env-picker.js';

/** `<env-picker>`'s strings: Italian bundled, every other language loaded when first needed. */
export const envPicker = catalogue('env-picker', it, {
  en: () => import('./en/env-picker.js').then((module) => module.envPicker),
  de: () => import('./de/env-picker.js').then((module) => module.envPicker),
  fr: () => import('./fr/env-picker.js').then((module) => module.envPicker),
  sl: () => import('./sl/env-picker.js').then((module) => module.envPicker),
});
