/**
 * `customer-area-kit/product-card.js`: registers `<product-card>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { ProductCard } from './product-card.js';

ProductCard.define('product-card');

export { ProductCard };
