import type { Translation } from '../../internal/terms.js';
import type { productSwitch as it } from '../it/product-switch.js';
import { agree } from './agree.js';

// "največ 100 produktov", but "največ 2 produkta", "največ 3 produkti", "največ 1 produkt".
const products = (max: number) =>
  agree(max, {
    one: 'produkt',
    two: 'produkta',
    few: 'produkti',
    other: 'produktov',
  });

const productSwitch: Translation<typeof it> = {
  problemTooManyProducts: (max) => `največ ${max} ${products(max)}`,
  envCollaudoShort: 'Test',
  envProduzioneShort: 'Produkcija',
  // "pagoPA, okolje Test, zamenjaj produkt".
  productSwitchBeforeBadge: ', okolje ',
  productSwitchAfterBadge: '',
  productSwitchAction: ', zamenjaj produkt',
  productSwitchChoose: 'Izberi produkt',
  productSwitchMenu: 'Produkti',
  productSwitchInvalid: 'Menija produktov ni mogoče prikazati: prejeti podatki niso veljavni.',
};

export default productSwitch;
