import type { Translation } from '../../internal/terms.js';
import type { orderSummary as it } from '../it/order-summary.js';
import { moneyProblems } from './money-problems.js';

const orderSummary: Translation<typeof it> = {
  ...moneyProblems,
  summaryTitle: 'Récapitulatif de la commande',
  summaryInvalid:
    'Le récapitulatif de la commande ne peut pas être affiché : les données reçues ne sont pas valides.',
  summaryOrderNumber: 'Commande n°',
  summaryProduct: 'Produit',
  summaryLinesCaption: 'Détail de la commande',
  summaryDescription: 'Description',
  summaryQuantity: 'Quantité',
  summaryUnitPrice: 'Prix unitaire',
  summaryAmount: 'Montant',
  summarySubtotal: 'Montant HT',
  summaryVat: 'TVA',
  summaryVatRate: (rate) => `TVA (${rate})`,
  summaryTotal: 'Total TTC',
  summaryPaymentTitle: 'Paiement',
  summaryMethod: 'Mode de paiement',
  summaryAccount: 'Compte PayPal',
  summaryNewAccount: 'Nouveau compte PayPal : vous l’enregistrerez sur PayPal',
  summaryRenewalTitle: 'Renouvellement automatique activé',
  summaryRenewalIntro:
    'En payant avec PayPal, vous activez le renouvellement automatique pour la prochaine échéance du service.',
  summaryRenewalAmount: 'Montant du renouvellement',
  summaryRenewalAmountValue: (amount) => `${amount} TTC`,
  summaryRenewalPeriod: 'Durée du renouvellement',
  summaryRenewalNext: 'Prochain prélèvement',
  summaryRenewalAccount: 'Prélevé sur',
  summaryRenewalNewAccount: 'le nouveau compte PayPal',
  summaryRenewalHowToStop: 'Comment désactiver le renouvellement automatique',
  summaryOneOff: 'ponctuel',
  summaryNoRenewal: 'Le renouvellement automatique n’est pas disponible pour ce produit',
  summaryBack: 'Retour',
  summaryConfirm: 'Continuer et payer',
  summaryBusy: 'Opération en cours, veuillez patienter…',
};

export default orderSummary;
