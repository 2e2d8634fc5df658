// A React 19 host with the plain tags (README, "React 19"): the JSX types of customer-area-kit/react-jsx.
import 'customer-area-kit/all.js';
import type {} from 'customer-area-kit/react-jsx';
import type { EnvSelectEvent, Product } from 'customer-area-kit';

export function Manage({ product }: { product: Product }) {
  // React 19 sets `product` as a property when the element is defined before it renders.
  return (
    <env-picker
      product={product}
      remember
      onenv-select={(event: EnvSelectEvent) => console.info(event.detail.environment?.id)}
    />
  );
}
