import type { Terms } from '../../internal/terms.js';
import { changeTerms } from './change-terms.js';

/** <paypal-accounts> */
export const paypalAccounts = {
  ...changeTerms,
  listLabel: 'Account PayPal registrati',
  empty: 'Non hai ancora registrato un account PayPal.',
  usedBy: (names: string) => `Usato per il rinnovo automatico di ${names}.`,
  notUsed: 'Non usato per rinnovi automatici.',
  remove: 'Rimuovi',
  removeLabel: (email: string) => `Rimuovi l’account PayPal ${email}`,
  add: 'Aggiungi account PayPal',
  addHint: 'Registri un account PayPal per i prossimi pagamenti e rinnovi, senza pagare nulla ora.',
  addCancelled: 'Hai chiuso la finestra di PayPal: nessun account è stato registrato.',
  removeTitle: 'Rimuovere l’account PayPal?',
  removeUsed: (names: string, count: number) =>
    count === 1
      ? `Il rinnovo automatico di ${names} usa questo account: se lo rimuovi, il servizio non si rinnoverà più automaticamente e scadrà alla sua data.`
      : `I rinnovi automatici di ${names} usano questo account: se lo rimuovi, questi servizi non si rinnoveranno più automaticamente e scadranno ciascuno alla sua data.`,
  removeUnused:
    'L’account non verrà più proposto per i pagamenti. Potrai registrarlo di nuovo in qualsiasi momento.',
  removeConfirm: 'Rimuovi account',
  removing: 'Rimozione dell’account PayPal in corso…',
  removed: 'Account PayPal rimosso',
  removedText: 'L’account non è più registrato per i pagamenti.',
  removedStopped: (names: string, count: number) =>
    count === 1
      ? `Il rinnovo automatico di ${names} non è più attivo.`
      : `I rinnovi automatici di ${names} non sono più attivi.`,
  removeFailed: 'Account PayPal non rimosso',
  errorNoHandler: 'La gestione degli account PayPal non è configurata in questa pagina.',
  invalidAccounts:
    'Gli account PayPal non possono essere mostrati: i dati ricevuti non sono validi.',
  invalidServices:
    'Gli account PayPal non possono essere mostrati: i dati dei servizi non sono validi.',
} satisfies Terms;
