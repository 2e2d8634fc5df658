import { OrderSummary } from './order-summary.js';

OrderSummary.define('order-summary');

declare global {
  interface HTMLElementTagNameMap {
    'order-summary': OrderSummary;
  }
}
