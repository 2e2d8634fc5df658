import type { Translation } from '../../internal/terms.js';
import type { productSwitch as it } from '../it/product-switch.js';

const productSwitch: Translation<typeof it> = {
  problemTooManyProducts: (max) => `${max} produits au maximum`,
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Production',
  // "pagoPA, environnement Test, changer de produit".
  productSwitchBeforeBadge: ', environnement ',
  productSwitchAfterBadge: '',
  productSwitchAction: ', changer de produit',
  productSwitchChoose: 'Choisir un produit',
  productSwitchMenu: 'Produits',
  productSwitchInvalid:
    'Le menu des produits ne peut pas être affiché : les données reçues ne sont pas valides.',
};

export default productSwitch;
