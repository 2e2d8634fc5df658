import type { Translation } from '../../internal/terms.js';
import type { productCard as it } from '../it/product-card.js';

const productCard: Translation<typeof it> = {
  productNoRole: 'Nimate vloge za upravljanje tega produkta',
  productPending: 'Pridružitev v teku',
  productJoin: 'Pridruži se',
  productJoinLabel: (name) => `Pridruži se produktu ${name}`,
  productInfo: 'Več o tem',
  // The visible text, whole, then the product: the name contains the label (WCAG 2.5.3).
  productInfoLabel: (name) => `Več o tem: ${name}`,
};

export default productCard;
