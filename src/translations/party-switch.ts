import { catalogue } from '../internal/terms.js';
import { partySwitch as it } from './it/party-switch.js';

/** `<party-switch>`'s strings: Italian bundled, every other language loaded when first needed. */
export const partySwitch = catalogue('party-switch', it, {
  en: () => import('./en/party-switch.js'),
  de: () => import('./de/party-switch.js'),
  fr: () => import('./fr/party-switch.js'),
  sl: () => import('./sl/party-switch.js'),
});
