/**
 * `customer-area-kit/product-switch.js`: registers `<product-switch>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { ProductSwitch } from './product-switch.js';

ProductSwitch.define('product-switch');

export { ProductSwitch };
