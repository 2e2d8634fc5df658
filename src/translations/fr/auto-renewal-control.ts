import type { Translation } from '../../internal/terms.js';
import type { autoRenewalControl as it } from '../it/auto-renewal-control.js';
import { changeTerms } from './change-terms.js';

const autoRenewalControl: Translation<typeof it> = {
  ...changeTerms,
  renewalOn: 'Renouvellement automatique activé',
  renewalOff: 'Renouvellement automatique inactif',
  renewalUnavailable: 'Renouvellement automatique non disponible',
  renewalUnavailableKind: 'Il n’est pas prévu pour Firma Digitale et Marca Temporale.',
  renewalUnavailableService: 'Il n’est pas prévu pour ce service.',
  renewalAmount: 'Montant du renouvellement',
  renewalAmountValue: (amount) => `${amount} TTC`,
  renewalPeriod: 'Durée du renouvellement',
  renewalNext: 'Prochain prélèvement',
  renewalAccount: 'Prélevé sur',
  renewalExpiry: (date) => `Le service expire le ${date}.`,
  renewalBusy: 'Modification du renouvellement automatique en cours…',
  disable: 'Désactiver',
  disableLabel: (name) => `Désactiver le renouvellement automatique du service ${name}`,
  enable: 'Activer',
  enableLabel: (name) => `Activer le renouvellement automatique du service ${name}`,
  offTitle: (name) => `Désactiver le renouvellement automatique du service ${name}\u202f?`,
  offText: (date) =>
    `Le service ne sera pas renouvelé\u00a0: il expirera le ${date} et rien ne vous sera prélevé.`,
  offTextNoDate:
    'Le service ne sera pas renouvelé : il expirera à sa date d’échéance et rien ne vous sera prélevé.',
  offAgain:
    'Vous pourrez réactiver le renouvellement automatique à tout moment depuis votre espace client.',
  offConfirm: 'Désactiver le renouvellement',
  onTitle: (name) => `Activer le renouvellement automatique du service ${name}\u202f?`,
  onText:
    'À son échéance, le service sera renouvelé automatiquement, par prélèvement sur le compte PayPal que vous choisissez ici.',
  onStop: 'Vous pourrez le désactiver à tout moment depuis votre espace client.',
  onConfirm: 'Activer le renouvellement',
  onConfirmNew: 'Continuer sur PayPal',
  onAccountLabel: 'Compte PayPal pour le renouvellement',
  onNoAccounts:
    'Vous n’avez encore enregistré aucun compte PayPal : « Continuer sur PayPal » vous permettra d’en enregistrer un, sans rien payer maintenant.',
  onNewAccountNote:
    '« Continuer sur PayPal » vous mènera sur PayPal pour enregistrer le nouveau compte, sans rien payer maintenant.',
  onRequired: 'Choisissez un compte PayPal ou « Nouveau compte PayPal ».',
  paypalCancelled:
    'Vous avez fermé la fenêtre PayPal : aucun compte n’a été enregistré et le renouvellement automatique n’a pas été activé.',
  submittingOff: 'Désactivation du renouvellement automatique en cours…',
  submittingOn: 'Activation du renouvellement automatique en cours…',
  doneOff: 'Renouvellement automatique désactivé',
  doneOffText: (date) =>
    `Le service ne sera pas renouvelé\u00a0: il expirera le ${date} et rien ne vous sera prélevé.`,
  doneOffTextNoDate: 'Le service ne sera pas renouvelé et rien ne vous sera prélevé.',
  doneOffEmail: 'Vous recevrez un e-mail confirmant la désactivation.',
  doneOn: 'Renouvellement automatique activé',
  doneOnEmail: 'Vous recevrez un e-mail confirmant l’activation du renouvellement automatique.',
  failedOff: 'Renouvellement automatique non désactivé',
  failedOn: 'Renouvellement automatique non activé',
  errorNoHandler: 'La gestion du renouvellement automatique n’est pas configurée sur cette page.',
  invalidService:
    'Le renouvellement automatique ne peut pas être affiché : les données du service ne sont pas valides.',
  invalidAccounts:
    'Le renouvellement automatique ne peut pas être affiché : les comptes PayPal reçus ne sont pas valides.',
};

export default autoRenewalControl;
