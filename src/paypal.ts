/**
 * `customer-area-kit/paypal`: the kit's layer over PayPal's v6 web SDK, for hosts that drive
 * PayPal themselves (the elements need none of it). Its types come from `@paypal/paypal-js`,
 * which is why it is a module of its own: the index (`customer-area-kit`) reaches no third-party
 * declarations. Importing it registers nothing and loads nothing.
 *
 * ```js
 * import { loadPayPal } from 'customer-area-kit/paypal';
 * const paypal = await loadPayPal({ environment: 'sandbox', clientId: '…' });
 * ```
 */
export {
  loadPayPal,
  PAYPAL_LOAD_TIMEOUT,
  PayPalLoadError,
  resumeSaveAndPay,
  startSave,
  startSaveAndPay,
  type LoadPayPalOptions,
  type PayPalComponents,
  type PayPalLoadErrorCode,
  type PayPalLoadErrorReason,
  type PayPalSdk,
  type PayPalSessionError,
  type SaveAndPayCallbacks,
  type SaveAndPayHandle,
  type SaveAndPayOptions,
  type SaveCallbacks,
  type SaveHandle,
  type SaveOptions,
} from './paypal/sdk.js';
export { PAYPAL_ENVIRONMENTS, type PayPalEnvironment } from './paypal/environment.js';
export { PAYPAL_PRESENTATIONS, type PayPalPresentation } from './paypal/presentation.js';
