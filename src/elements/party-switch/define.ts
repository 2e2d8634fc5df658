import { PartySwitch } from './party-switch.js';

PartySwitch.define('party-switch');

declare global {
  interface HTMLElementTagNameMap {
    'party-switch': PartySwitch;
  }
}
