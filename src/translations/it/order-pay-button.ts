import type { Terms } from '../../internal/terms.js';
import { moneyProblems } from './money-problems.js';

/** A host’s message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** <order-pay-button> */
export const orderPayButton = {
  ...moneyProblems,
  payButton: 'Paga',
  payNotReady: 'disponibile al termine del caricamento della pagina',
  payOrder: (number: string) => `Paga l’ordine ${number}`,
  payStatusPaid: 'Pagato',
  payStatusPending: 'Pagamento in elaborazione',
  payStatusInProgress: 'Pagamento in corso',
  payStatusCancelled: 'Annullato',
  payStatusExpired: 'Scaduto',
  payInvalidOrder: 'L’ordine non può essere mostrato: i dati ricevuti non sono validi.',
  payInvalidMethods:
    'Le modalità di pagamento non possono essere mostrate: i dati ricevuti non sono validi.',
  payInvalidSetting:
    'Il pagamento non può essere mostrato: un’impostazione della pagina non è valida.',
  payClose: 'Chiudi',
  payProceed: 'Prosegui',
  payStep: (step: number, steps: number, name: string) => `Passo ${step} di ${steps}: ${name}`,
  payStepChoose: 'scelta dell’account PayPal',
  payStepChooseMethod: 'modalità di pagamento',
  payStepReview: 'riepilogo e pagamento',
  payMethodLegend: 'Modalità di pagamento',
  payMethodRenewal:
    'Con PayPal il rinnovo automatico viene attivato per la successiva scadenza del servizio.',
  payMethodNoRenewal: (name: string) =>
    `Con PayPal il rinnovo automatico non è disponibile per ${name}.`,
  payMethodRequired: 'Scegli una modalità di pagamento.',
  payChargedTo: 'Addebitato su',
  payBack: 'Indietro',
  payRetry: 'Riprova',
  payMethod: 'Modalità di pagamento: PayPal',
  payMethodHint:
    'Scegli un account PayPal già registrato oppure Nuovo account PayPal per registrarne uno.',
  payLoading: 'Caricamento…',
  payLoadingAccounts: 'Caricamento degli account PayPal…',
  payAccountsFailed: 'Non è stato possibile caricare gli account PayPal.',
  payAccountsFailedWith: (message: string) =>
    `Non è stato possibile caricare gli account PayPal. ${sentence(message)}`,
  payAccountsNoHandler: 'Gli account PayPal non sono configurati in questa pagina.',
  payAccountsTimeout:
    'Nessuna risposta entro il tempo previsto durante il caricamento degli account PayPal.',
  payAccountsNetwork:
    'Connessione assente o instabile: non è stato possibile caricare gli account PayPal.',
  payAccountsInvalid: (detail: string) => `Gli account PayPal ricevuti non sono validi. ${detail}`,
  payAuthorizing: 'Autorizzazione del pagamento in corso…',
  paySucceeded: 'Pagamento completato',
  payAmount: (amount: string) => `Importo pagato: ${amount}`,
  payAmountPending: (amount: string) => `Importo: ${amount}`,
  payEmail: 'Riceverai un’e-mail di conferma del pagamento.',
  payRenewalActive:
    'Il rinnovo automatico è attivo: riceverai un’e-mail di conferma dell’attivazione.',
  payPendingTitle: 'Pagamento in elaborazione',
  payPendingText:
    'Il pagamento è stato accettato ed è in elaborazione: riceverai un’e-mail quando sarà completato. Non serve pagare di nuovo.',
  payReference: 'Riferimento del pagamento',
  payChecking: 'Stiamo verificando il pagamento precedente…',
  payElsewhere:
    'Il pagamento di quest’ordine è in corso in un’altra finestra o scheda: l’esito comparirà qui.',
  payReleased:
    'Il pagamento avviato in un’altra finestra o scheda non è stato completato: puoi pagare da qui.',
  payFailed: 'Pagamento non riuscito',
  payUnconfirmed: 'Esito del pagamento non confermato',
  payErrorDeclinedWith: (message: string) =>
    `Il pagamento non è stato autorizzato e non ti è stato addebitato nulla. ${sentence(message)}`,
  payErrorDeclined: 'Il pagamento non è stato autorizzato e non ti è stato addebitato nulla.',
  payErrorRejectedWith: (message: string) =>
    `Non è stato possibile confermare il pagamento. ${sentence(message)} Riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.`,
  payErrorRejected:
    'Non è stato possibile confermare il pagamento. Riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
  payErrorNetwork:
    'Connessione assente o instabile: non sappiamo se il pagamento è partito. Controlla la connessione e riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
  payErrorHandler: 'Si è verificato un errore nella pagina: riprova più tardi.',
  payErrorInvalidResult:
    'Il sistema di pagamento ha dato una risposta non valida, quindi non sappiamo se il pagamento è andato a buon fine. Riprova: se era già andato a buon fine, non ti verrà addebitato di nuovo.',
  payErrorNoHandler: 'Il pagamento non è configurato in questa pagina.',
  payErrorNotStartedWith: (message: string) =>
    `Il pagamento non è partito e non ti è stato addebitato nulla. ${sentence(message)}`,
  payErrorNotStarted:
    'Il pagamento non è partito e non ti è stato addebitato nulla: riprova tra qualche istante.',
  payErrorTimeout:
    'Nessuna risposta dal sistema di pagamento entro il tempo previsto. Riprova: se il pagamento era già andato a buon fine, non ti verrà addebitato di nuovo.',
  payErrorPayPalConfig:
    'Per registrare un nuovo account PayPal manca la configurazione di PayPal (paypal-client-id, paypal-environment).',
  payErrorUnknown: 'Il pagamento non è riuscito: riprova più tardi.',
  payPayPalCancelled: 'Hai chiuso la finestra di PayPal: nessun pagamento è stato effettuato.',
  payPayPalLoading: 'Caricamento di PayPal…',
  payPayPalWaiting: 'In attesa di PayPal: completa il pagamento nella finestra di PayPal.',
  payPayPalUnreachable: 'PayPal non raggiungibile',
  payPayPalBlocked: 'PayPal bloccato dalla politica di sicurezza della pagina',
  payPayPalBlockedHint:
    'Questa pagina non permette di caricare PayPal (Content Security Policy). Torna indietro e scegli un account PayPal già registrato, oppure segnala il problema al gestore del sito.',
  payPayPalUnreachableHint:
    'Controlla la connessione e riprova, oppure torna indietro e scegli un account PayPal già registrato.',
  payErrorPayPal: 'PayPal non ha completato il pagamento: puoi riprovare.',
  payErrorPayPalFatal:
    'PayPal non può completare questo pagamento: torna indietro e scegli un altro account.',
  payAccountRegistered: 'Account PayPal registrato per i prossimi pagamenti',
} satisfies Terms;
