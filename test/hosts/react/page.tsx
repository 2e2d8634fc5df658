// The React 19 host as a page: README's `Orders` (wrappers.tsx) with an order awaiting payment.
// scripts/check-hosts.mjs bundles it from the npm pack tarball and pays the order in Chromium.
import type { Order, PayPalAccount } from 'customer-area-kit';
import { createRoot } from 'react-dom/client';
import { Orders } from './wrappers';

// The orders as the backend gives them; README's `Orders` lists the first.
const orders = ((await fetch('/api/orders').then((response) => response.json())) as Order[]).slice(
  0,
  1,
);
const accounts: PayPalAccount[] = [{ id: 'acc-mario', email: 'mario.rossi@example.it' }];

createRoot(document.getElementById('orders')!).render(
  <Orders orders={orders} accounts={accounts} />,
);
