import { EnvPicker } from './env-picker.js';

EnvPicker.define('env-picker');

declare global {
  interface HTMLElementTagNameMap {
    'env-picker': EnvPicker;
  }
}
