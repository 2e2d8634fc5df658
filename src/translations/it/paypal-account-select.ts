import type { Terms } from '../../internal/terms.js';
import { moneyProblems } from './money-problems.js';

/** <paypal-account-select> */
export const paypalAccountSelect = {
  ...moneyProblems,
  paypalLabel: 'Account PayPal',
  paypalPlaceholder: 'Scegli un account PayPal',
  paypalNewAccount: 'Nuovo account PayPal',
  paypalAccountOption: (label: string, email: string) => `${label} — ${email}`,
  paypalNoAccounts:
    'Non hai ancora registrato un account PayPal: dopo il riepilogo, con Prosegui e paga accederai a PayPal e il nuovo account sarà salvato per i prossimi pagamenti.',
  paypalNewAccountNote:
    'Dopo il riepilogo, con Prosegui e paga accederai a PayPal per registrare il nuovo account, che sarà salvato per i prossimi pagamenti.',
  paypalRequired: 'Scegli un account PayPal oppure Nuovo account PayPal.',
  paypalRenewalOn:
    'Il pagamento con PayPal attiva il rinnovo automatico del servizio alla prossima scadenza.',
  paypalRenewalPeriod: (period: string) => `Durata del rinnovo: ${period}.`,
  paypalRenewalNext: (date: string) => `Prossimo addebito: ${date}.`,
  paypalRenewalAmount: (amount: string) => `Importo del rinnovo: ${amount} IVA inclusa.`,
  paypalRenewalOff: (name: string) => `Il rinnovo automatico non è disponibile per ${name}`,
  paypalRenewalOffKind: '(non previsto per Firma Digitale e Marca Temporale)',
  paypalRenewalOffOrder: '(non previsto per questo ordine)',
  paypalRenewalInfo: 'Come disattivare il rinnovo automatico',
  paypalAccountsInvalid:
    'Gli account PayPal non possono essere mostrati: i dati ricevuti non sono validi.',
  paypalOrderInvalid:
    'Le condizioni di rinnovo non possono essere mostrate: i dati dell’ordine non sono validi.',
} satisfies Terms;
