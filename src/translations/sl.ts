/**
 * Slovenian: the keys and parameters of Italian (`it.ts`), one module per element (`sl/<element>.ts`,
 * see `it.ts` for why).
 */
export { common } from './sl/common.js';
export { envPicker } from './sl/env-picker.js';
export { productCard } from './sl/product-card.js';
export { productSwitch } from './sl/product-switch.js';
export { partySwitch } from './sl/party-switch.js';
export { paypalAccountSelect } from './sl/paypal-account-select.js';
export { orderSummary } from './sl/order-summary.js';
export { orderPayButton } from './sl/order-pay-button.js';
export { autoRenewalControl } from './sl/auto-renewal-control.js';
export { paypalAccounts } from './sl/paypal-accounts.js';
