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

// The second order awaiting payment, as the backend gives it.
const [, order] = await fetch('/api/orders').then((response) => response.json());
const button = document.createElement('order-pay-button');
button.order = order;
button.presentation = 'popup';
button.paypalEnvironment = 'sandbox';
document.querySelector('#orders')?.append(button);
