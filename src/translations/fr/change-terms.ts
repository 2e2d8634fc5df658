import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

/** The words `<auto-renewal-control>` and `<paypal-accounts>` share (each carries a copy). */
export const changeTerms = {
  ...moneyProblems,
  problemUnlisted: 'ne figure pas parmi les comptes PayPal enregistrés',
  close: 'Fermer',
  cancel: 'Annuler',
  retry: 'Réessayer',
  back: 'Retour',
  loadingAccounts: 'Chargement des comptes PayPal…',
  accountsFailed: 'Impossible de charger les comptes PayPal.',
  accountsFailedWith: (message: string) =>
    `Impossible de charger les comptes PayPal. ${sentence(message)}`,
  accountsNoHandler: 'Les comptes PayPal ne sont pas configurés sur cette page.',
  accountsTimeout: 'Aucune réponse dans le délai prévu lors du chargement des comptes PayPal.',
  accountsNetwork: 'Connexion absente ou instable : impossible de charger les comptes PayPal.',
  accountsInvalid: (detail: string) => `Les comptes PayPal reçus ne sont pas valides. ${detail}`,
  paypalLoading: 'Chargement de PayPal…',
  paypalWaiting:
    'En attente de PayPal : finalisez l’enregistrement du compte dans la fenêtre PayPal.',
  paypalSaving: 'Enregistrement du compte PayPal en cours…',
  paypalRegistered: 'Compte PayPal enregistré',
  saveFailed: 'Compte PayPal non enregistré',
  saveUnconfirmed: 'Enregistrement du compte non confirmé',
  saveErrorNotStarted:
    'L’enregistrement sur PayPal n’a pas démarré et aucun compte n’a été enregistré : réessayez dans quelques instants.',
  saveErrorNotStartedWith: (message: string) =>
    `L’enregistrement sur PayPal n’a pas démarré et aucun compte n’a été enregistré. ${sentence(message)}`,
  saveErrorDeclined: 'Le compte PayPal n’a pas été enregistré.',
  saveErrorDeclinedWith: (message: string) =>
    `Le compte PayPal n’a pas été enregistré. ${sentence(message)}`,
  saveErrorUnknown:
    'Nous ne savons pas si le compte PayPal a été enregistré. Réessayez : s’il l’était déjà, il ne sera pas enregistré deux fois.',
  saveErrorPayPal: 'PayPal n’a pas finalisé l’enregistrement : vous pouvez réessayer.',
  saveErrorPayPalFatal: 'PayPal ne peut pas enregistrer ce compte.',
  saveErrorPayPalConfig:
    'Pour enregistrer un nouveau compte PayPal, la configuration de PayPal est nécessaire mais manquante (paypal-client-id, paypal-environment).',
  saveErrorUnreachable:
    'PayPal inaccessible : vérifiez votre connexion et réessayez, ou choisissez un compte PayPal déjà enregistré.',
  saveErrorNoHandler: 'L’enregistrement d’un compte PayPal n’est pas configuré sur cette page.',
  errorHandler: 'Une erreur s’est produite sur la page : réessayez plus tard.',
  errorDeclined: 'La demande n’a pas été acceptée.',
  errorDeclinedWith: (message: string) => `La demande n’a pas été acceptée. ${sentence(message)}`,
  errorRejected:
    'La modification n’a pas pu être confirmée. Réessayez : si elle avait déjà été effectuée, elle ne sera pas répétée.',
  errorRejectedWith: (message: string) =>
    `La modification n’a pas pu être confirmée. ${sentence(message)} Réessayez\u00a0: si elle avait déjà été effectuée, elle ne sera pas répétée.`,
  errorTimeout:
    'Aucune réponse dans le délai prévu : nous ne savons pas si la modification a été effectuée. Réessayez : si c’est le cas, elle ne sera pas répétée.',
  errorNetwork:
    'Connexion absente ou instable : nous ne savons pas si la modification a été effectuée. Vérifiez votre connexion et réessayez : si c’est le cas, elle ne sera pas répétée.',
  errorInvalidResult:
    'Le système a renvoyé une réponse non valide : nous ne savons donc pas si la modification a été effectuée. Réessayez : si c’est le cas, elle ne sera pas répétée.',
  unconfirmed: 'Résultat de la modification non confirmé',
  elsewhere:
    'Une modification est en cours dans une autre fenêtre ou un autre onglet : le résultat s’affichera aussi ici.',
};
