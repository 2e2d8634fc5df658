import { addAmounts, parseMoney, type Amount, type Money } from './money.js';
import {
  fail,
  isRecord,
  MalformedJson,
  optionalString,
  requiredString,
  validate,
  type Validated,
} from './validation.js';

export type OrderStatus = 'awaiting-payment' | 'paid' | 'cancelled' | 'expired';

export interface OrderLine {
  description: string;
  quantity: number;
  unitPrice: Money;
  /** VAT rate in percent, e.g. 22. */
  vatRate: number;
  /** `false` for a one-off line (an activation fee): it is not part of the renewal price. */
  recurring?: boolean;
}

export interface Order {
  id: string;
  /** The number the customer sees; the id when absent. */
  number?: string;
  status: OrderStatus;
  /** `kind`: 'pec', 'spid', 'firma-digitale', 'marca-temporale', 'conservazione', 'fatturazione-pa'… */
  product: { kind: string; name: string; autoRenew?: boolean };
  lines: OrderLine[];
  /** Taxable amount; computed from the lines when absent. */
  subtotal?: Money;
  /** VAT; computed from the lines when absent. */
  vat?: Money;
  /** What the customer pays: the host's figure is authoritative. */
  total: Money;
  /**
   * `period`: ISO 8601 duration ("P1Y"); `nextChargeDate`: ISO date ("2027-03-01"); `amount`:
   * what each renewal costs, IVA inclusa — the host's figure is authoritative (else the kit sums
   * the recurring lines).
   */
  renewal?: { period: string; nextChargeDate?: string; amount?: Money };
}

export interface ParsedOrderLine {
  readonly description: string;
  readonly quantity: number;
  readonly unitPrice: Amount;
  /** quantity × unit price. */
  readonly amount: Amount;
  readonly vatRate: number;
  /** Part of the renewal price (not a one-off fee). */
  readonly recurring: boolean;
}

/** A validated order, amounts in integer minor units. */
export interface ParsedOrder {
  /** The host's own object, for events. */
  readonly source: Order;
  readonly id: string;
  readonly number: string;
  readonly status: OrderStatus;
  readonly product: { readonly kind: string; readonly name: string };
  readonly lines: readonly ParsedOrderLine[];
  readonly subtotal: Amount;
  readonly vat: Amount;
  readonly total: Amount;
  readonly renewal: {
    /** Whether paying with PayPal turns automatic renewal on for this order. */
    readonly available: boolean;
    readonly period?: string;
    readonly nextChargeDate?: string;
    /**
     * What each renewal costs, IVA inclusa: the host's `renewal.amount`, else the recurring lines
     * with their VAT (the total when every line recurs). One-off lines never count.
     */
    readonly amount: Amount;
  };
}

/** Products for which automatic renewal is not available (unless `product.autoRenew` says so). */
export const NO_AUTO_RENEW_KINDS: readonly string[] = ['firma-digitale', 'marca-temporale'];

const STATUSES: readonly string[] = ['awaiting-payment', 'paid', 'cancelled', 'expired'];
/** An ISO 8601 duration of years, months, weeks and days (`P1Y`, `P1Y6M`). */
export const PERIOD = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RATE = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** Validates an order given by a host (property or JSON attribute). */
export function parseOrder(input: unknown, field = 'order'): Validated<ParsedOrder> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!isRecord(input)) fail(field, 'type');
    const id = requiredString(input.id, `${field}.id`);
    const number = optionalString(input.number, `${field}.number`) ?? id;
    const status = requiredString(input.status, `${field}.status`);
    if (!STATUSES.includes(status)) fail(`${field}.status`, 'unknown');

    const product = input.product;
    if (product === undefined || product === null) fail(`${field}.product`, 'required');
    if (!isRecord(product)) fail(`${field}.product`, 'type');
    const kind = requiredString(product.kind, `${field}.product.kind`);
    const name = requiredString(product.name, `${field}.product.name`);
    if (product.autoRenew !== undefined && typeof product.autoRenew !== 'boolean') {
      fail(`${field}.product.autoRenew`, 'type');
    }

    const total = parseMoney(input.total, `${field}.total`);
    const sameCurrency = (amount: Amount, at: string) => {
      if (amount.currency !== total.currency) fail(`${at}.currency`, 'currency');
      return amount;
    };

    if (input.lines === undefined || input.lines === null) fail(`${field}.lines`, 'required');
    if (!Array.isArray(input.lines)) fail(`${field}.lines`, 'type');
    const lines = input.lines.map((line: unknown, index): ParsedOrderLine => {
      const at = `${field}.lines[${index}]`;
      if (!isRecord(line)) fail(at, 'type');
      const description = requiredString(line.description, `${at}.description`);
      const quantity = line.quantity;
      if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity <= 0) {
        fail(`${at}.quantity`, quantity === undefined ? 'required' : 'type');
      }
      const unitPrice = sameCurrency(
        parseMoney(line.unitPrice, `${at}.unitPrice`),
        `${at}.unitPrice`,
      );
      const vatRate = line.vatRate;
      const rate =
        typeof vatRate === 'number' || typeof vatRate === 'string'
          ? RATE.exec(String(vatRate))
          : null;
      if (!rate) fail(`${at}.vatRate`, vatRate === undefined ? 'required' : 'type');
      const amount = { ...unitPrice, minor: unitPrice.minor * quantity };
      if (!Number.isSafeInteger(amount.minor)) fail(`${at}.quantity`, 'amount');
      if (line.recurring !== undefined && typeof line.recurring !== 'boolean')
        fail(`${at}.recurring`, 'type');
      const recurring = line.recurring !== false;
      return { description, quantity, unitPrice, amount, vatRate: Number(vatRate), recurring };
    });

    const zero: Amount = { minor: 0, currency: total.currency, digits: total.digits };
    const subtotal =
      input.subtotal === undefined || input.subtotal === null
        ? lines.reduce((sum, line) => addAmounts(sum, line.amount), zero)
        : sameCurrency(parseMoney(input.subtotal, `${field}.subtotal`), `${field}.subtotal`);
    const vat =
      input.vat === undefined || input.vat === null
        ? lines.reduce((sum, line) => addAmounts(sum, vatOf(line)), zero)
        : sameCurrency(parseMoney(input.vat, `${field}.vat`), `${field}.vat`);

    // Every line recurs: the host's total is the renewal price; else the recurring lines, gross.
    const derived = lines.every((line) => line.recurring)
      ? total
      : lines
          .filter((line) => line.recurring)
          .reduce((sum, line) => addAmounts(sum, addAmounts(line.amount, vatOf(line))), zero);
    let renewal: ParsedOrder['renewal'] = {
      available: (product.autoRenew as boolean | undefined) ?? !NO_AUTO_RENEW_KINDS.includes(kind),
      amount: derived,
    };
    if (input.renewal !== undefined && input.renewal !== null) {
      const terms = input.renewal;
      if (!isRecord(terms)) fail(`${field}.renewal`, 'type');
      const period = requiredString(terms.period, `${field}.renewal.period`);
      if (!PERIOD.test(period)) fail(`${field}.renewal.period`, 'type');
      const nextChargeDate = optionalString(
        terms.nextChargeDate,
        `${field}.renewal.nextChargeDate`,
      );
      if (nextChargeDate !== undefined && !isDate(nextChargeDate)) {
        fail(`${field}.renewal.nextChargeDate`, 'type');
      }
      const amount =
        terms.amount === undefined || terms.amount === null
          ? derived
          : sameCurrency(
              parseMoney(terms.amount, `${field}.renewal.amount`),
              `${field}.renewal.amount`,
            );
      renewal = { ...renewal, period, amount, ...(nextChargeDate ? { nextChargeDate } : {}) };
    }

    return {
      source: input as unknown as Order,
      id,
      number,
      status: status as OrderStatus,
      product: { kind, name },
      lines,
      subtotal,
      vat,
      total,
      renewal,
    };
  });
}

/** The VAT of a line, rounded half up to the minor unit, in integers only. */
function vatOf(line: ParsedOrderLine): Amount {
  const [whole = '0', fraction = ''] = String(line.vatRate).split('.');
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  const minor = Math.floor((line.amount.minor * basisPoints + 5_000) / 10_000);
  return { ...line.amount, minor };
}

/** An ISO calendar date that exists (`2027-02-29` does not). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const PERIOD_UNITS = ['year', 'month', 'week', 'day'] as const;

/** "P1Y" → "1 anno" / "1 year"; "P1Y6M" → "1 anno e 6 mesi". */
export function formatPeriod(period: string, locale: string): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const parts = PERIOD_UNITS.flatMap((unit, index) => {
    const count = match[index + 1];
    if (count === undefined) return [];
    return [
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
        Number(count),
      ),
    ];
  });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

/** "2027-03-01" → "1 marzo 2027" / "1 March 2027", with no time-zone shift. */
export function formatDate(isoDate: string, locale: string): string {
  const match = DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}
