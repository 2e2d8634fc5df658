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
import { MAX_ENVIRONMENTS } from './limits.js';

/** Environment ids the kit translates; any other id is shown by its `label`. */
export const WELL_KNOWN_ENVIRONMENTS = ['collaudo', 'produzione'] as const;
export type WellKnownEnvironmentId = (typeof WELL_KNOWN_ENVIRONMENTS)[number];

export interface Environment {
  /** `collaudo` and `produzione` are translated by the kit; others need a `label`. */
  id: string;
  label?: string;
  description?: string;
  /** Where to go; http(s) only. Relative URLs resolve against the page. */
  href?: string;
}

// In modules of their own, so that the CDN build loads them only where they are used: the
// limits are quoted by the translations, a list of products is the header menu's alone.
export { MAX_ENVIRONMENTS, MAX_PRODUCTS } from './limits.js';
export { parseProducts } from './products.js';

export type ProductStatus = 'active' | 'pending' | 'available';

export interface Product {
  id: string;
  name: string;
  logoUrl?: string;
  status?: ProductStatus;
  canManage?: boolean;
  environments?: Environment[];
  href?: string;
  infoHref?: string;
}

const STATUSES: readonly string[] = ['active', 'pending', 'available'];

export function isWellKnownEnvironment(id: string): id is WellKnownEnvironmentId {
  return (WELL_KNOWN_ENVIRONMENTS as readonly string[]).includes(id);
}

/**
 * Validates a product given by a host. URLs come back absolute (resolved against `base`);
 * well-known environments come first, Collaudo then Produzione, then the others in their order;
 * at most `MAX_ENVIRONMENTS` environments.
 */
export function parseProduct(
  input: unknown,
  field = 'product',
  base: string = globalThis.location?.href ?? 'http://localhost/',
): Validated<Product> {
  return validate(() => {
    if (input instanceof MalformedJson) fail(field, 'json');
    if (input === undefined || input === null) fail(field, 'required');
    if (!isRecord(input)) fail(field, 'type');
    const id = requiredString(input.id, `${field}.id`);
    const name = requiredString(input.name, `${field}.name`);
    const status = optionalString(input.status, `${field}.status`);
    if (status !== undefined && !STATUSES.includes(status)) fail(`${field}.status`, 'unknown');
    if (input.canManage !== undefined && typeof input.canManage !== 'boolean') {
      fail(`${field}.canManage`, 'type');
    }
    const product: Product = {
      id,
      name,
      ...(status === undefined ? {} : { status: status as ProductStatus }),
      ...(input.canManage === undefined ? {} : { canManage: input.canManage as boolean }),
      ...defined('logoUrl', optionalHttpUrl(input.logoUrl, `${field}.logoUrl`, base)),
      ...defined('href', optionalHttpUrl(input.href, `${field}.href`, base)),
      ...defined('infoHref', optionalHttpUrl(input.infoHref, `${field}.infoHref`, base)),
    };
    if (input.environments !== undefined && input.environments !== null) {
      product.environments = parseEnvironments(input.environments, `${field}.environments`, base);
    }
    return product;
  });
}

function parseEnvironments(input: unknown, field: string, base: string): Environment[] {
  if (!Array.isArray(input)) fail(field, 'type');
  // Before reading any entry, so that an absurd list is refused at once.
  if (input.length > MAX_ENVIRONMENTS) fail(field, 'tooManyEnvironments', MAX_ENVIRONMENTS);
  const seen = new Set<string>();
  const environments = input.map((item: unknown, index): Environment => {
    const at = `${field}[${index}]`;
    if (!isRecord(item)) fail(at, 'type');
    const id = requiredString(item.id, `${at}.id`);
    if (seen.has(id)) fail(`${at}.id`, 'duplicate');
    seen.add(id);
    const label = optionalString(item.label, `${at}.label`);
    if (label === undefined && !isWellKnownEnvironment(id)) fail(`${at}.label`, 'required');
    return {
      id,
      ...defined('label', label),
      ...defined('description', optionalString(item.description, `${at}.description`)),
      ...defined('href', optionalHttpUrl(item.href, `${at}.href`, base)),
    };
  });
  const rank = (environment: Environment) => {
    const known = (WELL_KNOWN_ENVIRONMENTS as readonly string[]).indexOf(environment.id);
    return known === -1 ? WELL_KNOWN_ENVIRONMENTS.length : known;
  };
  // Array.prototype.sort is stable: custom environments keep the host's order.
  return environments.sort((a, b) => rank(a) - rank(b));
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
