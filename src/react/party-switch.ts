import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { PartySwitch as PartySwitchElement } from '../elements/party-switch/define.js';
import type { PartySelectEvent } from '../events/party-select-event.js';

/**
 * `<party-switch>` as a React component (registers the tag). Data are set as properties, even when
 * the element is upgraded after React rendered it; events are camelCase props with their classes.
 */
export const PartySwitch = createComponent({
  react: React,
  tagName: 'party-switch',
  elementClass: PartySwitchElement,
  events: {
    onPartySelect: 'party-select' as EventName<PartySelectEvent>,
  },
  displayName: 'PartySwitch',
});
