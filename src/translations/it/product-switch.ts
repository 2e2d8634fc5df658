import type { Terms } from '../../internal/terms.js';

/** <product-switch> */
export const productSwitch = {
  problemTooManyProducts: (max: number) => `al massimo ${max} prodotti`,
  envCollaudoShort: 'Collaudo',
  envProduzioneShort: 'Produzione',
  // Read around the visible name and badge: "pagoPA, ambiente Collaudo, cambia prodotto".
  productSwitchBeforeBadge: ', ambiente ',
  productSwitchAfterBadge: '',
  productSwitchAction: ', cambia prodotto',
  productSwitchChoose: 'Scegli un prodotto',
  productSwitchMenu: 'Prodotti',
  productSwitchInvalid:
    'Il menu dei prodotti non può essere mostrato: i dati ricevuti non sono validi.',
} satisfies Terms;
