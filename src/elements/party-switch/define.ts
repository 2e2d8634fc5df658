/** Registers `<party-switch>` (and the kit elements it renders): `customer-area-kit/party-switch.js`. */
import { PartySwitch } from './party-switch.js';

PartySwitch.define('party-switch');

export { PartySwitch };
