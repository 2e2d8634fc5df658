import {
  fail,
  isRecord,
  MalformedJson,
  optionalString,
  requiredString,
  validate,
  type Validated,
} from './validation.js';

/** A PayPal account the customer registered (the vaulted payment token stays on the backend). */
export interface PayPalAccount {
  id: string;
  email: string;
  label?: string;
}

/** How the customer pays: PayPal, with a registered account or a new one. */
export interface PaymentChoice {
  method: 'paypal';
  account: PayPalAccount | 'new';
}

/** The value of **Nuovo account PayPal**: no registered account may use it as its id. */
export const NEW_ACCOUNT = 'new';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates the registered accounts: ids and e-mails required and unique. */
export function parseAccounts(input: unknown, field = 'accounts'): Validated<PayPalAccount[]> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!Array.isArray(input)) fail(field, 'type');
    const ids = new Set<string>();
    const emails = new Set<string>();
    return input.map((item: unknown, index): PayPalAccount => {
      const at = `${field}[${index}]`;
      if (!isRecord(item)) fail(at, 'type');
      const id = requiredString(item.id, `${at}.id`);
      // `new` stands for Nuovo account PayPal in the select and in events.
      if (id.trim().toLowerCase() === NEW_ACCOUNT) fail(`${at}.id`, 'reserved');
      const email = requiredString(item.email, `${at}.email`).trim();
      if (!EMAIL.test(email)) fail(`${at}.email`, 'type');
      if (ids.has(id)) fail(`${at}.id`, 'duplicate');
      if (emails.has(email.toLowerCase())) fail(`${at}.email`, 'duplicate');
      ids.add(id);
      emails.add(email.toLowerCase());
      const label = optionalString(item.label, `${at}.label`);
      return label === undefined ? { id, email } : { id, email, label };
    });
  });
}

/**
 * Validates the payment shown in the summary: `{ method: 'paypal', account: 'new' | { id, email } }`.
 * Returns the host's own object, so that events carry what the host gave.
 */
export function parsePayment(input: unknown, field = 'payment'): Validated<PaymentChoice> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!isRecord(input)) fail(field, 'type');
    const method = requiredString(input.method, `${field}.method`);
    if (method !== 'paypal') fail(`${field}.method`, 'unknown');
    const account = input.account;
    if (account === undefined || account === null || account === '') {
      fail(`${field}.account`, 'required');
    }
    if (account !== 'new') {
      if (!isRecord(account)) fail(`${field}.account`, 'type');
      requiredString(account.id, `${field}.account.id`);
      const email = requiredString(account.email, `${field}.account.email`);
      if (!EMAIL.test(email.trim())) fail(`${field}.account.email`, 'type');
    }
    return input as unknown as PaymentChoice;
  });
}
