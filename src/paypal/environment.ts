/**
 * Where the PayPal account lives: `paypal-environment`. Required: there is no default. In a module
 * of its own, without PayPal's types, so that the index and its `.d.ts` never reach
 * `@paypal/paypal-js` (the loader is `customer-area-kit/paypal`).
 */
export type PayPalEnvironment = 'sandbox' | 'production';

/** The only environments PayPal's loader accepts. */
export const PAYPAL_ENVIRONMENTS: readonly PayPalEnvironment[] = ['sandbox', 'production'];
