import { ProductCard } from './product-card.js';

ProductCard.define('product-card');

declare global {
  interface HTMLElementTagNameMap {
    'product-card': ProductCard;
  }
}
