/**
 * `customer-area-kit/auto-renewal-control.js`: registers `<auto-renewal-control>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { AutoRenewalControl } from './auto-renewal-control.js';

AutoRenewalControl.define('auto-renewal-control');

export { AutoRenewalControl };
