// What the kit's React types refuse: each marked line must fail to compile.
import 'customer-area-kit/all.js';
import type {} from 'customer-area-kit/react-jsx';
import { OrderPayButton, ProductCard } from 'customer-area-kit/react';
import type { Order, Product } from 'customer-area-kit';

export function Wrong({ order, product }: { order: Order; product: Product }) {
  return (
    <>
      {/* @ts-expect-error -- 'pop-up' is not a presentation. */}
      <OrderPayButton order={order} presentation="pop-up" />
      <ProductCard
        product={product}
        // @ts-expect-error -- env-select's detail is { product, environment }: no order.
        onEnvSelect={(event) => console.log(event.detail.order)}
      />
      {/* @ts-expect-error -- ProductCard has no `colour`. */}
      <ProductCard product={product} colour="red" />
      {/* @ts-expect-error -- 'pop-up' is not a presentation, on the plain tag either. */}
      <order-pay-button order={order} presentation="pop-up" />
      {/* @ts-expect-error -- <env-picker> has no `colour`. */}
      <env-picker product={product} colour="red" />
    </>
  );
}
