import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { EnvPicker as EnvPickerElement } from '../elements/env-picker/define.js';
import type { EnvSelectEvent } from '../events/env-select-event.js';

/**
 * `<env-picker>` as a React component (registers the tag). Data are set as properties, even when
 * the element is upgraded after React rendered it; events are camelCase props with their classes.
 */
export const EnvPicker = createComponent({
  react: React,
  tagName: 'env-picker',
  elementClass: EnvPickerElement,
  events: {
    onEnvSelect: 'env-select' as EventName<EnvSelectEvent>,
  },
  displayName: 'EnvPicker',
});
