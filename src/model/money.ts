import { fail, isRecord, requiredString } from './validation.js';

/** Money at the edges, as PayPal's REST API writes it: a decimal string and an ISO 4217 code. */
export interface Money {
  value: string;
  currency: string;
}

/** Money inside the kit: an integer number of minor units (cents), never a float. */
export interface Amount {
  readonly minor: number;
  readonly currency: string;
  /** The currency's decimals: 2 for EUR, 0 for JPY. */
  readonly digits: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const digitsCache = new Map<string, number | null>();

/** The number of decimals of an ISO 4217 currency known to `Intl`, or `null` when unknown. */
export function currencyDigits(code: string): number | null {
  let digits = digitsCache.get(code);
  if (digits !== undefined) return digits;
  digits = null;
  if (/^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code)) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2;
  }
  digitsCache.set(code, digits);
  return digits;
}

/**
 * Validates `{ value: "24.40", currency: "EUR" }` and converts it to minor units. Throws a
 * ValidationFailure (use inside `validate()`): `negative`, `amount` (not a plain decimal, too many
 * decimals, too large), `currency` (unknown code), `required`, `type`.
 */
export function parseMoney(input: unknown, field: string): Amount {
  if (input === undefined || input === null) fail(field, 'required');
  if (!isRecord(input)) fail(field, 'type');
  const currency = requiredString(input.currency, `${field}.currency`);
  const digits = currencyDigits(currency);
  if (digits === null) fail(`${field}.currency`, 'currency');
  const value = input.value;
  if (value === undefined || value === null || value === '') fail(`${field}.value`, 'required');
  // Only strings: a number has already been through floating point.
  if (typeof value !== 'string') fail(`${field}.value`, 'type');
  const text = value.trim();
  if (text.startsWith('-')) fail(`${field}.value`, 'negative');
  const match = DECIMAL.exec(text);
  if (!match) fail(`${field}.value`, 'amount');
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) fail(`${field}.value`, 'amount');
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) fail(`${field}.value`, 'amount');
  return { minor, currency, digits };
}

/** The decimal string of an amount: 2440 EUR → "24.40". */
export function toDecimal({ minor, digits }: Amount): string {
  const text = String(minor).padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Back to the edge: `{ value: "24.40", currency: "EUR" }`. */
export function toMoney(amount: Amount): Money {
  return { value: toDecimal(amount), currency: amount.currency };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats with `Intl` in `locale`, always grouped (it-IT: "1.234,50 €"), from the exact decimal. */
export function formatMoney(amount: Amount, locale: string): string {
  const key = `${locale}|${amount.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: amount.currency,
      useGrouping: 'always',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(toDecimal(amount) as Intl.StringNumericLiteral);
}

/** The sum of two amounts of the same currency (the caller guarantees it). */
export function addAmounts(a: Amount, b: Amount): Amount {
  return { minor: a.minor + b.minor, currency: a.currency, digits: a.digits };
}
