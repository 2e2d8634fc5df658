import type { Translation } from '../../internal/terms.js';
import { MAX_PRODUCTS } from '../../model/limits.js';
import type { productSwitch as it } from '../it/product-switch.js';

export const productSwitch: Translation<typeof it> = {
  problemTooManyProducts: `at most ${MAX_PRODUCTS} products`,
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Production',
  productSwitchBeforeBadge: ', ',
  productSwitchAfterBadge: ' environment',
  productSwitchAction: ', switch product',
  productSwitchChoose: 'Choose a product',
  productSwitchMenu: 'Products',
  productSwitchInvalid: 'The product menu cannot be shown: the data received are not valid.',
};
