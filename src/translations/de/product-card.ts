import type { Translation } from '../../internal/terms.js';
import type { productCard as it } from '../it/product-card.js';

export const productCard: Translation<typeof it> = {
  productNoRole: 'Sie haben keine Rolle, um dieses Produkt zu verwalten',
  productPending: 'Beitritt in Bearbeitung',
  productJoin: 'Beitreten',
  productJoinLabel: (name) => `${name} beitreten`,
  productInfo: 'Mehr erfahren',
  productInfoLabel: (name) => `Mehr über ${name} erfahren`,
};
