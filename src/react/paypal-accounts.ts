import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { PayPalAccounts as PayPalAccountsElement } from '../elements/paypal-accounts/define.js';
import type {
  PayPalAccountsRequestEvent,
  PayPalClientTokenRequestEvent,
} from '../events/order-pay-events.js';
import type {
  PayPalAccountAddedEvent,
  PayPalAccountRemovedEvent,
  PayPalAccountRemoveEvent,
  PayPalSaveEvent,
  PayPalSetupTokenEvent,
} from '../events/paypal-account-events.js';

/**
 * `<paypal-accounts>` as a React component (registers the tag). Data are set as properties, even
 * when the element is upgraded after React rendered it; events are camelCase props with their
 * classes.
 */
export const PayPalAccounts = createComponent({
  react: React,
  tagName: 'paypal-accounts',
  elementClass: PayPalAccountsElement,
  events: {
    onPaypalAccounts: 'paypal-accounts' as EventName<PayPalAccountsRequestEvent>,
    onPaypalAccountRemove: 'paypal-account-remove' as EventName<PayPalAccountRemoveEvent>,
    onPaypalAccountRemoved: 'paypal-account-removed' as EventName<PayPalAccountRemovedEvent>,
    onPaypalSetupToken: 'paypal-setup-token' as EventName<PayPalSetupTokenEvent>,
    onPaypalSave: 'paypal-save' as EventName<PayPalSaveEvent>,
    onPaypalAccountAdded: 'paypal-account-added' as EventName<PayPalAccountAddedEvent>,
    onPaypalClientToken: 'paypal-client-token' as EventName<PayPalClientTokenRequestEvent>,
  },
  displayName: 'PayPalAccounts',
});
