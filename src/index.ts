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
export { AutoRenewalControl } from './elements/auto-renewal-control/auto-renewal-control.js';
export { PayPalAccounts } from './elements/paypal-accounts/paypal-accounts.js';
export {
  AutoRenewalChangedEvent,
  type AutoRenewalChangedDetail,
  type AutoRenewalChangeDetail,
  type AutoRenewalChangeEvent,
} from './events/renewal-events.js';
export {
  PayPalAccountAddedEvent,
  PayPalAccountRemovedEvent,
  type PayPalAccountAddedDetail,
  type PayPalAccountRemoveDetail,
  type PayPalAccountRemovedDetail,
  type PayPalAccountRemoveEvent,
  type PayPalSaveDetail,
  type PayPalSaveEvent,
  type PayPalSetupTokenDetail,
  type PayPalSetupTokenEvent,
} from './events/paypal-account-events.js';
export {
  CHANGE_STATUSES,
  parseChangeResult,
  parseSaveResult,
  type ChangeDeclined,
  type ChangeResult,
  type SaveResult,
} from './model/change-result.js';
export {
  parseService,
  parseServices,
  SERVICE_KINDS,
  type ParsedService,
  type Service,
  type ServiceRenewal,
} from './model/service.js';
export {
  canCloseRenewal,
  initialRenewalFlow,
  renewalFlow,
  type RenewalChange,
  type RenewalFlowEvent,
  type RenewalFlowState,
  type RenewalFlowStep,
} from './model/renewal-flow.js';
export {
  accountsFlow,
  initialAccountsFlow,
  shownAccounts,
  type AccountsFlowEvent,
  type AccountsFlowState,
} from './model/accounts-flow.js';
export {
  initialSaveFlow,
  saveFlow,
  type SaveApproval,
  type SaveAttempt,
  type SaveFlowEvent,
  type SaveFlowState,
} from './model/save-flow.js';
export {
  ChangeRegistry,
  CHANGE_LIFETIME,
  type ChangeRecord,
  type ChangeState,
} from './internal/change-registry.js';
export {
  OrderPayCloseEvent,
  OrderPayFailureEvent,
  OrderPayMethodEvent,
  OrderPayOpenEvent,
  OrderPayPendingEvent,
  OrderPaySuccessEvent,
  type OrderPayAuthorizeDetail,
  type OrderPayAuthorizeEvent,
  type OrderPayCloseDetail,
  type OrderPayFailureCode,
  type OrderPayFailureDetail,
  type OrderPayMethodDetail,
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
  type Attempt,
  type AuthorizingPhase,
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
  type KitRequestEventOf,
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
  type ParsedOrderLine,
} from './model/order.js';
export {
  NEW_ACCOUNT,
  parseAccounts,
  parsePayment,
  type PaymentChoice,
  type PayPalAccount,
} from './model/paypal-account.js';
export { EnvSelectEvent, type EnvSelectDetail } from './events/env-select-event.js';
export { ProductJoinEvent, type ProductJoinDetail } from './events/product-join-event.js';
export { PartySelectEvent, type PartySelectDetail } from './events/party-select-event.js';
export { parseParties, WELL_KNOWN_ROLES, type Party, type WellKnownRole } from './model/party.js';
export {
  KitRequestEvent,
  KitRequestError,
  sendRequest,
  type KitRequestErrorCode,
  type RequestOptions,
} from './events/kit-request-event.js';
export { KitElement, type KitDependencies } from './internal/kit-element.js';
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
  type WellKnownEnvironmentId,
} from './model/product.js';
export type { Problem, Validated, ValidationIssue } from './model/validation.js';
export { PAYPAL_ENVIRONMENTS, type PayPalEnvironment } from './paypal/environment.js';
export { PAYPAL_PRESENTATIONS, type PayPalPresentation } from './paypal/presentation.js';
export { HEADING_LEVELS, parseHeadingLevel, type HeadingLevel } from './model/heading-level.js';
export { parseMethods, PAYPAL_METHOD, type PaymentMethod } from './model/payment-method.js';
