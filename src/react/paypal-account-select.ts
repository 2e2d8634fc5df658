import { createComponent } from '@lit/react';
import * as React from 'react';
import { PayPalAccountSelect as PayPalAccountSelectElement } from '../elements/paypal-account-select/define.js';

/**
 * `<paypal-account-select>` as a React component (registers the tag). Data are set as properties,
 * even when the element is upgraded after React rendered it; events are camelCase props with their
 * classes. Its `input` and `change` are native: React's own `onInput` / `onChange`.
 */
export const PayPalAccountSelect = createComponent({
  react: React,
  tagName: 'paypal-account-select',
  elementClass: PayPalAccountSelectElement,
  displayName: 'PayPalAccountSelect',
});
