/**
 * German: the keys and parameters of Italian (`it.ts`), one module per element (`de/<element>.ts`,
 * see `it.ts` for why).
 */
export { default as common } from './de/common.js';
export { default as envPicker } from './de/env-picker.js';
export { default as productCard } from './de/product-card.js';
export { default as productSwitch } from './de/product-switch.js';
export { default as partySwitch } from './de/party-switch.js';
export { default as paypalAccountSelect } from './de/paypal-account-select.js';
export { default as orderSummary } from './de/order-summary.js';
export { default as orderPayButton } from './de/order-pay-button.js';
export { default as autoRenewalControl } from './de/auto-renewal-control.js';
export { default as paypalAccounts } from './de/paypal-accounts.js';
