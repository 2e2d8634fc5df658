/**
 * Italian, the kit's reference language. One catalogue per element, so that a bundle holding
 * one element carries only its strings; every other language has exactly these keys.
 */

import type { Terms } from '../internal/terms.js';

/** Shared by every element: validation errors. */
export const common = {
  invalidProduct: 'Il prodotto non può essere mostrato: i dati ricevuti non sono validi.',
  invalidDetail: (field: string, problem: string) => `Campo «${field}»: ${problem}.`,
  problemRequired: 'manca',
  problemType: 'tipo non valido',
  problemDuplicate: 'valore ripetuto',
  problemUrl: 'sono ammessi solo indirizzi http o https',
  problemJson: 'JSON non valido',
  problemUnknown: 'valore non riconosciuto',
} satisfies Terms;

/** <env-picker> */
export const envPicker = {
  manage: 'Gestisci',
  envDialogTitle: 'In quale ambiente vuoi entrare?',
  envCancel: 'Annulla',
  envEnter: 'Entra',
  envCollaudo: 'Ambiente di Collaudo',
  envCollaudoDescription: 'Ti permette di conoscere il prodotto e fare prove in tutta sicurezza',
  envProduzione: 'Ambiente di Produzione',
  envProduzioneDescription: 'Ti permette di operare con dati reali',
} satisfies Terms;

/** <product-card> */
export const productCard = {
  productNoRole: 'Non hai un ruolo per gestire questo prodotto',
  productPending: 'Adesione in corso',
  productJoin: 'Aderisci',
  productJoinLabel: (name: string) => `Aderisci a ${name}`,
  productInfo: 'Scopri di più',
  productInfoLabel: (name: string) => `Scopri di più su ${name}`,
} satisfies Terms;

/** <product-switch> */
export const productSwitch = {
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

/** <party-switch> */
export const partySwitch = {
  partyChange: 'Cambia ente',
  partyChoose: 'Scegli un ente',
  partyRoleAdmin: 'Amministratore',
  partyRoleOperator: 'Operatore',
  partySearch: 'Cerca per nome, codice fiscale o codice IPA',
  partyList: 'I tuoi enti',
  partyResults: (count: string, plural: string) =>
    plural === 'one' ? `${count} ente trovato` : `${count} enti trovati`,
  partyNoResults: 'Nessun ente trovato',
  partyDisabled: 'Disattivato',
  partyPending: 'In attesa di adesione',
  partyTaxCode: (code: string) => `C.F. ${code}`,
  partyInvalid: 'Gli enti non possono essere mostrati: i dati ricevuti non sono validi.',
} satisfies Terms;
