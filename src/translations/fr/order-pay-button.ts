import type { Translation } from '../../internal/terms.js';
import type { orderPayButton as it } from '../it/order-pay-button.js';
import { moneyProblems } from './money-problems.js';

/** A host's message as a sentence of its own: trimmed, with its final stop. */
const sentence = (message: string) => {
  const text = message.trim();
  return /[.!?…]$/.test(text) ? text : `${text}.`;
};

const orderPayButton: Translation<typeof it> = {
  ...moneyProblems,
  payButton: 'Payer',
  payNotReady: 'disponible dès que la page est chargée',
  payOrder: (number) => `Payer la commande ${number}`,
  payStatusPaid: 'Payée',
  payStatusPending: 'Paiement en cours de traitement',
  payStatusInProgress: 'Paiement en cours',
  payStatusCancelled: 'Annulée',
  payStatusExpired: 'Expirée',
  payInvalidOrder:
    'La commande ne peut pas être affichée : les données reçues ne sont pas valides.',
  payInvalidMethods:
    'Les modes de paiement ne peuvent pas être affichés : les données reçues ne sont pas valides.',
  payInvalidSetting:
    'Le paiement ne peut pas être affiché : un paramètre de cette page n’est pas valide.',
  payClose: 'Fermer',
  payProceed: 'Continuer',
  payStep: (step, steps, name) => `Étape ${step} sur ${steps}\u00a0: ${name}`,
  payStepChoose: 'choix du compte PayPal',
  payStepChooseMethod: 'mode de paiement',
  payStepReview: 'récapitulatif et paiement',
  payMethodLegend: 'Mode de paiement',
  payMethodRenewal:
    'Avec PayPal, le renouvellement automatique est activé pour la prochaine échéance du service.',
  payMethodNoRenewal: (name) =>
    `Avec PayPal, le renouvellement automatique n’est pas disponible pour ${name}.`,
  payMethodRequired: 'Choisissez un mode de paiement.',
  payChargedTo: 'Prélevé sur',
  payBack: 'Retour',
  payRetry: 'Réessayer',
  payMethod: 'Mode de paiement : PayPal',
  payMethodHint:
    'Choisissez un compte PayPal déjà enregistré, ou « Nouveau compte PayPal » pour en ajouter un.',
  payLoading: 'Chargement…',
  payLoadingAccounts: 'Chargement des comptes PayPal…',
  payAccountsFailed: 'Impossible de charger les comptes PayPal.',
  payAccountsFailedWith: (message) =>
    `Impossible de charger les comptes PayPal. ${sentence(message)}`,
  payAccountsNoHandler: 'Les comptes PayPal ne sont pas configurés sur cette page.',
  payAccountsTimeout: 'Aucune réponse dans le délai prévu lors du chargement des comptes PayPal.',
  payAccountsNetwork: 'Connexion absente ou instable : impossible de charger les comptes PayPal.',
  payAccountsInvalid: (detail) => `Les comptes PayPal reçus ne sont pas valides. ${detail}`,
  payAuthorizing: 'Autorisation du paiement en cours…',
  paySucceeded: 'Paiement effectué',
  payAmount: (amount) => `Montant payé\u00a0: ${amount}`,
  payAmountPending: (amount) => `Montant\u00a0: ${amount}`,
  payEmail: 'Vous recevrez un e-mail de confirmation du paiement.',
  payRenewalActive:
    'Le renouvellement automatique est activé : vous recevrez un e-mail confirmant son activation.',
  payPendingTitle: 'Paiement en cours de traitement',
  payPendingText:
    'Le paiement a été accepté et est en cours de traitement : vous recevrez un e-mail une fois qu’il sera finalisé. Inutile de payer à nouveau.',
  payReference: 'Référence du paiement',
  payChecking: 'Nous vérifions le paiement précédent…',
  payElsewhere:
    'Le paiement de cette commande est en cours dans une autre fenêtre ou un autre onglet : le résultat s’affichera ici.',
  payReleased:
    'Le paiement commencé dans une autre fenêtre ou un autre onglet n’a pas été finalisé : vous pouvez payer ici.',
  payFailed: 'Échec du paiement',
  payUnconfirmed: 'Résultat du paiement non confirmé',
  payErrorDeclinedWith: (message) =>
    `Le paiement n’a pas été autorisé et aucun montant ne vous a été prélevé. ${sentence(message)}`,
  payErrorDeclined: 'Le paiement n’a pas été autorisé et aucun montant ne vous a été prélevé.',
  payErrorRejectedWith: (message) =>
    `Le paiement n’a pas pu être confirmé. ${sentence(message)} Réessayez\u00a0: s’il avait déjà abouti, vous ne serez pas prélevé une seconde fois.`,
  payErrorRejected:
    'Le paiement n’a pas pu être confirmé. Réessayez : s’il avait déjà abouti, vous ne serez pas prélevé une seconde fois.',
  payErrorNetwork:
    'Connexion absente ou instable : nous ne savons pas si le paiement est parti. Vérifiez votre connexion et réessayez : s’il avait déjà abouti, vous ne serez pas prélevé une seconde fois.',
  payErrorHandler: 'Une erreur s’est produite sur la page : réessayez plus tard.',
  payErrorInvalidResult:
    'Le système de paiement a renvoyé une réponse non valide : nous ne savons donc pas si le paiement a abouti. Réessayez : s’il avait déjà abouti, vous ne serez pas prélevé une seconde fois.',
  payErrorNoHandler: 'Le paiement n’est pas configuré sur cette page.',
  payErrorNotStartedWith: (message) =>
    `Le paiement n’a pas démarré et aucun montant ne vous a été prélevé. ${sentence(message)}`,
  payErrorNotStarted:
    'Le paiement n’a pas démarré et aucun montant ne vous a été prélevé : réessayez dans quelques instants.',
  payErrorTimeout:
    'Aucune réponse du système de paiement dans le délai prévu. Réessayez : si le paiement avait déjà abouti, vous ne serez pas prélevé une seconde fois.',
  payErrorPayPalConfig:
    'Pour enregistrer un nouveau compte PayPal, la configuration de PayPal est nécessaire mais manquante (paypal-client-id, paypal-environment).',
  payErrorUnknown: 'Le paiement a échoué : réessayez plus tard.',
  payPayPalCancelled: 'Vous avez fermé la fenêtre PayPal : aucun paiement n’a été effectué.',
  payPayPalLoading: 'Chargement de PayPal…',
  payPayPalWaiting: 'En attente de PayPal : finalisez le paiement dans la fenêtre PayPal.',
  payPayPalUnreachable: 'PayPal inaccessible',
  payPayPalBlocked: 'PayPal bloqué par la politique de sécurité de la page',
  payPayPalBlockedHint:
    'Cette page ne permet pas de charger PayPal (Content Security Policy). Revenez en arrière et choisissez un compte PayPal déjà enregistré, ou signalez le problème au gestionnaire du site.',
  payPayPalUnreachableHint:
    'Vérifiez votre connexion et réessayez, ou revenez en arrière et choisissez un compte PayPal déjà enregistré.',
  payErrorPayPal: 'PayPal n’a pas finalisé le paiement : vous pouvez réessayer.',
  payErrorPayPalFatal:
    'PayPal ne peut pas finaliser ce paiement : revenez en arrière et choisissez un autre compte.',
  payAccountRegistered: 'Compte PayPal enregistré pour vos prochains paiements',
};

export default orderPayButton;
