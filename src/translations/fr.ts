/**
 * French: the keys and parameters of Italian (`it.ts`), one module per element (`fr/<element>.ts`,
 * see `it.ts` for why).
 */
export { common } from './fr/common.js';
export { envPicker } from './fr/env-picker.js';
export { productCard } from './fr/product-card.js';
export { productSwitch } from './fr/product-switch.js';
export { partySwitch } from './fr/party-switch.js';
export { paypalAccountSelect } from './fr/paypal-account-select.js';
export { orderSummary } from './fr/order-summary.js';
export { orderPayButton } from './fr/order-pay-button.js';
export { autoRenewalControl } from './fr/auto-renewal-control.js';
export { paypalAccounts } from './fr/paypal-accounts.js';
