/**
 * Registers every element of the kit under its default tag. The CDN build's entry: classes and
 * event types come from `customer-area-kit` (index), which registers nothing.
 */
import './elements/env-picker/define.js';
import './elements/product-card/define.js';
import './elements/product-switch/define.js';
import './elements/party-switch/define.js';
import './elements/paypal-account-select/define.js';
import './elements/order-summary/define.js';
import './elements/order-pay-button/define.js';
import './elements/auto-renewal-control/define.js';
import './elements/paypal-accounts/define.js';
