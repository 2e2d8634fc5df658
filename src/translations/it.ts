/**
 * Italian, the kit’s reference language; every other language has exactly these keys.
 *
 * One module per element (`it/<element>.ts`), re-exported here: the CDN build shares modules
 * between pages, not parts of a module, so a catalogue written in this file would be loaded by
 * every page of every element. A new element's catalogue goes in a file of its own.
 */
export { common } from './it/common.js';
export { envPicker } from './it/env-picker.js';
export { productCard } from './it/product-card.js';
export { productSwitch } from './it/product-switch.js';
export { partySwitch } from './it/party-switch.js';
export { paypalAccountSelect } from './it/paypal-account-select.js';
export { orderSummary } from './it/order-summary.js';
export { orderPayButton } from './it/order-pay-button.js';
export { autoRenewalControl } from './it/auto-renewal-control.js';
export { paypalAccounts } from './it/paypal-accounts.js';
export type { ChangeTerms } from './it/change-terms.js';
