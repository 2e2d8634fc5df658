/** Registers `<product-card>` (and the kit elements it renders): `customer-area-kit/product-card.js`. */
import { ProductCard } from './product-card.js';

ProductCard.define('product-card');

export { ProductCard };
