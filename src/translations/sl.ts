/**
 * Slovenian: the keys and parameters of Italian (`it.ts`), one module per element (`sl/<element>.ts`,
 * see `it.ts` for why).
 */
export { default as common } from './sl/common.js';
export { default as envPicker } from './sl/env-picker.js';
export { default as productCard } from './sl/product-card.js';
export { default as productSwitch } from './sl/product-switch.js';
export { default as partySwitch } from './sl/party-switch.js';
export { default as paypalAccountSelect } from './sl/paypal-account-select.js';
export { default as orderSummary } from './sl/order-summary.js';
export { default as orderPayButton } from './sl/order-pay-button.js';
export { default as autoRenewalControl } from './sl/auto-renewal-control.js';
export { default as paypalAccounts } from './sl/paypal-accounts.js';
