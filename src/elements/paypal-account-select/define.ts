import { PayPalAccountSelect } from './paypal-account-select.js';

PayPalAccountSelect.define('paypal-account-select');

declare global {
  interface HTMLElementTagNameMap {
    'paypal-account-select': PayPalAccountSelect;
  }
}
