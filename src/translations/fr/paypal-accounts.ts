import type { Translation } from '../../internal/terms.js';
import type { paypalAccounts as it } from '../it/paypal-accounts.js';
import { changeTerms } from './change-terms.js';

const paypalAccounts: Translation<typeof it> = {
  ...changeTerms,
  listLabel: 'Comptes PayPal enregistrés',
  empty: 'Vous n’avez encore enregistré aucun compte PayPal.',
  usedBy: (names) => `Utilisé pour le renouvellement automatique\u00a0: ${names}.`,
  notUsed: 'Non utilisé pour les renouvellements automatiques.',
  remove: 'Supprimer',
  removeLabel: (email) => `Supprimer le compte PayPal ${email}`,
  add: 'Ajouter un compte PayPal',
  addHint:
    'Enregistrez un compte PayPal pour vos prochains paiements et renouvellements, sans rien payer maintenant.',
  addCancelled: 'Vous avez fermé la fenêtre PayPal : aucun compte n’a été enregistré.',
  removeTitle: 'Supprimer le compte PayPal ?',
  removeUsed: (names, count) =>
    count === 1
      ? `Le renouvellement automatique du service ${names} utilise ce compte\u00a0: si vous le supprimez, le service ne sera plus renouvelé automatiquement et expirera à sa date d’échéance.`
      : `Les renouvellements automatiques des services ${names} utilisent ce compte\u00a0: si vous le supprimez, ces services ne seront plus renouvelés automatiquement et expireront chacun à sa date d’échéance.`,
  removeUnused:
    'Le compte ne sera plus proposé pour les paiements. Vous pourrez l’enregistrer à nouveau à tout moment.',
  removeConfirm: 'Supprimer le compte',
  removing: 'Suppression du compte PayPal en cours…',
  removed: 'Compte PayPal supprimé',
  removedText: 'Le compte n’est plus enregistré pour les paiements.',
  removedStopped: (names, count) =>
    count === 1
      ? `Le renouvellement automatique du service ${names} n’est plus actif.`
      : `Les renouvellements automatiques des services ${names} ne sont plus actifs.`,
  removeFailed: 'Compte PayPal non supprimé',
  errorNoHandler: 'La gestion des comptes PayPal n’est pas configurée sur cette page.',
  invalidAccounts:
    'Les comptes PayPal ne peuvent pas être affichés : les données reçues ne sont pas valides.',
  invalidServices:
    'Les comptes PayPal ne peuvent pas être affichés : les données des services ne sont pas valides.',
};

export default paypalAccounts;
