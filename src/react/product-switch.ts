import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { ProductSwitch as ProductSwitchElement } from '../elements/product-switch/define.js';
import type { EnvSelectEvent } from '../events/env-select-event.js';

/**
 * `<product-switch>` as a React component (registers the tag). Data are set as properties, even
 * when the element is upgraded after React rendered it; events are camelCase props with their
 * classes.
 */
export const ProductSwitch = createComponent({
  react: React,
  tagName: 'product-switch',
  elementClass: ProductSwitchElement,
  events: {
    onEnvSelect: 'env-select' as EventName<EnvSelectEvent>,
  },
  displayName: 'ProductSwitch',
});
