/**
 * Italian, the kit’s reference language. One catalogue per element, so that a bundle holding
 * one element carries only its strings; every other language has exactly these keys.
 */

import type { Terms } from '../internal/terms.js';
import { MAX_ENVIRONMENTS, MAX_PRODUCTS } from '../model/product.js';

/** A host’s message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

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
  problemTooManyEnvironments: `al massimo ${MAX_ENVIRONMENTS} ambienti`,
} satisfies Terms;

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
  problemTooManyProducts: `al massimo ${MAX_PRODUCTS} prodotti`,
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
  partyIpaCode: (code: string) => `Codice IPA ${code}`,
  partyCurrent: 'Ente attuale',
  partyChosen: (name: string) => `Hai scelto ${name}`,
  partyInvalid: 'Gli enti non possono essere mostrati: i dati ricevuti non sono validi.',
} satisfies Terms;

/** Problems with money, for the elements that handle it (spread into their catalogues). */
/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
const moneyProblems = {
  opensInNewTab: 'si apre in una nuova scheda',
  problemReserved: 'valore riservato, usane un altro',
  problemNegative: 'importo negativo',
  problemAmount: 'importo non valido',
  problemCurrency: 'valuta sconosciuta o diversa da quella dell’ordine',
} satisfies Terms;

/** <paypal-account-select> */
export const paypalAccountSelect = {
  ...moneyProblems,
  paypalLabel: 'Account PayPal',
  paypalPlaceholder: 'Scegli un account PayPal',
  paypalNewAccount: 'Nuovo account PayPal',
  paypalAccountOption: (label: string, email: string) => `${label} — ${email}`,
  paypalNoAccounts:
    'Non hai ancora registrato un account PayPal: dopo il riepilogo, con Prosegui e paga accederai a PayPal e il nuovo account sarà salvato per i prossimi pagamenti.',
  paypalNewAccountNote:
    'Dopo il riepilogo, con Prosegui e paga accederai a PayPal per registrare il nuovo account, che sarà salvato per i prossimi pagamenti.',
  paypalRequired: 'Scegli un account PayPal oppure Nuovo account PayPal.',
  paypalRenewalOn:
    'Il pagamento con PayPal attiva il rinnovo automatico del servizio alla prossima scadenza.',
  paypalRenewalPeriod: (period: string) => `Durata del rinnovo: ${period}.`,
  paypalRenewalNext: (date: string) => `Prossimo addebito: ${date}.`,
  paypalRenewalAmount: (amount: string) => `Importo del rinnovo: ${amount} IVA inclusa.`,
  paypalRenewalOff: (name: string) => `Il rinnovo automatico non è disponibile per ${name}`,
  paypalRenewalOffKind: '(non previsto per Firma Digitale e Marca Temporale)',
  paypalRenewalOffOrder: '(non previsto per questo ordine)',
  paypalRenewalInfo: 'Come disattivare il rinnovo automatico',
  paypalAccountsInvalid:
    'Gli account PayPal non possono essere mostrati: i dati ricevuti non sono validi.',
  paypalOrderInvalid:
    'Le condizioni di rinnovo non possono essere mostrate: i dati dell’ordine non sono validi.',
} satisfies Terms;

/** <order-summary> */
export const orderSummary = {
  ...moneyProblems,
  summaryTitle: 'Riepilogo ordine',
  summaryInvalid:
    'Il riepilogo dell’ordine non può essere mostrato: i dati ricevuti non sono validi.',
  summaryOrderNumber: 'Ordine n.',
  summaryProduct: 'Prodotto',
  summaryLinesCaption: 'Dettaglio dell’ordine',
  summaryDescription: 'Descrizione',
  summaryQuantity: 'Quantità',
  summaryUnitPrice: 'Prezzo unitario',
  summaryAmount: 'Importo',
  summarySubtotal: 'Imponibile',
  summaryVat: 'IVA',
  summaryVatRate: (rate: string) => `IVA (${rate})`,
  summaryTotal: 'Totale IVA inclusa',
  summaryPaymentTitle: 'Pagamento',
  summaryMethod: 'Modalità di pagamento',
  summaryAccount: 'Account PayPal',
  summaryNewAccount: 'Nuovo account PayPal: lo registrerai su PayPal',
  summaryRenewalTitle: 'Rinnovo automatico attivo',
  summaryRenewalIntro:
    'Pagando con PayPal il rinnovo automatico viene attivato per la successiva scadenza del servizio.',
  summaryRenewalAmount: 'Importo del rinnovo',
  summaryRenewalAmountValue: (amount: string) => `${amount} IVA inclusa`,
  summaryRenewalPeriod: 'Durata del rinnovo',
  summaryRenewalNext: 'Prossimo addebito',
  summaryRenewalAccount: 'Addebito su',
  summaryRenewalNewAccount: 'il nuovo account PayPal',
  summaryRenewalHowToStop: 'Come disattivare il rinnovo automatico',
  summaryOneOff: 'una tantum',
  summaryNoRenewal: 'Il rinnovo automatico non è disponibile per questo prodotto',
  summaryBack: 'Indietro',
  summaryConfirm: 'Prosegui e paga',
  summaryBusy: 'Operazione in corso, attendere…',
} satisfies Terms;

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
  payPayPalUnreachableHint:
    'Controlla la connessione e riprova, oppure torna indietro e scegli un account PayPal già registrato.',
  payErrorPayPal: 'PayPal non ha completato il pagamento: puoi riprovare.',
  payErrorPayPalFatal:
    'PayPal non può completare questo pagamento: torna indietro e scegli un altro account.',
  payAccountRegistered: 'Account PayPal registrato per i prossimi pagamenti',
} satisfies Terms;

/** Registering a PayPal account without a payment, and a change's outcome: both new elements. */
const changeTerms = {
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
