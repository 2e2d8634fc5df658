/**
 * German: the keys and parameters of Italian (`it.ts`), one module per element (`de/<element>.ts`,
 * see `it.ts` for why).
 */
export { common } from './de/common.js';
export { envPicker } from './de/env-picker.js';
export { productCard } from './de/product-card.js';
export { productSwitch } from './de/product-switch.js';
export { partySwitch } from './de/party-switch.js';
export { paypalAccountSelect } from './de/paypal-account-select.js';
export { orderSummary } from './de/order-summary.js';
export { orderPayButton } from './de/order-pay-button.js';
export { autoRenewalControl } from './de/auto-renewal-control.js';
export { paypalAccounts } from './de/paypal-accounts.js';
