/**
 * How PayPal's window shows itself: `auto` lets the SDK choose (popup, else modal...), `popup` a
 * browser window, `modal` an in-page overlay, `redirect` a full-page visit to PayPal and back.
 * In a module of its own: `<order-pay-button>` checks its `presentation` attribute at once, and
 * loads the SDK wrapper (`sdk.ts`) only when a new PayPal account is a choice.
 */
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

const reported = new WeakMap<Element, string>();

/** Says once per element and value that `presentation` is unknown (`auto` is used instead). */
export function checkPresentation(element: Element, value: string): void {
  if (PAYPAL_PRESENTATIONS.includes(value as PayPalPresentation) || reported.get(element) === value)
    return;
  reported.set(element, value);
  console.error(
    `<${element.localName}>: presentation=${JSON.stringify(value)} is not one of ${PAYPAL_PRESENTATIONS.join(', ')}: "auto" is used.`,
  );
}
