/**
 * French: the keys and parameters of Italian (`it.ts`), one module per element (`fr/<element>.ts`,
 * see `it.ts` for why).
 */
export { default as common } from './fr/common.js';
export { default as envPicker } from './fr/env-picker.js';
export { default as productCard } from './fr/product-card.js';
export { default as productSwitch } from './fr/product-switch.js';
export { default as partySwitch } from './fr/party-switch.js';
export { default as paypalAccountSelect } from './fr/paypal-account-select.js';
export { default as orderSummary } from './fr/order-summary.js';
export { default as orderPayButton } from './fr/order-pay-button.js';
export { default as autoRenewalControl } from './fr/auto-renewal-control.js';
export { default as paypalAccounts } from './fr/paypal-accounts.js';
