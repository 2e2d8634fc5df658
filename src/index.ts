/**
 * customer-area-kit: classes, types and events. Importing this module registers nothing;
 * import `customer-area-kit/all.js` or a per-element module (`customer-area-kit/env-picker.js`).
 */
export { EnvPicker } from './elements/env-picker/env-picker.js';
export { ProductCard } from './elements/product-card/product-card.js';
export { ProductSwitch } from './elements/product-switch/product-switch.js';
export { PartySwitch } from './elements/party-switch/party-switch.js';
export { PayPalAccountSelect } from './elements/paypal-account-select/paypal-account-select.js';
export { OrderSummary } from './elements/order-summary/order-summary.js';
export { OrderPayButton } from './elements/order-pay-button/order-pay-button.js';
export {
  OrderPayCloseEvent,
  OrderPayFailureEvent,
  OrderPayOpenEvent,
  OrderPayPendingEvent,
  OrderPaySuccessEvent,
  type OrderPayAuthorizeDetail,
  type OrderPayAuthorizeEvent,
  type OrderPayCloseDetail,
  type OrderPayFailureCode,
  type OrderPayFailureDetail,
  type OrderPayOpenDetail,
  type OrderPayOutcome,
  type OrderPayPendingDetail,
  type OrderPaySuccessDetail,
  type PayPalAccountsDetail,
  type PayPalAccountsRequestEvent,
  type PayPalCaptureDetail,
  type PayPalCaptureEvent,
  type PayPalClientTokenDetail,
  type PayPalClientTokenRequestEvent,
  type PayPalCreateOrderDetail,
  type PayPalCreateOrderEvent,
} from './events/order-pay-events.js';
export {
  parsePaymentResult,
  PAYMENT_STATUSES,
  type AuthorizeResult,
  type CaptureAccepted,
  type CaptureResult,
  type PaymentAccepted,
  type PaymentDeclined,
  type PaymentStatus,
} from './model/payment-result.js';
export {
  canClose,
  initialPayFlow,
  payFlow,
  type AccountChoice,
  type Approval,
  type FailureOutcome,
  type PayFlowError,
  type PayFlowEvent,
  type PayFlowState,
  type PayFlowStep,
  type PayPalReadiness,
} from './model/pay-flow.js';
export {
  forgetPayment,
  PaymentRegistry,
  RECORD_LIFETIME,
  type AttemptState,
  type PaymentRecord,
} from './internal/payment-registry.js';
export {
  request,
  type KitRequestMap,
  type KitRequestOptions,
  type KitRequestType,
  type RequestOutcome,
} from './events/request.js';
export {
  OrderSummaryBackEvent,
  OrderSummaryConfirmEvent,
  type OrderSummaryBackDetail,
  type OrderSummaryConfirmDetail,
} from './events/order-summary-events.js';
export {
  addAmounts,
  formatMoney,
  parseMoney,
  toMoney,
  type Amount,
  type Money,
} from './model/money.js';
export {
  formatDate,
  formatPeriod,
  NO_AUTO_RENEW_KINDS,
  parseOrder,
  type Order,
  type OrderLine,
  type OrderStatus,
  type ParsedOrder,
} from './model/order.js';
export {
  parseAccounts,
  parsePayment,
  type PaymentChoice,
  type PayPalAccount,
} from './model/paypal-account.js';
export { EnvSelectEvent, type EnvSelectDetail } from './events/env-select-event.js';
export { ProductJoinEvent, type ProductJoinDetail } from './events/product-join-event.js';
export { PartySelectEvent, type PartySelectDetail } from './events/party-select-event.js';
export { parseParties, type Party } from './model/party.js';
export {
  KitRequestEvent,
  KitRequestError,
  sendRequest,
  type KitRequestErrorCode,
  type RequestOptions,
} from './events/kit-request-event.js';
export { KitElement } from './internal/kit-element.js';
export {
  LANGUAGE_WAIT_MS,
  loadLanguages,
  LocalizeController,
  setServerLanguage,
  setTerms,
  type KitTerms,
  type Language,
  type TermOverrides,
} from './internal/localize.js';
export { KIT_VERSION } from './internal/version.js';
export {
  MAX_ENVIRONMENTS,
  MAX_PRODUCTS,
  parseProduct,
  parseProducts,
  WELL_KNOWN_ENVIRONMENTS,
  type Environment,
  type Product,
  type ProductStatus,
} from './model/product.js';
export type { Problem, Validated, ValidationIssue } from './model/validation.js';
export {
  loadPayPal,
  PayPalLoadError,
  resumeSaveAndPay,
  startSaveAndPay,
  type LoadPayPalOptions,
  type PayPalEnvironment,
  type PayPalLoadErrorCode,
  type PayPalPresentation,
  type PayPalSdk,
  type PayPalSessionError,
  type SaveAndPayCallbacks,
  type SaveAndPayHandle,
  type SaveAndPayOptions,
} from './paypal/sdk.js';
