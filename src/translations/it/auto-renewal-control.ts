import type { Terms } from '../../internal/terms.js';
import { changeTerms } from './change-terms.js';

/** <auto-renewal-control> */
export const autoRenewalControl = {
  ...changeTerms,
  renewalOn: 'Rinnovo automatico attivo',
  renewalOff: 'Rinnovo automatico non attivo',
  renewalUnavailable: 'Rinnovo automatico non disponibile',
  renewalUnavailableKind: 'Non è previsto per Firma Digitale e Marca Temporale.',
  renewalUnavailableService: 'Non è previsto per questo servizio.',
  renewalAmount: 'Importo del rinnovo',
  renewalAmountValue: (amount: string) => `${amount} IVA inclusa`,
  renewalPeriod: 'Durata del rinnovo',
  renewalNext: 'Prossimo addebito',
  renewalAccount: 'Addebito su',
  renewalExpiry: (date: string) => `Il servizio scade il ${date}.`,
  renewalBusy: 'Modifica del rinnovo automatico in corso…',
  disable: 'Disattiva',
  disableLabel: (name: string) => `Disattiva il rinnovo automatico di ${name}`,
  enable: 'Attiva',
  enableLabel: (name: string) => `Attiva il rinnovo automatico di ${name}`,
  offTitle: (name: string) => `Disattivare il rinnovo automatico di ${name}?`,
  offText: (date: string) =>
    `Il servizio non verrà rinnovato: scadrà il ${date} e non ti verrà addebitato nulla.`,
  offTextNoDate:
    'Il servizio non verrà rinnovato: scadrà alla sua data di scadenza e non ti verrà addebitato nulla.',
  offAgain: 'Potrai riattivare il rinnovo automatico in qualsiasi momento dall’Area Clienti.',
  offConfirm: 'Disattiva rinnovo',
  onTitle: (name: string) => `Attivare il rinnovo automatico di ${name}?`,
  onText:
    'Alla scadenza il servizio si rinnoverà automaticamente, con un addebito sull’account PayPal che scegli qui.',
  onStop: 'Potrai disattivarlo in qualsiasi momento dall’Area Clienti.',
  onConfirm: 'Attiva rinnovo',
  onConfirmNew: 'Prosegui su PayPal',
  onAccountLabel: 'Account PayPal per il rinnovo',
  onNoAccounts:
    'Non hai ancora registrato un account PayPal: con Prosegui su PayPal ne registrerai uno, senza pagare nulla ora.',
  onNewAccountNote:
    'Con Prosegui su PayPal accederai a PayPal per registrare il nuovo account, senza pagare nulla ora.',
  onRequired: 'Scegli un account PayPal oppure Nuovo account PayPal.',
  paypalCancelled:
    'Hai chiuso la finestra di PayPal: nessun account è stato registrato e il rinnovo non è stato attivato.',
  submittingOff: 'Disattivazione del rinnovo automatico in corso…',
  submittingOn: 'Attivazione del rinnovo automatico in corso…',
  doneOff: 'Rinnovo automatico disattivato',
  doneOffText: (date: string) =>
    `Il servizio non verrà rinnovato: scadrà il ${date} e non ti verrà addebitato nulla.`,
  doneOffTextNoDate: 'Il servizio non verrà rinnovato e non ti verrà addebitato nulla.',
  doneOffEmail: 'Riceverai un’e-mail di conferma della disattivazione.',
  doneOn: 'Rinnovo automatico attivato',
  doneOnEmail: 'Riceverai un’e-mail di conferma dell’attivazione del rinnovo automatico.',
  failedOff: 'Rinnovo automatico non disattivato',
  failedOn: 'Rinnovo automatico non attivato',
  errorNoHandler: 'La gestione del rinnovo automatico non è configurata in questa pagina.',
  invalidService:
    'Il rinnovo automatico non può essere mostrato: i dati del servizio non sono validi.',
  invalidAccounts:
    'Il rinnovo automatico non può essere mostrato: gli account PayPal ricevuti non sono validi.',
} satisfies Terms;
