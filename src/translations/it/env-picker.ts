import type { Terms } from '../../internal/terms.js';

/** <env-picker> */
export const envPicker = {
  manage: 'Gestisci',
  envDialogTitle: 'In quale ambiente vuoi entrare?',
  envCancel: 'Annulla',
  envEnter: 'Entra',
  envChooseFirst: 'Scegli prima un ambiente.',
  envCollaudo: 'Ambiente di Collaudo',
  envCollaudoDescription: 'Ti permette di conoscere il prodotto e fare prove in tutta sicurezza',
  envProduzione: 'Ambiente di Produzione',
  envProduzioneDescription: 'Ti permette di operare con dati reali',
} satisfies Terms;
