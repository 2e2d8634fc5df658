import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem 1.5rem;
  }
  .summary {
    display: grid;
    gap: 0.375rem;
    min-inline-size: min(100%, 16rem);
    flex: 1 1 16rem;
  }
  .state {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
  }
  .dot {
    flex: none;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_muted);
  }
  [data-state='on'] .dot {
    background: var(--cak-color-success, #008055);
  }
  .detail {
    margin: 0;
    color: var(--_muted);
  }
  .terms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
  }
  .terms dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .terms dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  dialog .terms {
    margin-block: 0.75rem;
  }
  .action {
    flex: none;
  }
  .busy,
  .progress {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
    font-weight: 600;
  }
  .progress {
    margin-block: 1rem;
  }
  @media (forced-colors: active) {
    .dot {
      border: 1px solid CanvasText;
    }
  }
  dialog {
    text-align: start;
    max-block-size: calc(100dvh - 1rem);
    overflow: auto;
  }
  dialog p {
    margin: 0 0 0.75rem;
  }
  .hint {
    color: var(--_muted);
  }
  .notice {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .result {
    padding: 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--cak-color-success, #008055);
    border-radius: var(--_radius);
  }
  .result p:last-child {
    margin: 0;
  }
  dialog .error {
    margin-block-end: 0.75rem;
  }
  paypal-account-select {
    display: block;
    margin-block: 1rem 0.75rem;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  [aria-disabled='true'] {
    cursor: progress;
  }
`;
