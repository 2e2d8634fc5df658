/**
 * `customer-area-kit/paypal-account-select.js`: registers `<paypal-account-select>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { PayPalAccountSelect } from './paypal-account-select.js';

PayPalAccountSelect.define('paypal-account-select');

export { PayPalAccountSelect };
