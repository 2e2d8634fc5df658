import { html, type TemplateResult } from 'lit';

/**
 * A link that opens in a new tab, so that following it never leaves the payment: its name says
 * so ("Come disattivare il rinnovo automatico (si apre in una nuova scheda)"), an arrow shows it.
 */
export function newTabLink(href: string, label: string, opensInNewTab: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> (${opensInNewTab})</span
    ><span class="new-tab" aria-hidden="true">↗</span></a
  >`;
}

/**
 * An e-mail address that wraps only after `@` or before a `.`, never at a hyphen
 * ("anna-maria.rossi@comune-di-roma.it" never shows "anna-" at the end of a line).
 */
export function email(address: string): TemplateResult {
  const pieces = address.trim().split(/(?=[.@])/);
  return html`<span class="email"
    >${pieces.map((piece, index) => html`${index ? html`<wbr />` : ''}<span>${piece}</span>`)}</span
  >`;
}
