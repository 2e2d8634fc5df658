import type { Translation } from '../../internal/terms.js';
import { MAX_PRODUCTS } from '../../model/limits.js';
import type { productSwitch as it } from '../it/product-switch.js';

export const productSwitch: Translation<typeof it> = {
  problemTooManyProducts: `höchstens ${MAX_PRODUCTS} Produkte`,
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Produktion',
  // "pagoPA, Umgebung Test, Produkt wechseln".
  productSwitchBeforeBadge: ', Umgebung ',
  productSwitchAfterBadge: '',
  productSwitchAction: ', Produkt wechseln',
  productSwitchChoose: 'Produkt wählen',
  productSwitchMenu: 'Produkte',
  productSwitchInvalid:
    'Das Produktmenü kann nicht angezeigt werden: Die empfangenen Daten sind ungültig.',
};
