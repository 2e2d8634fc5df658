import {
  fail,
  isRecord,
  MalformedJson,
  optionalHttpUrl,
  optionalString,
  requiredString,
  validate,
  type Validated,
} from './validation.js';

/**
 * A way to pay the host offers: PayPal (`{ id: 'paypal' }`, the kit's own flow) or one of the
 * host's (`{ id: 'card', label: 'Carta di credito', href? }`), routed by the host.
 */
export interface PaymentMethod {
  id: string;
  /** What the customer reads; PayPal's is the kit's own. */
  label?: string;
  /** Where the host handles it; the element goes there unless `order-pay-method` is cancelled. */
  href?: string;
}

export const PAYPAL_METHOD = 'paypal';

/**
 * Validates the host's methods: ids unique, a label for every method but PayPal, http(s) links.
 * None given: PayPal alone.
 */
export function parseMethods(input: unknown, field = 'methods'): Validated<PaymentMethod[]> {
  return validate(() => {
    if (input === undefined) return [{ id: PAYPAL_METHOD }];
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === null) fail(field, 'required');
    if (!Array.isArray(input)) fail(field, 'type');
    if (input.length === 0) fail(field, 'required');
    const ids = new Set<string>();
    return input.map((item: unknown, index): PaymentMethod => {
      const at = `${field}[${index}]`;
      if (!isRecord(item)) fail(at, 'type');
      const id = requiredString(item.id, `${at}.id`).trim();
      if (ids.has(id)) fail(`${at}.id`, 'duplicate');
      ids.add(id);
      const label =
        id === PAYPAL_METHOD
          ? optionalString(item.label, `${at}.label`)
          : requiredString(item.label, `${at}.label`);
      const href = optionalHttpUrl(
        item.href,
        `${at}.href`,
        globalThis.location?.href ?? 'http://localhost/',
      );
      return { id, ...(label ? { label } : {}), ...(href ? { href } : {}) };
    });
  });
}
