import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OrderSummary as OrderSummaryElement } from '../elements/order-summary/define.js';
import type {
  OrderSummaryBackEvent,
  OrderSummaryConfirmEvent,
} from '../events/order-summary-events.js';

/**
 * `<order-summary>` as a React component (registers the tag). Data are set as properties, even
 * when the element is upgraded after React rendered it; events are camelCase props with their
 * classes.
 */
export const OrderSummary = createComponent({
  react: React,
  tagName: 'order-summary',
  elementClass: OrderSummaryElement,
  events: {
    onOrderSummaryConfirm: 'order-summary-confirm' as EventName<OrderSummaryConfirmEvent>,
    onOrderSummaryBack: 'order-summary-back' as EventName<OrderSummaryBackEvent>,
  },
  displayName: 'OrderSummary',
});
