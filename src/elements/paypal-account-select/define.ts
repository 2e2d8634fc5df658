/** Registers `<paypal-account-select>` (and the kit elements it renders): `customer-area-kit/paypal-account-select.js`. */
import { PayPalAccountSelect } from './paypal-account-select.js';

PayPalAccountSelect.define('paypal-account-select');

export { PayPalAccountSelect };
