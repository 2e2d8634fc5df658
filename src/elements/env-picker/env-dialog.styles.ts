import { css } from 'lit';

/** The environment dialog's own styles (with the kit's `dialogStyles`), loaded with it. */
export const envDialogStyles = css`
  .product-name {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: 0.75rem;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  input {
    grid-row: span 2;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .hint {
    margin: 0.75rem 0 0;
  }
  /* Entra before a choice: looks unavailable, stays in the Tab order (see the hint). */
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    border-color: var(--_muted);
    background: var(--_muted);
    color: var(--_on-primary);
  }
  .hint,
  .option-description {
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;
