/**
 * How PayPal's window shows itself: `auto` lets the SDK choose (popup, else modal...), `popup` a
 * browser window, `modal` an in-page overlay, `redirect` a full-page visit to PayPal and back.
 * In a module of its own: `<order-pay-button>` checks its `presentation` attribute at once, and
 * loads the SDK wrapper (`sdk.ts`) only when a new PayPal account is a choice.
 */
import { fail, validate, type Validated } from '../model/validation.js';

export type PayPalPresentation = 'auto' | 'popup' | 'modal' | 'redirect';

/** The presentations the `presentation` attribute accepts. */
export const PAYPAL_PRESENTATIONS: readonly PayPalPresentation[] = [
  'auto',
  'popup',
  'modal',
  'redirect',
];

/** `value` when it is a presentation, else `auto`. */
export function presentationOf(value: string): PayPalPresentation {
  return PAYPAL_PRESENTATIONS.includes(value as PayPalPresentation)
    ? (value as PayPalPresentation)
    : 'auto';
}

/**
 * Validates the `presentation` attribute: one of the presentations (`auto` when absent), else
 * invalid data, which the element shows and logs as any invalid data, never silently `auto`.
 */
export function parsePresentation(
  input: unknown,
  field = 'presentation',
): Validated<PayPalPresentation> {
  return validate(() => {
    if (input === undefined || input === null) return 'auto';
    if (typeof input !== 'string') fail(field, 'type');
    if (!PAYPAL_PRESENTATIONS.includes(input as PayPalPresentation)) fail(field, 'unknown');
    return input as PayPalPresentation;
  });
}
