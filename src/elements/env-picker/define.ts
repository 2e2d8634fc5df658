/**
 * `customer-area-kit/env-picker.js`: registers `<env-picker>`, and the kit elements it renders (its
 * `dependencies`).
 */
import { EnvPicker } from './env-picker.js';

EnvPicker.define('env-picker');

export { EnvPicker };
