/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
export const moneyProblems = {
  opensInNewTab: 's’ouvre dans un nouvel onglet',
  problemReserved: 'valeur réservée, utilisez-en une autre',
  problemNegative: 'montant négatif',
  problemAmount: 'montant non valide',
  problemCurrency: 'devise inconnue ou différente de celle de la commande',
};
