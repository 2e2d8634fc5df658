/** Registers `<env-picker>` (and the kit elements it renders): `customer-area-kit/env-picker.js`. */
import { EnvPicker } from './env-picker.js';

EnvPicker.define('env-picker');

export { EnvPicker };
