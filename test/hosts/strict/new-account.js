// The strict host's page, beside README's host (main.ts, with a registered account): a second
// order paid with a new PayPal account, wired as README says, with the kit's PayPal simulator in
// place of PayPal. scripts/check-hosts.mjs bundles both from the npm pack tarball and pays both
// orders in Chromium. Plain JavaScript: customer-area-kit/testing's types reach
// @paypal/paypal-js's, which do not compile with `skipLibCheck: false` (see tsconfig.json).
import { installPayPalSimulator } from 'customer-area-kit/testing';

// No PayPal here: the kit finds the simulator on `window.paypal`, which approves by itself.
installPayPalSimulator({ scenario: 'approve', autoPlay: true });

document.addEventListener('paypal-client-token', (event) => {
  event.respondWith(fetch('/api/paypal/client-token').then((response) => response.text()));
});

document.addEventListener('paypal-create-order', (event) => {
  const { order, requestId } = event.detail;
  event.respondWith(
    fetch(`/api/orders/${order.id}/paypal-order`, {
      method: 'POST',
      headers: { 'PayPal-Request-Id': requestId },
    }).then((response) => response.json()),
  );
});

document.addEventListener('paypal-capture', (event) => {
  const { order, orderId, payerId, requestId } = event.detail;
  event.respondWith(
    fetch(`/api/orders/${order.id}/capture`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'PayPal-Request-Id': requestId },
      body: JSON.stringify({ orderId, payerId }),
    }).then((response) => response.json()),
  );
});

const order = {
  id: 'ord-43',
  number: 'A-2026-0043',
  status: 'awaiting-payment',
  product: { kind: 'spid', name: 'SPID Professionale' },
  lines: [
    {
      description: 'Identità SPID per uso professionale, 1 anno',
      quantity: 1,
      unitPrice: { value: '20.00', currency: 'EUR' },
      vatRate: 22,
    },
  ],
  total: { value: '24.40', currency: 'EUR' },
};
const button = document.createElement('order-pay-button');
button.order = order;
button.presentation = 'popup';
button.paypalEnvironment = 'sandbox';
document.querySelector('#orders')?.append(button);
