/** Registers `<order-pay-button>` (and the kit elements it renders): `customer-area-kit/order-pay-button.js`. */
import { OrderPayButton } from './order-pay-button.js';

OrderPayButton.define('order-pay-button');

export { OrderPayButton };
