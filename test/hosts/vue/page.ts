// The Vue 3 host as a page: README's App.vue with an order awaiting payment, and the customer's
// PayPal accounts asked from the backend. scripts/check-hosts.mjs builds it with Vite (this
// folder's vite.config.ts) from the npm pack tarball and pays the order in Chromium.
import 'customer-area-kit/all.js';
import 'customer-area-kit/vue';
import type { Order, PayPalAccount, Product } from 'customer-area-kit';
import { createApp } from 'vue';
import App from './App.vue';

document.addEventListener('paypal-accounts', (event) => {
  event.respondWith(
    fetch('/api/paypal-accounts').then((response) => response.json() as Promise<PayPalAccount[]>),
  );
});

// The first order awaiting payment, as the backend gives it.
const [order] = (await fetch('/api/orders').then((response) => response.json())) as Order[];
const product: Product = { id: 'pec', name: 'PEC', status: 'active', canManage: true };

createApp(App, { order, product }).mount('#app');
