import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .account {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .account:first-child {
    padding-block-start: 0;
  }
  .who {
    display: grid;
    gap: 0.125rem;
    min-inline-size: min(100%, 16rem);
    flex: 1 1 16rem;
  }
  .who p,
  .address {
    margin: 0;
  }
  .address {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .label {
    margin-inline-start: 0.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 400;
    white-space: nowrap;
  }
  .usage,
  .hint,
  .empty {
    color: var(--_muted);
  }
  .empty {
    margin: 0;
  }
  .add {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    margin-block-start: 1.25rem;
  }
  .add .hint,
  .status {
    margin: 0;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .add .error {
    justify-self: stretch;
  }
  .add .error .actions {
    margin-block-start: 0.5rem;
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
  dialog {
    text-align: start;
    max-block-size: calc(100dvh - 1rem);
    overflow: auto;
  }
  dialog p {
    margin: 0 0 0.75rem;
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
