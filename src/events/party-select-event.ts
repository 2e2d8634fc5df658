import type { Party } from '../model/party.js';

export interface PartySelectDetail {
  /** The organisation the user chose. */
  readonly party: Party;
}

/**
 * The user chose another organisation in `<party-switch>`. Cancelable: call `preventDefault()`
 * to keep the current one shown (for instance while the host asks for confirmation, or when
 * it switches by reloading the page); otherwise the element shows the chosen party as current.
 */
export class PartySelectEvent extends CustomEvent<PartySelectDetail> {
  static readonly type = 'party-select';

  constructor(detail: PartySelectDetail) {
    super(PartySelectEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'party-select': PartySelectEvent;
  }
}
