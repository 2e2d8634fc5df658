// The customer's orders in the demo's Area Clienti, and what each row of the table shows: shared
// by the page's script (demo/area-clienti.js) and the demo server, which renders the table on
// the server (scripts/demo-ssr.mjs). Plain data and functions, no DOM.

import { LOCALES } from './languages.js';

const euro = (value) => ({ value, currency: 'EUR' });

export const orders = [
  {
    id: 'ord-42',
    number: 'A-2026-0042',
    date: '2026-11-20',
    status: 'awaiting-payment',
    product: { kind: 'pec', name: 'PEC Standard' },
    lines: [
      {
        description: 'Casella PEC Standard, 1 anno',
        quantity: 1,
        unitPrice: euro('5.00'),
        vatRate: 22,
      },
    ],
    total: euro('6.10'),
    renewal: { period: 'P1Y', nextChargeDate: '2027-11-20' },
  },
  {
    id: 'ord-43',
    number: 'A-2026-0043',
    date: '2026-11-21',
    status: 'awaiting-payment',
    product: { kind: 'firma-digitale', name: 'Firma Digitale Remota' },
    lines: [
      {
        description: 'Firma Digitale Remota, 3 anni',
        quantity: 1,
        unitPrice: euro('39.90'),
        vatRate: 22,
      },
    ],
    total: euro('48.68'),
  },
  {
    id: 'ord-44',
    number: 'A-2026-0044',
    date: '2026-11-21',
    status: 'awaiting-payment',
    product: { kind: 'conservazione', name: 'Conservazione a norma' },
    lines: [
      {
        description: 'Conservazione a norma, 100 GB',
        quantity: 1,
        unitPrice: euro('960.00'),
        vatRate: 22,
      },
      {
        description: 'Attivazione del servizio',
        quantity: 1,
        unitPrice: euro('52.00'),
        vatRate: 22,
        // A one-off fee: not part of the renewal price.
        recurring: false,
      },
    ],
    total: euro('1234.64'),
    // What each year costs from the next one, IVA inclusa (the host's figure is authoritative).
    renewal: { period: 'P1Y', nextChargeDate: '2027-11-21', amount: euro('1171.20') },
  },
  {
    id: 'ord-31',
    number: 'A-2026-0031',
    date: '2026-09-02',
    status: 'paid',
    product: { kind: 'spid', name: 'SPID Professionale' },
    lines: [
      {
        description: 'SPID per uso professionale, 1 anno',
        quantity: 1,
        unitPrice: euro('30.00'),
        vatRate: 22,
      },
    ],
    total: euro('36.60'),
  },
];

export const registeredAccounts = [
  { id: 'vault-1', email: 'mario.rossi@example.it', label: 'Personale' },
  { id: 'vault-2', email: 'amministrazione@studiorossi.example' },
];

/** The page's words for a row, in the page's language: `t(key)`. */
export function orderRow(order, t, language) {
  const locale = LOCALES[language] ?? LOCALES.it;
  const [y, m, d] = order.date.split('-').map(Number);
  return {
    number: order.number,
    product: order.product.name,
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    ),
    // The page formats the decimal string itself: Intl takes it exactly, with no float.
    total: new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: order.total.currency,
      useGrouping: 'always',
    }).format(order.total.value),
    status: order.status === 'paid' ? t('statusPaid') : t('statusAwaiting'),
  };
}

/** The payment methods the page offers beside PayPal (the host's own Bonifico page). */
export const payMethods = (t) => [{ id: 'paypal' }, { id: 'bonifico', label: t('methodTransfer') }];

/**
 * The attributes of each order's <order-pay-button>, besides `order` and `methods`: `paypal` is
 * the demo server's public PayPal settings (`/demo/paypal-config.json`).
 */
export function payAttributes(paypal) {
  return {
    'renewal-info-href': '#come-disattivare-il-rinnovo',
    'request-timeout': '5000',
    // Any client id works with the simulator; a real page gives its PayPal app's id.
    'paypal-client-id': paypal.clientId ?? 'demo-simulator',
    'paypal-environment': paypal.environment ?? 'sandbox',
  };
}
