/**
 * English: the keys and parameters of Italian (`it.ts`), one module per element (`en/<element>.ts`,
 * see `it.ts` for why).
 */
export { common } from './en/common.js';
export { envPicker } from './en/env-picker.js';
export { productCard } from './en/product-card.js';
export { productSwitch } from './en/product-switch.js';
export { partySwitch } from './en/party-switch.js';
export { paypalAccountSelect } from './en/paypal-account-select.js';
export { orderSummary } from './en/order-summary.js';
export { orderPayButton } from './en/order-pay-button.js';
export { autoRenewalControl } from './en/auto-renewal-control.js';
export { paypalAccounts } from './en/paypal-accounts.js';
