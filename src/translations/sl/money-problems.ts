/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
export const moneyProblems = {
  opensInNewTab: 'odpre se v novem zavihku',
  problemReserved: 'rezervirana vrednost, uporabite drugo',
  problemNegative: 'negativen znesek',
  problemAmount: 'neveljaven znesek',
  problemCurrency: 'neznana valuta ali ni valuta naročila',
};
