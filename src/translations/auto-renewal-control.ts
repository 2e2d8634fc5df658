import { catalogue } from '../internal/terms.js';
import { autoRenewalControl as it } from './it/auto-renewal-control.js';

/** `<auto-renewal-control>`'s strings: Italian bundled, every other language loaded when first needed. */
export const autoRenewalControl = catalogue('auto-renewal-control', it, {
  en: () => import('./en/auto-renewal-control.js'),
  de: () => import('./de/auto-renewal-control.js'),
  fr: () => import('./fr/auto-renewal-control.js'),
  sl: () => import('./sl/auto-renewal-control.js'),
});
