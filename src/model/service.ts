/**
 * A service the customer holds (a PEC mailbox, SPID, a digital signature…) and its automatic
 * renewal, as `<auto-renewal-control>` and `<paypal-accounts>` receive it, and its validation.
 */
import { parseMoney, type Amount, type Money } from './money.js';
import { isDate, NO_AUTO_RENEW_KINDS, PERIOD } from './order.js';
import { parseAccounts, type PayPalAccount } from './paypal-account.js';
import {
  fail,
  isRecord,
  MalformedJson,
  optionalString,
  requiredString,
  validate,
  type Validated,
} from './validation.js';

/** The kinds of service the kit knows (and whether each renews automatically). */
export const SERVICE_KINDS: readonly string[] = [
  'pec',
  'spid',
  'firma-digitale',
  'marca-temporale',
  'conservazione',
  'fatturazione-pa',
];

export interface ServiceRenewal {
  /** Whether the service renews automatically at its expiry. */
  enabled: boolean;
  /** How long each renewal lasts: an ISO 8601 duration (`P1Y`). */
  period: string;
  /** When the renewal will be charged (ISO date); the expiry date when `expiryDate` is absent. */
  nextChargeDate?: string;
  /** What each renewal costs, IVA inclusa (the host's figure is authoritative). */
  amount?: Money;
  /** The registered PayPal account charged. */
  account?: PayPalAccount;
}

export interface Service {
  id: string;
  /** What the customer calls it: "PEC Standard — mario.rossi@pec.example.it". */
  name: string;
  /**
   * `pec`, `spid`, `firma-digitale`, `marca-temporale`, `conservazione`, `fatturazione-pa`. Another
   * kind needs `autoRenew` (the kit cannot know whether it renews).
   */
  kind: string;
  /**
   * Whether automatic renewal is available for this service: `false` turns it off for any kind,
   * `true` turns it on even for Firma Digitale and Marca Temporale. The kind's rule by default.
   */
  autoRenew?: boolean;
  /** When the service expires (ISO date). */
  expiryDate?: string;
  /** The automatic renewal (required when it is available). */
  renewal?: ServiceRenewal;
}

/** A validated service, amounts in integer minor units. */
export interface ParsedService {
  /** The host's own object, for events. */
  readonly source: Service;
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** When the service expires: `expiryDate`, else the renewal's next charge date. */
  readonly expiryDate?: string;
  readonly renewal: {
    /** Whether the service can renew automatically at all. */
    readonly available: boolean;
    /** Whether it will (never `true` when not available). */
    readonly enabled: boolean;
    readonly period?: string;
    readonly nextChargeDate?: string;
    readonly amount?: Amount;
    readonly account?: PayPalAccount;
  };
}

/** Validates a service given by a host (property or JSON attribute). */
export function parseService(input: unknown, field = 'service'): Validated<ParsedService> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!isRecord(input)) fail(field, 'type');
    const id = requiredString(input.id, `${field}.id`);
    const name = requiredString(input.name, `${field}.name`);
    const kind = requiredString(input.kind, `${field}.kind`);
    const autoRenew = input.autoRenew;
    if (autoRenew !== undefined && autoRenew !== null && typeof autoRenew !== 'boolean')
      fail(`${field}.autoRenew`, 'type');
    // An unknown kind says nothing about renewal: the host must say it (autoRenew).
    if (typeof autoRenew !== 'boolean' && !SERVICE_KINDS.includes(kind))
      fail(`${field}.kind`, 'unknown');
    const available =
      typeof autoRenew === 'boolean' ? autoRenew : !NO_AUTO_RENEW_KINDS.includes(kind);
    const expiryDate = optionalDate(input.expiryDate, `${field}.expiryDate`);

    const terms = input.renewal;
    if (terms === undefined || terms === null) {
      if (available) fail(`${field}.renewal`, 'required');
      return {
        source: input as unknown as Service,
        id,
        name,
        kind,
        ...(expiryDate ? { expiryDate } : {}),
        renewal: { available, enabled: false },
      };
    }
    const at = `${field}.renewal`;
    if (!isRecord(terms)) fail(at, 'type');
    if (terms.enabled === undefined || terms.enabled === null) fail(`${at}.enabled`, 'required');
    if (typeof terms.enabled !== 'boolean') fail(`${at}.enabled`, 'type');
    const period = requiredString(terms.period, `${at}.period`);
    if (!PERIOD.test(period)) fail(`${at}.period`, 'type');
    const nextChargeDate = optionalDate(terms.nextChargeDate, `${at}.nextChargeDate`);
    const amount =
      terms.amount === undefined || terms.amount === null
        ? undefined
        : parseMoney(terms.amount, `${at}.amount`);
    let account: PayPalAccount | undefined;
    if (terms.account !== undefined && terms.account !== null) {
      const accounts = parseAccounts([terms.account], `${at}.account`);
      // `account[0].email` reads better as `account.email`.
      if (!accounts.ok)
        fail(
          accounts.issue.field.replace(`${at}.account[0]`, `${at}.account`),
          accounts.issue.problem,
        );
      account = accounts.value[0];
    }
    const expiry = expiryDate ?? nextChargeDate;
    return {
      source: input as unknown as Service,
      id,
      name,
      kind,
      ...(expiry ? { expiryDate: expiry } : {}),
      renewal: {
        available,
        enabled: available && terms.enabled,
        period,
        ...(nextChargeDate ? { nextChargeDate } : {}),
        ...(amount ? { amount } : {}),
        ...(account ? { account } : {}),
      },
    };
  });
}

/** Validates a list of services: each as `parseService`, ids unique. */
export function parseServices(input: unknown, field = 'services'): Validated<ParsedService[]> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!Array.isArray(input)) fail(field, 'type');
    const ids = new Set<string>();
    return input.map((item: unknown, index) => {
      const at = `${field}[${index}]`;
      const result = parseService(item, at);
      if (!result.ok) fail(result.issue.field, result.issue.problem, result.issue.limit);
      if (ids.has(result.value.id)) fail(`${at}.id`, 'duplicate');
      ids.add(result.value.id);
      return result.value;
    });
  });
}

/**
 * The issue of a renewal charged to an account the customer has not registered, or `undefined`:
 * `accounts` are the registered ones, `field` names the service (`service`, `services[2]`).
 */
export function unlistedAccount(
  service: ParsedService,
  accounts: readonly PayPalAccount[],
  field: string,
): { readonly field: string; readonly problem: 'unlisted' } | undefined {
  const account = service.renewal.account;
  if (!account || accounts.some((known) => known.id === account.id)) return undefined;
  return { field: `${field}.renewal.account`, problem: 'unlisted' };
}

function optionalDate(value: unknown, field: string): string | undefined {
  const text = optionalString(value, field);
  if (text !== undefined && !isDate(text)) fail(field, 'type');
  return text;
}
