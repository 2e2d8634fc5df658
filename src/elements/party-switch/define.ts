/**
 * `customer-area-kit/party-switch.js`: registers `<party-switch>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { PartySwitch } from './party-switch.js';

PartySwitch.define('party-switch');

export { PartySwitch };
