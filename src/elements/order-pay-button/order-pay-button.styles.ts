import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  .status {
    display: inline-flex;
    align-items: center;
    /* As tall as Paga: a row does not jump when the order becomes paid. */
    min-block-size: 2.75rem;
    font-weight: 600;
  }
  .status:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  dialog {
    /* Paga may sit in a right-aligned cell: the dialog reads from the start. */
    text-align: start;
    inline-size: min(40rem, 100vw - 1rem);
    max-block-size: calc(100dvh - 1rem);
    overflow: auto;
  }
  @media (max-width: 30rem) {
    dialog {
      padding: 1rem;
    }
    .actions,
    order-summary::part(actions) {
      inset-block-end: -1rem;
      margin-block-end: -1rem;
      padding-block-end: 1rem;
    }
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: 1rem;
  }
  .header h2 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .step-label {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* The dialog's title is the largest heading; the summary's sits under it. */
  order-summary::part(heading) {
    font-size: 1.125rem;
  }
  /* The actions stay in view while the summary scrolls (1280×800 and phones alike). */
  .actions,
  order-summary::part(actions) {
    position: sticky;
    inset-block-end: -1.5rem;
    z-index: 1;
    margin-block-end: -1.5rem;
    padding-block: 0.75rem 1.5rem;
    border-block-start: 1px solid var(--_border);
    background: var(--cak-color-surface, #ffffff);
  }
  .methods {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1.25rem;
    padding: 0;
    border: 0;
  }
  .methods legend {
    margin-block-end: 0.5rem;
    padding: 0;
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .method-renewal {
    margin: -0.25rem 0 0.25rem 1.75rem;
    font-size: 0.875rem;
  }
  .invalid {
    margin: 0;
    color: var(--cak-color-on-error-surface, #761f2b);
    font-weight: 600;
  }
  .close {
    min-block-size: 2.75rem;
    padding-inline: 0.875rem;
  }
  .method {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .hint {
    margin: 0 0 1rem;
    color: var(--_muted);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 1rem 0;
    font-weight: 600;
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .result {
    display: grid;
    gap: 0.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--cak-color-success, #008055);
    border-radius: var(--_radius);
  }
  .result h3 {
    margin: 0;
    font-size: 1.125rem;
  }
  .result p {
    margin: 0;
  }
  .nowrap {
    white-space: nowrap;
  }
  .amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  order-summary,
  paypal-account-select {
    display: block;
  }
`;
