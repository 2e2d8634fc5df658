import type { Translation } from '../../internal/terms.js';
import type { paypalAccountSelect as it } from '../it/paypal-account-select.js';
import { moneyProblems } from './money-problems.js';

const paypalAccountSelect: Translation<typeof it> = {
  ...moneyProblems,
  paypalLabel: 'Compte PayPal',
  paypalPlaceholder: 'Choisissez un compte PayPal',
  paypalNewAccount: 'Nouveau compte PayPal',
  paypalAccountOption: (label, email) => `${label} — ${email}`,
  paypalNoAccounts:
    'Vous n’avez encore enregistré aucun compte PayPal : après le récapitulatif, « Continuer et payer » vous mènera sur PayPal et le nouveau compte sera enregistré pour vos prochains paiements.',
  paypalNewAccountNote:
    'Après le récapitulatif, « Continuer et payer » vous mènera sur PayPal pour enregistrer le nouveau compte, qui sera conservé pour vos prochains paiements.',
  paypalRequired: 'Choisissez un compte PayPal ou « Nouveau compte PayPal ».',
  paypalRenewalOn:
    'Le paiement avec PayPal active le renouvellement automatique du service à sa prochaine échéance.',
  paypalRenewalPeriod: (period) => `Durée du renouvellement\u00a0: ${period}.`,
  paypalRenewalNext: (date) => `Prochain prélèvement\u00a0: ${date}.`,
  paypalRenewalAmount: (amount) => `Montant du renouvellement\u00a0: ${amount} TTC.`,
  paypalRenewalOff: (name) => `Le renouvellement automatique n’est pas disponible pour ${name}`,
  paypalRenewalOffKind: '(non prévu pour Firma Digitale et Marca Temporale)',
  paypalRenewalOffOrder: '(non prévu pour cette commande)',
  paypalRenewalInfo: 'Comment désactiver le renouvellement automatique',
  paypalAccountsInvalid:
    'Les comptes PayPal ne peuvent pas être affichés : les données reçues ne sont pas valides.',
  paypalOrderInvalid:
    'Les conditions de renouvellement ne peuvent pas être affichées : les données de la commande ne sont pas valides.',
};

export default paypalAccountSelect;
