/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
export const moneyProblems = {
  opensInNewTab: 'opens in a new tab',
  problemReserved: 'reserved value, use another one',
  problemNegative: 'negative amount',
  problemAmount: 'not a valid amount',
  problemCurrency: 'unknown currency, or not the order’s currency',
};
