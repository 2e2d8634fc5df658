/**
 * `customer-area-kit/order-pay-button.js`: registers `<order-pay-button>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { OrderPayButton } from './order-pay-button.js';

OrderPayButton.define('order-pay-button');

export { OrderPayButton };
