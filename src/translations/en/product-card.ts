import type { Translation } from '../../internal/terms.js';
import type { productCard as it } from '../it/product-card.js';

const productCard: Translation<typeof it> = {
  productNoRole: "You don't have a role to manage this product",
  productPending: 'Membership pending',
  productJoin: 'Join',
  productJoinLabel: (name) => `Join ${name}`,
  productInfo: 'Learn more',
  productInfoLabel: (name) => `Learn more about ${name}`,
};

export default productCard;
