import { AutoRenewalControl } from './auto-renewal-control.js';

AutoRenewalControl.define('auto-renewal-control');

declare global {
  interface HTMLElementTagNameMap {
    'auto-renewal-control': AutoRenewalControl;
  }
}
