/**
 * Every language's strings, loaded before the test file that imports this module runs (a
 * top-level await): an element then renders in its language at once, however slow the machine,
 * instead of racing `LANGUAGE_WAIT_MS`. The waiting itself is tested on a fake clock
 * (test/internal/localize.test.ts). Imports the catalogues only: no element is registered.
 */
import { locales } from '../../src/internal/languages.js';
import { loadLanguages } from '../../src/internal/localize.js';
import '../../src/translations/auto-renewal-control.js';
import '../../src/translations/common.js';
import '../../src/translations/env-picker.js';
import '../../src/translations/order-pay-button.js';
import '../../src/translations/order-summary.js';
import '../../src/translations/party-switch.js';
import '../../src/translations/paypal-account-select.js';
import '../../src/translations/paypal-accounts.js';
import '../../src/translations/product-card.js';
import '../../src/translations/product-switch.js';

await loadLanguages(Object.keys(locales));
