import type { Terms } from '../../internal/terms.js';

/** <product-card> */
export const productCard = {
  productNoRole: 'Non hai un ruolo per gestire questo prodotto',
  productPending: 'Adesione in corso',
  productJoin: 'Aderisci',
  productJoinLabel: (name: string) => `Aderisci a ${name}`,
  productInfo: 'Scopri di più',
  productInfoLabel: (name: string) => `Scopri di più su ${name}`,
} satisfies Terms;
