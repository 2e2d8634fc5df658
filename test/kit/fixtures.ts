/**
 * The customer area every test and story tells: one set of orders, PayPal accounts, products
 * and organisations, told once. Functions give a fresh object (a test may change its copy);
 * `over` changes what a test is about and nothing else.
 *
 * Each order has an id of its own, because payment records are kept per order id (in
 * localStorage, for every tab) and must not leak from one test into the next.
 */
import type { Order } from '../../src/model/order.js';
import type { Party } from '../../src/model/party.js';
import type { PaymentChoice, PayPalAccount } from '../../src/model/paypal-account.js';
import type { Product } from '../../src/model/product.js';
import type { Service } from '../../src/model/service.js';

// ---------------------------------------------------------------------------------------------
// PayPal accounts
// ---------------------------------------------------------------------------------------------

export const mario: PayPalAccount = { id: 'pp-1', email: 'mario.rossi@example.it' };
export const anna: PayPalAccount = { id: 'pp-2', email: 'anna.bianchi@example.it' };
/** An account shown by its label: "Studio — studio@example.it". */
export const studio: PayPalAccount = { id: 'pp-3', email: 'studio@example.it', label: 'Studio' };
/** The account a new-account payment registers. */
export const fresh: PayPalAccount = { id: 'pp-new', email: 'nuovo.conto@example.it' };

/** The accounts a customer registered: their own and the office's (shown by its label). */
export const accounts = (): PayPalAccount[] => [mario, studio];

/** Paying with a registered account (Mario's by default). */
export const registeredChoice = (account: PayPalAccount = mario): PaymentChoice => ({
  method: 'paypal',
  account,
});

/** Paying with a PayPal account the customer registers on PayPal while paying. */
export const newAccountChoice = (): PaymentChoice => ({ method: 'paypal', account: 'new' });

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

let sequence = 0;
/** An order id no other test uses, in this page or another. */
export const uniqueId = (prefix = 'ORD') =>
  `${prefix}-${++sequence}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A PEC mailbox for a year, awaiting payment: 20,00 € + IVA 22 % = 24,40 €, renewed on 1 March. */
export function pecOrder(over: Partial<Order> = {}): Order {
  return {
    id: uniqueId(),
    number: '2026/000123',
    status: 'awaiting-payment',
    product: { kind: 'pec', name: 'PEC Standard' },
    lines: [
      {
        description: 'Casella PEC Standard, 1 anno',
        quantity: 1,
        unitPrice: { value: '20.00', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    total: { value: '24.40', currency: 'EUR' },
    renewal: { period: 'P1Y', nextChargeDate: '2027-03-01' },
    ...over,
  };
}

/** A remote digital signature for three years: automatic renewal is not available for it. */
export function firmaOrder(over: Partial<Order> = {}): Order {
  return pecOrder({
    number: '2026/000456',
    product: { kind: 'firma-digitale', name: 'Firma Digitale Remota' },
    lines: [
      {
        description: 'Firma Digitale Remota, 3 anni',
        quantity: 1,
        unitPrice: { value: '60.00', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    total: { value: '73.20', currency: 'EUR' },
    renewal: { period: 'P3Y' },
    ...over,
  });
}

/** Time stamps, bought once: automatic renewal is not available for them either. */
export function marcaOrder(over: Partial<Order> = {}): Order {
  return pecOrder({
    number: '2026/000789',
    product: { kind: 'marca-temporale', name: 'Marca Temporale' },
    lines: [
      {
        description: 'Marche temporali, confezione da 100',
        quantity: 1,
        unitPrice: { value: '25.00', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    total: { value: '30.50', currency: 'EUR' },
    renewal: undefined,
    ...over,
  });
}

/**
 * Conservazione a norma: a yearly service with a one-off activation fee, so the renewal costs
 * less than the first order (960,00 € + IVA = 1.171,20 € a year; 1.234,64 € now).
 */
export function conservazioneOrder(over: Partial<Order> = {}): Order {
  return pecOrder({
    number: '2026/000321',
    product: { kind: 'conservazione', name: 'Conservazione a norma' },
    lines: [
      {
        description: 'Conservazione a norma, 100 GB, 1 anno',
        quantity: 1,
        unitPrice: { value: '960.00', currency: 'EUR' },
        vatRate: 22,
      },
      {
        description: 'Attivazione del servizio',
        quantity: 1,
        unitPrice: { value: '52.00', currency: 'EUR' },
        vatRate: 22,
        recurring: false,
      },
    ],
    total: { value: '1234.64', currency: 'EUR' },
    renewal: { period: 'P1Y', nextChargeDate: '2027-11-20' },
    ...over,
  });
}

/**
 * Several lines, every one renewed, with the host's own subtotal and VAT and a four-digit total
 * (it-IT money is always grouped: 1.234,50 €); no next charge date.
 */
export function largeOrder(over: Partial<Order> = {}): Order {
  return pecOrder({
    number: '2026/000654',
    product: { kind: 'conservazione', name: 'Conservazione digitale' },
    lines: [
      {
        description: 'Conservazione, 100 GB',
        quantity: 3,
        unitPrice: { value: '300.00', currency: 'EUR' },
        vatRate: 22,
      },
      {
        description: 'Spazio aggiuntivo',
        quantity: 1,
        unitPrice: { value: '111.89', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    subtotal: { value: '1011.89', currency: 'EUR' },
    vat: { value: '222.61', currency: 'EUR' },
    total: { value: '1234.50', currency: 'EUR' },
    renewal: { period: 'P1Y' },
    ...over,
  });
}

/**
 * Two PEC mailboxes and 0,05 € of extra space: the VAT is rounded half up per line
 * (4,40 € + 0,01 €), the host's total is 24,46 €.
 */
export function pecWithExtraSpace(over: Partial<Order> = {}): Order {
  return pecOrder({
    number: 'A-2026-0042',
    lines: [
      {
        description: 'Casella PEC 1 GB',
        quantity: 2,
        unitPrice: { value: '10.00', currency: 'EUR' },
        vatRate: 22,
      },
      {
        description: 'Spazio aggiuntivo',
        quantity: 1,
        unitPrice: { value: '0.05', currency: 'EUR' },
        vatRate: 22,
      },
    ],
    total: { value: '24.46', currency: 'EUR' },
    ...over,
  });
}

// ---------------------------------------------------------------------------------------------
// Services (automatic renewal)
// ---------------------------------------------------------------------------------------------

/**
 * Services the customer holds, for `<auto-renewal-control>` and `<paypal-accounts>`. Each has
 * an id of its own: changes are kept per service id (in localStorage, for every tab).
 */
export function pecService(over: Partial<Service> = {}): Service {
  return {
    id: uniqueId('SRV'),
    name: 'PEC Standard — mario.rossi@pec.example.it',
    kind: 'pec',
    expiryDate: '2027-11-20',
    renewal: {
      enabled: true,
      period: 'P1Y',
      nextChargeDate: '2027-11-20',
      amount: { value: '24.40', currency: 'EUR' },
      account: mario,
    },
    ...over,
  };
}

/** Conservazione a norma, automatic renewal switched off: it expires on 21 November 2027. */
export function conservazioneService(over: Partial<Service> = {}): Service {
  return {
    id: uniqueId('SRV'),
    name: 'Conservazione a norma',
    kind: 'conservazione',
    expiryDate: '2027-11-21',
    renewal: {
      enabled: false,
      period: 'P1Y',
      amount: { value: '1171.20', currency: 'EUR' },
    },
    ...over,
  };
}

/** A remote digital signature: automatic renewal is not available for it. */
export function firmaService(over: Partial<Service> = {}): Service {
  return {
    id: uniqueId('SRV'),
    name: 'Firma Digitale Remota',
    kind: 'firma-digitale',
    expiryDate: '2029-03-01',
    ...over,
  };
}

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

/** pagoPA's logo, served by the test server (and by `npm start`). */
export const LOGO = '/demo/img/pagopa.svg';
/** A logo that fails to load. */
export const MISSING_LOGO = '/no-such-logo.png';

/**
 * pagoPA, with Produzione and Collaudo in the host's order (the kit shows Collaudo first); the
 * hrefs stay in the page, so following one never leaves a test.
 */
export function pagoPA(over: Partial<Product> = {}): Product {
  return {
    id: 'pagopa',
    name: 'pagoPA',
    logoUrl: LOGO,
    environments: [
      { id: 'produzione', href: '#produzione' },
      { id: 'collaudo', href: '#collaudo' },
    ],
    ...over,
  };
}

/** Piattaforma Notifiche, in Produzione only. */
export function notifiche(over: Partial<Product> = {}): Product {
  return {
    id: 'pn',
    name: 'Piattaforma Notifiche',
    environments: [{ id: 'produzione', href: '#pn' }],
    ...over,
  };
}

/** App IO, without environments: the product is its own page. */
export function appIO(over: Partial<Product> = {}): Product {
  return { id: 'io', name: 'App IO', href: '#io', ...over };
}

/** The products of the organisation, as the product menu lists them. */
export const products = (): Product[] => [pagoPA(), notifiche(), appIO()];

/** A product the customer uses and may manage: Gestisci. */
export const pagoPAToManage = (): Product => pagoPA({ status: 'active', canManage: true });

/** A product the organisation uses, without a role for this customer. */
export const appIOWithoutRole = (): Product => ({
  id: 'io',
  name: 'App IO',
  status: 'active',
  canManage: false,
});

/** A product the organisation is joining. */
export const notificheJoining = (): Product => ({
  id: 'pn',
  name: 'Piattaforma Notifiche',
  status: 'pending',
});

/** A product the organisation may join: Aderisci, Scopri di più. */
export const pagoPAToJoin = (): Product => ({
  id: 'pagopa',
  name: 'pagoPA',
  logoUrl: LOGO,
  status: 'available',
  infoHref: 'https://example.org/pagopa',
});

// ---------------------------------------------------------------------------------------------
// Organisations (parties)
// ---------------------------------------------------------------------------------------------

/** The customer's seven organisations: roles, codes, a disabled one, a pending one, a partner. */
export const enti = (): Party[] => [
  {
    id: 'milano',
    name: 'Comune di Milano',
    role: 'admin',
    taxCode: '01199250158',
    ipaCode: 'c_f205',
  },
  { id: 'castello', name: 'Città di Castello', role: 'operator', ipaCode: 'c_c745' },
  { id: 'roma', name: 'Roma Capitale', role: 'operator', taxCode: '02438750586' },
  {
    id: 'lombardia',
    name: 'Regione Lombardia',
    role: 'admin',
    disabled: true,
    taxCode: '80050050154',
  },
  { id: 'napoli', name: 'Comune di Napoli', role: 'admin', pending: true },
  {
    id: 'partner',
    name: 'PagoTech S.p.A.',
    role: 'admin',
    parentName: 'Partner tecnologico',
  },
  { id: 'forli', name: 'Comune di Forlì', role: 'operator', ipaCode: 'c_d704' },
];

/** `count` organisations "Ente numero i" (ids `ente-i`), admin and operator in turn. */
export const manyEnti = (count: number): Party[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `ente-${i}`,
    name: `Ente numero ${i}`,
    role: i % 2 ? 'admin' : 'operator',
    taxCode: String(10_000_000_000 + i),
  }));

/** The seven, after a school whose name and parent take several lines. */
export const longNamedEnti = (): Party[] => [
  {
    id: 'ic',
    name: 'Istituto Comprensivo Statale di Montecchio Maggiore “Alessandro Manzoni”',
    role: 'admin',
    parentName: 'Ufficio Scolastico Regionale per il Veneto',
    taxCode: '80016000244',
  },
  ...enti(),
];

/** The seven and names people type differently: apostrophes, a parent body, numbered twins. */
export const entiToSearch = (): Party[] => [
  ...enti(),
  { id: 'sa', name: 'Comune di Sant’Angelo Lodigiano', role: 'admin' },
  { id: 'aq', name: "ASL Avezzano-Sulmona-L'Aquila", role: 'operator' },
  {
    id: 'pm',
    name: 'Polizia Municipale',
    role: 'operator',
    parentName: 'Unione dei Comuni della Bassa Romagna',
  },
  { id: 'm13', name: 'Comune di Monteverde 13', role: 'admin', ipaCode: 'c_m129' },
  { id: 'm12', name: 'Comune di Monteverde 12', role: 'admin', ipaCode: 'c_m128' },
];
