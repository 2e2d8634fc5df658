import type { Translation } from '../../internal/terms.js';
import type { productCard as it } from '../it/product-card.js';

const productCard: Translation<typeof it> = {
  productNoRole: 'Sie haben keine Rolle, um dieses Produkt zu verwalten',
  productPending: 'Beitritt in Bearbeitung',
  productJoin: 'Beitreten',
  productJoinLabel: (name) => `${name} beitreten`,
  productInfo: 'Mehr erfahren',
  // The visible text, whole, then the product: the name contains the label (WCAG 2.5.3).
  productInfoLabel: (name) => `Mehr erfahren über ${name}`,
};

export default productCard;
