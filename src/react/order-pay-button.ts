import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OrderPayButton as OrderPayButtonElement } from '../elements/order-pay-button/define.js';
import type {
  OrderPayAuthorizeEvent,
  OrderPayCloseEvent,
  OrderPayFailureEvent,
  OrderPayMethodEvent,
  OrderPayOpenEvent,
  OrderPayPendingEvent,
  OrderPaySuccessEvent,
  PayPalAccountsRequestEvent,
  PayPalCaptureEvent,
  PayPalClientTokenRequestEvent,
  PayPalCreateOrderEvent,
} from '../events/order-pay-events.js';

/**
 * `<order-pay-button>` as a React component (registers the tag). Data are set as properties, even
 * when the element is upgraded after React rendered it; events are camelCase props with their
 * classes.
 */
export const OrderPayButton = createComponent({
  react: React,
  tagName: 'order-pay-button',
  elementClass: OrderPayButtonElement,
  events: {
    onOrderPayOpen: 'order-pay-open' as EventName<OrderPayOpenEvent>,
    onOrderPayMethod: 'order-pay-method' as EventName<OrderPayMethodEvent>,
    onPaypalAccounts: 'paypal-accounts' as EventName<PayPalAccountsRequestEvent>,
    onOrderPayAuthorize: 'order-pay-authorize' as EventName<OrderPayAuthorizeEvent>,
    onPaypalClientToken: 'paypal-client-token' as EventName<PayPalClientTokenRequestEvent>,
    onPaypalCreateOrder: 'paypal-create-order' as EventName<PayPalCreateOrderEvent>,
    onPaypalCapture: 'paypal-capture' as EventName<PayPalCaptureEvent>,
    onOrderPaySuccess: 'order-pay-success' as EventName<OrderPaySuccessEvent>,
    onOrderPayPending: 'order-pay-pending' as EventName<OrderPayPendingEvent>,
    onOrderPayFailure: 'order-pay-failure' as EventName<OrderPayFailureEvent>,
    onOrderPayClose: 'order-pay-close' as EventName<OrderPayCloseEvent>,
  },
  displayName: 'OrderPayButton',
});
