import { PayPalAccounts } from './paypal-accounts.js';

PayPalAccounts.define('paypal-accounts');

declare global {
  interface HTMLElementTagNameMap {
    'paypal-accounts': PayPalAccounts;
  }
}
