/**
 * `customer-area-kit/order-summary.js`: registers `<order-summary>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { OrderSummary } from './order-summary.js';

OrderSummary.define('order-summary');

export { OrderSummary };
