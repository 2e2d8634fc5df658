// A strict TypeScript host with a bundler (README, "npm and a bundler"): no declaration of its own.
import 'customer-area-kit/all.js';
import type { Order, PayPalAccount } from 'customer-area-kit';

// Requests: the host's backend answers them. `event` is typed on document and window alike.
document.addEventListener('paypal-accounts', (event) => {
  event.respondWith(
    fetch('/api/paypal-accounts').then((response) => response.json() as Promise<PayPalAccount[]>),
  );
});

document.addEventListener('order-pay-authorize', (event) => {
  const { order, account, requestId } = event.detail;
  event.respondWith(
    fetch(`/api/orders/${order.id}/pay`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'PayPal-Request-Id': requestId },
      body: JSON.stringify({ accountId: account.id }),
    }).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }),
  );
});

// Notifications: plain typed events.
window.addEventListener('order-pay-success', (event) => {
  console.info(`Order ${event.detail.order.id} paid`, event.detail.result.paymentId);
});
document.addEventListener('order-pay-failure', (event) => {
  if (event.detail.error.code === 'declined') console.warn(event.detail.error.message);
});

// Data in: properties, typed by the tag.
const order: Order = {
  id: 'ord-42',
  number: 'A-2026-0042',
  status: 'awaiting-payment',
  product: { kind: 'pec', name: 'PEC Standard' },
  lines: [
    {
      description: 'Casella PEC Standard, 1 anno',
      quantity: 1,
      unitPrice: { value: '5.00', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  total: { value: '6.10', currency: 'EUR' },
};
const button = document.createElement('order-pay-button');
button.order = order;
button.presentation = 'popup';
button.paypalEnvironment = 'sandbox';
document.querySelector('#orders')?.append(button);
