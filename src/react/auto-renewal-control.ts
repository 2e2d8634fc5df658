import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { AutoRenewalControl as AutoRenewalControlElement } from '../elements/auto-renewal-control/define.js';
import type {
  PayPalAccountsRequestEvent,
  PayPalClientTokenRequestEvent,
} from '../events/order-pay-events.js';
import type {
  PayPalAccountAddedEvent,
  PayPalSaveEvent,
  PayPalSetupTokenEvent,
} from '../events/paypal-account-events.js';
import type { AutoRenewalChangedEvent, AutoRenewalChangeEvent } from '../events/renewal-events.js';

/**
 * `<auto-renewal-control>` as a React component (registers the tag). Data are set as properties,
 * even when the element is upgraded after React rendered it; events are camelCase props with
 * their classes.
 */
export const AutoRenewalControl = createComponent({
  react: React,
  tagName: 'auto-renewal-control',
  elementClass: AutoRenewalControlElement,
  events: {
    onAutoRenewalChange: 'auto-renewal-change' as EventName<AutoRenewalChangeEvent>,
    onAutoRenewalChanged: 'auto-renewal-changed' as EventName<AutoRenewalChangedEvent>,
    onPaypalAccounts: 'paypal-accounts' as EventName<PayPalAccountsRequestEvent>,
    onPaypalSetupToken: 'paypal-setup-token' as EventName<PayPalSetupTokenEvent>,
    onPaypalSave: 'paypal-save' as EventName<PayPalSaveEvent>,
    onPaypalAccountAdded: 'paypal-account-added' as EventName<PayPalAccountAddedEvent>,
    onPaypalClientToken: 'paypal-client-token' as EventName<PayPalClientTokenRequestEvent>,
  },
  displayName: 'AutoRenewalControl',
});
