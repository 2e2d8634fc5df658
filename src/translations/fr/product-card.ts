import type { Translation } from '../../internal/terms.js';
import type { productCard as it } from '../it/product-card.js';

const productCard: Translation<typeof it> = {
  productNoRole: 'Vous n’avez pas de rôle permettant de gérer ce produit',
  productPending: 'Adhésion en cours',
  productJoin: 'Adhérer',
  productJoinLabel: (name) => `Adhérer à ${name}`,
  productInfo: 'En savoir plus',
  productInfoLabel: (name) => `En savoir plus sur ${name}`,
};

export default productCard;
