import type { Translation } from '../../internal/terms.js';
import type { productSwitch as it } from '../it/product-switch.js';

const productSwitch: Translation<typeof it> = {
  problemTooManyProducts: (max) => `höchstens ${max} Produkte`,
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

export default productSwitch;
