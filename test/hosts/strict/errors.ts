// What the kit's types refuse: each line below must fail to compile.
import 'customer-area-kit/all.js';

const button = document.createElement('order-pay-button');
// @ts-expect-error -- 'pop-up' is not a presentation (auto, popup, modal, redirect).
button.presentation = 'pop-up';
// @ts-expect-error -- 'live' is not a PayPal environment (sandbox, production).
button.paypalEnvironment = 'live';

const card = document.createElement('product-card');
// @ts-expect-error -- heading levels go from 1 to 6.
card.headingLevel = 9;

document.addEventListener('env-select', (event) => {
  // @ts-expect-error -- env-select's detail is { product, environment }: no order.
  console.log(event.detail.order);
});

document.addEventListener('paypal-accounts', (event) => {
  // @ts-expect-error -- the answer is PayPalAccount[], not an e-mail.
  event.respondWith('mario.rossi@example.it');
});

document.addEventListener('order-pay-failure', (event) => {
  // @ts-expect-error -- 'card-expired' is not a failure code.
  if (event.detail.error.code === 'card-expired') console.warn('never');
});

// @ts-expect-error -- there is no such tag in the kit: not an OrderPayButton.
const unknown: HTMLElementTagNameMap['order-pay-buton'] = button;
console.log(unknown);
