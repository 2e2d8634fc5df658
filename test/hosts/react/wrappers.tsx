// A React 19 host with the wrappers (README, "React 19"): camelCase events, objects as properties.
import { OrderPayButton, ProductCard } from 'customer-area-kit/react';
import type { Order, PayPalAccount, Product } from 'customer-area-kit';
import { createRoot } from 'react-dom/client';

export function Orders({ orders, accounts }: { orders: Order[]; accounts: PayPalAccount[] }) {
  return (
    <ul>
      {orders.map((order) => (
        <li key={order.id}>
          {order.number}
          <OrderPayButton
            order={order}
            accounts={accounts}
            presentation="popup"
            onOrderPayAuthorize={(event) => {
              const { order, account, requestId } = event.detail;
              event.respondWith(
                fetch(`/api/orders/${order.id}/pay`, {
                  method: 'POST',
                  headers: { 'PayPal-Request-Id': requestId },
                  body: JSON.stringify({ accountId: account.id }),
                }).then((response) => response.json()),
              );
            }}
            onOrderPaySuccess={(event) => console.info('paid', event.detail.result.paymentId)}
          />
        </li>
      ))}
    </ul>
  );
}

export function Products({ products }: { products: Product[] }) {
  return products.map((product) => (
    <ProductCard
      key={product.id}
      product={product}
      headingLevel={3}
      onEnvSelect={(event) => console.info(event.detail.environment?.id)}
      onProductJoin={(event) => console.info('join', event.detail.product.id)}
    />
  ));
}

createRoot(document.getElementById('root')!).render(<Products products={[]} />);
