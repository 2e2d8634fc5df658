// The React 19 host as a page: README's `Orders` (wrappers.tsx) with an order awaiting payment.
// scripts/check-hosts.mjs bundles it from the npm pack tarball and pays the order in Chromium.
import type { Order, PayPalAccount } from 'customer-area-kit';
import { createRoot } from 'react-dom/client';
import { Orders } from './wrappers';

const orders: Order[] = [
  {
    id: 'ord-react',
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
  },
];
const accounts: PayPalAccount[] = [{ id: 'acc-mario', email: 'mario.rossi@example.it' }];

createRoot(document.getElementById('orders')!).render(
  <Orders orders={orders} accounts={accounts} />,
);
