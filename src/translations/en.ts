/**
 * English: the keys and parameters of Italian (`it.ts`), one module per element (`en/<element>.ts`,
 * see `it.ts` for why).
 */
export { default as common } from './en/common.js';
export { default as envPicker } from './en/env-picker.js';
export { default as productCard } from './en/product-card.js';
export { default as productSwitch } from './en/product-switch.js';
export { default as partySwitch } from './en/party-switch.js';
export { default as paypalAccountSelect } from './en/paypal-account-select.js';
export { default as orderSummary } from './en/order-summary.js';
export { default as orderPayButton } from './en/order-pay-button.js';
export { default as autoRenewalControl } from './en/auto-renewal-control.js';
export { default as paypalAccounts } from './en/paypal-accounts.js';
