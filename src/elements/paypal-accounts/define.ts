/**
 * `customer-area-kit/paypal-accounts.js`: registers `<paypal-accounts>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { PayPalAccounts } from './paypal-accounts.js';

PayPalAccounts.define('paypal-accounts');

export { PayPalAccounts };
