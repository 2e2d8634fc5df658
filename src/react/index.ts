/**
 * `customer-area-kit/react`: every element as a React component, made with `@lit/react`
 * (`createComponent`): typed props set as properties, events as camelCase props typed with the
 * kit's event classes (`onEnvSelect={(event) => event.detail.environment}`). Importing a component
 * registers its tag; `customer-area-kit/react/<tag>.js` brings one element alone. For the plain
 * tags in JSX, see `customer-area-kit/react-jsx`.
 */
export { AutoRenewalControl } from './auto-renewal-control.js';
export { EnvPicker } from './env-picker.js';
export { OrderPayButton } from './order-pay-button.js';
export { OrderSummary } from './order-summary.js';
export { PartySwitch } from './party-switch.js';
export { PayPalAccounts } from './paypal-accounts.js';
export { PayPalAccountSelect } from './paypal-account-select.js';
export { ProductCard } from './product-card.js';
export { ProductSwitch } from './product-switch.js';
