import { ProductSwitch } from './product-switch.js';

ProductSwitch.define('product-switch');

declare global {
  interface HTMLElementTagNameMap {
    'product-switch': ProductSwitch;
  }
}
