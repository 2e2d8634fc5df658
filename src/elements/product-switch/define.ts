/** Registers `<product-switch>` (and the kit elements it renders): `customer-area-kit/product-switch.js`. */
import { ProductSwitch } from './product-switch.js';

ProductSwitch.define('product-switch');

export { ProductSwitch };
