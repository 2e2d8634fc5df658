import { fail, MalformedJson, validate, type Validated } from './validation.js';
import { MAX_PRODUCTS } from './limits.js';
import { parseProduct, type Product } from './product.js';

/**
 * Validates a list of products (the header product menu): at most `MAX_PRODUCTS`, each one with
 * `parseProduct`'s rules, named by its index (`products[2].name`); product ids must be unique.
 */
export function parseProducts(
  input: unknown,
  field = 'products',
  base: string = globalThis.location?.href ?? 'http://localhost/',
): Validated<Product[]> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!Array.isArray(input)) fail(field, 'type');
    if (input.length > MAX_PRODUCTS) fail(field, 'tooManyProducts', MAX_PRODUCTS);
    const seen = new Set<string>();
    return input.map((item: unknown, index): Product => {
      const at = `${field}[${index}]`;
      const result = parseProduct(item, at, base);
      if (!result.ok) fail(result.issue.field, result.issue.problem, result.issue.limit);
      if (seen.has(result.value.id)) fail(`${at}.id`, 'duplicate');
      seen.add(result.value.id);
      return result.value;
    });
  });
}
