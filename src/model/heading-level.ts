import { fail, validate, type Validated } from './validation.js';

/** The level of an element's heading (`heading-level`): `<h1>` to `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Every heading level, in order. */
export const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5, 6];

/**
 * Validates a heading level: 1 to 6 (as an attribute, its digits; `heading-level="one"` is not a
 * number).
 */
export function parseHeadingLevel(
  input: unknown,
  field = 'heading-level',
): Validated<HeadingLevel> {
  return validate(() => {
    if (typeof input !== 'number' || Number.isNaN(input)) fail(field, 'type');
    if (!HEADING_LEVELS.includes(input as HeadingLevel)) fail(field, 'unknown');
    return input as HeadingLevel;
  });
}
