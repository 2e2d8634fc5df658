/**
 * A React 19 host: the kit's wrappers (customer-area-kit/react) render the element with its data
 * as properties, and a camelCase prop receives the kit's event.
 */
import { expect } from '@open-wc/testing';
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ProductCard as ProductCardElement } from '../../src/elements/product-card/product-card.js';
import type { ProductJoinEvent } from '../../src/events/product-join-event.js';
import type { Product } from '../../src/model/product.js';
import { ProductCard } from '../../src/react/index.js';
import { text } from '../kit/screen.js';
import { click } from '../kit/user.js';
import { until } from '../kit/wait.js';

const available: Product = {
  id: 'send',
  name: 'SEND',
  status: 'available',
  canManage: false,
  infoHref: 'https://example.org/send',
};

describe('React 19 host', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders <product-card> with its product and hands Aderisci to onProductJoin', async () => {
    const joins: ProductJoinEvent[] = [];
    flushSync(() =>
      root.render(
        createElement(ProductCard, {
          product: available,
          lang: 'it',
          onProductJoin: (event) => joins.push(event),
        }),
      ),
    );
    const card = container.querySelector('product-card')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('SEND');
    await click(card.shadowRoot!.querySelector('[part="join"]')!);
    expect(joins).to.have.length(1);
    expect(joins[0]!.detail.product.id).to.equal('send');
  });

  it('sets the product as a property when the element is defined after React rendered it', async () => {
    class LateCard extends ProductCardElement {}
    const LateProductCard = createComponent({
      react: React,
      tagName: 'late-product-card',
      elementClass: LateCard,
      events: { onProductJoin: 'product-join' as EventName<ProductJoinEvent> },
    });
    flushSync(() => root.render(createElement(LateProductCard, { product: available })));
    const card = container.querySelector('late-product-card')!;
    expect(card.getAttribute('product')).to.be.null;
    LateCard.define('late-product-card');
    await until(() => card.shadowRoot?.querySelector('[part="name"]') != null);
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('SEND');
  });
});
