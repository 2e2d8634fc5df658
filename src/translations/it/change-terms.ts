import type { Terms } from '../../internal/terms.js';
import { moneyProblems } from './money-problems.js';

/** A host’s message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** Registering a PayPal account without a payment, and a change's outcome: both new elements. */
export const changeTerms = {
  ...moneyProblems,
  problemUnlisted: 'non è tra gli account PayPal registrati',
  close: 'Chiudi',
  cancel: 'Annulla',
  retry: 'Riprova',
  back: 'Indietro',
  loadingAccounts: 'Caricamento degli account PayPal…',
  accountsFailed: 'Non è stato possibile caricare gli account PayPal.',
  accountsFailedWith: (message: string) =>
    `Non è stato possibile caricare gli account PayPal. ${sentence(message)}`,
  accountsNoHandler: 'Gli account PayPal non sono configurati in questa pagina.',
  accountsTimeout:
    'Nessuna risposta entro il tempo previsto durante il caricamento degli account PayPal.',
  accountsNetwork:
    'Connessione assente o instabile: non è stato possibile caricare gli account PayPal.',
  accountsInvalid: (detail: string) => `Gli account PayPal ricevuti non sono validi. ${detail}`,
  paypalLoading: 'Caricamento di PayPal…',
  paypalWaiting:
    'In attesa di PayPal: completa la registrazione dell’account nella finestra di PayPal.',
  paypalSaving: 'Registrazione dell’account PayPal in corso…',
  paypalRegistered: 'Account PayPal registrato',
  saveFailed: 'Account PayPal non registrato',
  saveUnconfirmed: 'Registrazione dell’account non confermata',
  saveErrorNotStarted:
    'La registrazione su PayPal non è partita e nessun account è stato registrato: riprova tra qualche istante.',
  saveErrorNotStartedWith: (message: string) =>
    `La registrazione su PayPal non è partita e nessun account è stato registrato. ${sentence(message)}`,
  saveErrorDeclined: 'L’account PayPal non è stato registrato.',
  saveErrorDeclinedWith: (message: string) =>
    `L’account PayPal non è stato registrato. ${sentence(message)}`,
  saveErrorUnknown:
    'Non sappiamo se l’account PayPal è stato registrato. Riprova: se lo era già, non verrà registrato due volte.',
  saveErrorPayPal: 'PayPal non ha completato la registrazione: puoi riprovare.',
  saveErrorPayPalFatal: 'PayPal non può registrare questo account.',
  saveErrorPayPalConfig:
    'Per registrare un nuovo account PayPal manca la configurazione di PayPal (paypal-client-id, paypal-environment).',
  saveErrorUnreachable:
    'PayPal non raggiungibile: controlla la connessione e riprova, oppure scegli un account PayPal già registrato.',
  saveErrorNoHandler: 'La registrazione di un account PayPal non è configurata in questa pagina.',
  errorHandler: 'Si è verificato un errore nella pagina: riprova più tardi.',
  errorDeclined: 'La richiesta non è stata accettata.',
  errorDeclinedWith: (message: string) =>
    `La richiesta non è stata accettata. ${sentence(message)}`,
  errorRejected:
    'Non è stato possibile confermare la modifica. Riprova: se era già stata fatta, non verrà ripetuta.',
  errorRejectedWith: (message: string) =>
    `Non è stato possibile confermare la modifica. ${sentence(message)} Riprova: se era già stata fatta, non verrà ripetuta.`,
  errorTimeout:
    'Nessuna risposta entro il tempo previsto: non sappiamo se la modifica è stata fatta. Riprova: se lo era, non verrà ripetuta.',
  errorNetwork:
    'Connessione assente o instabile: non sappiamo se la modifica è stata fatta. Controlla la connessione e riprova: se lo era, non verrà ripetuta.',
  errorInvalidResult:
    'Il sistema ha dato una risposta non valida, quindi non sappiamo se la modifica è stata fatta. Riprova: se lo era, non verrà ripetuta.',
  unconfirmed: 'Esito della modifica non confermato',
  elsewhere: 'Una modifica è in corso in un’altra finestra o scheda: l’esito comparirà anche qui.',
} satisfies Terms;

/** The strings `<auto-renewal-control>` and `<paypal-accounts>` share (each carries a copy). */
export type ChangeTerms = typeof changeTerms;
