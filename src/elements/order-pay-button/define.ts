import { OrderPayButton } from './order-pay-button.js';

OrderPayButton.define('order-pay-button');

declare global {
  interface HTMLElementTagNameMap {
    'order-pay-button': OrderPayButton;
  }
}
