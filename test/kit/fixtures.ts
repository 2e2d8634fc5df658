/**
 * The orders and PayPal accounts every test of the pay elements uses: one story, told once.
 * Each order has an id of its own, because payment records are kept per order id (in
 * localStorage, for every tab) and must not leak from one test into the next.
 */
import type { Order } from '../../src/model/order.js';
import type { PayPalAccount } from '../../src/model/paypal-account.js';
import type { Service } from '../../src/model/service.js';

export const mario: PayPalAccount = { id: 'pp-1', email: 'mario.rossi@example.it' };
export const anna: PayPalAccount = { id: 'pp-2', email: 'anna.bianchi@example.it' };
/** The account a new-account payment registers. */
export const fresh: PayPalAccount = { id: 'pp-new', email: 'nuovo.conto@example.it' };

let sequence = 0;
/** An order id no other test uses, in this page or another. */
export const uniqueId = (prefix = 'ORD') =>
  `${prefix}-${++sequence}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A PEC mailbox for a year, awaiting payment: 20,00 € + IVA 22 % = 24,40 €. */
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
    renewal: { period: 'P1Y' },
    ...over,
  };
}

/** A remote digital signature: automatic renewal is not available for it. */
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
