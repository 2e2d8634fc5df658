/** Problems of the pay elements' data (money, accounts): only their catalogues carry them. */
export const moneyProblems = {
  opensInNewTab: 'öffnet sich in einem neuen Tab',
  problemReserved: 'reservierter Wert, bitte einen anderen verwenden',
  problemNegative: 'negativer Betrag',
  problemAmount: 'ungültiger Betrag',
  problemCurrency: 'unbekannte Währung oder nicht die Währung der Bestellung',
};
