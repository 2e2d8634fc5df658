import type { Translation } from '../../internal/terms.js';
import type { productSwitch as it } from '../it/product-switch.js';

const productSwitch: Translation<typeof it> = {
  problemTooManyProducts: (max) => `at most ${max} products`,
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Production',
  productSwitchBeforeBadge: ', ',
  productSwitchAfterBadge: ' environment',
  productSwitchAction: ', switch product',
  productSwitchChoose: 'Choose a product',
  productSwitchMenu: 'Products',
  productSwitchInvalid: 'The product menu cannot be shown: the data received are not valid.',
};

export default productSwitch;
