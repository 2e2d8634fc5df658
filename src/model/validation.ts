/** What is wrong with a field of the data a host gave an element. */
export type Problem =
  | 'required'
  | 'type'
  | 'duplicate'
  | 'url'
  | 'json'
  | 'unknown'
  /** A negative amount of money. */
  | 'negative'
  /** Not a decimal amount, or more decimals than the currency has. */
  | 'amount'
  /** An unknown ISO 4217 code, or not the order's currency. */
  | 'currency'
  /** A value the kit keeps for itself (an account id `new`). */
  | 'reserved'
  /** A PayPal account that is not among the registered accounts. */
  | 'unlisted'
  /** More environments than `MAX_ENVIRONMENTS`. */
  | 'tooManyEnvironments'
  /** More products than `MAX_PRODUCTS`. */
  | 'tooManyProducts';

/** A field that failed validation, named by its path (`product.environments[1].id`). */
export interface ValidationIssue {
  readonly field: string;
  readonly problem: Problem;
  /** The limit a list went over (`tooManyEnvironments`, `tooManyProducts`), for its message. */
  readonly limit?: number;
}

export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issue: ValidationIssue };

/** Thrown inside `validate()`, which turns it into a result: the issue says what is wrong. */
export class ValidationFailure extends Error {
  constructor(readonly issue: ValidationIssue) {
    super();
  }
}

/** Runs `parse`, turning a thrown `ValidationFailure` into a result. */
export function validate<T>(parse: () => T): Validated<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof ValidationFailure) return { ok: false, issue: error.issue };
    throw error;
  }
}

export function fail(field: string, problem: Problem, limit?: number): never {
  throw new ValidationFailure(limit === undefined ? { field, problem } : { field, problem, limit });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required, non-blank string. */
export function requiredString(value: unknown, field: string): string {
  if (value === undefined || value === null || value === '') fail(field, 'required');
  if (typeof value !== 'string') fail(field, 'type');
  if (value.trim() === '') fail(field, 'required');
  return value;
}

/** An optional string: `undefined` when absent or empty. */
export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') fail(field, 'type');
  return value;
}

/**
 * An optional URL that must resolve to http or https (relative URLs resolve against `base`).
 * Returns the absolute URL, or `undefined` when absent.
 */
export function optionalHttpUrl(value: unknown, field: string, base: string): string | undefined {
  const text = optionalString(value, field);
  if (text === undefined) return undefined;
  const url = safeHttpUrl(text, base);
  if (url === undefined) fail(field, 'url');
  return url;
}

/** The absolute form of `value` when it is an http(s) URL, else `undefined`. */
export function safeHttpUrl(value: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** Marks an attribute whose JSON could not be parsed, so that validation reports it. */
export class MalformedJson {
  constructor(readonly text: string) {}
}

/** A Lit attribute converter for JSON data attributes that never throws. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return new MalformedJson(value);
    }
  },
};
