/**
 * customer-area-kit: classes, types and events. Importing this module registers nothing;
 * import `customer-area-kit/all.js` or a per-element module (`customer-area-kit/env-picker.js`).
 */
export { EnvPicker } from './elements/env-picker/env-picker.js';
export { ProductCard } from './elements/product-card/product-card.js';
export { ProductSwitch } from './elements/product-switch/product-switch.js';
export { PartySwitch } from './elements/party-switch/party-switch.js';
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
export { LocalizeController, type Language } from './internal/localize.js';
export { KIT_VERSION } from './internal/version.js';
export {
  parseProduct,
  parseProducts,
  WELL_KNOWN_ENVIRONMENTS,
  type Environment,
  type Product,
  type ProductStatus,
} from './model/product.js';
export type { Problem, Validated, ValidationIssue } from './model/validation.js';
