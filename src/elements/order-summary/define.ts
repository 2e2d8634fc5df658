/** Registers `<order-summary>` (and the kit elements it renders): `customer-area-kit/order-summary.js`. */
import { OrderSummary } from './order-summary.js';

OrderSummary.define('order-summary');

export { OrderSummary };
