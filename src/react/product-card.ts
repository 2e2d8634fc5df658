import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ProductCard as ProductCardElement } from '../elements/product-card/define.js';
import type { EnvSelectEvent } from '../events/env-select-event.js';
import type { ProductJoinEvent } from '../events/product-join-event.js';

/**
 * `<product-card>` as a React component (registers the tag). Data are set as properties, even when
 * the element is upgraded after React rendered it; events are camelCase props with their classes.
 */
export const ProductCard = createComponent({
  react: React,
  tagName: 'product-card',
  elementClass: ProductCardElement,
  events: {
    onEnvSelect: 'env-select' as EventName<EnvSelectEvent>,
    onProductJoin: 'product-join' as EventName<ProductJoinEvent>,
  },
  displayName: 'ProductCard',
});
