import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 36rem;
  }
  .field {
    display: grid;
    gap: 0.5rem;
  }
  .label {
    margin: 0;
    font-weight: 600;
  }
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background-color: var(--cak-color-surface, #ffffff);
    color: var(--cak-color-text, #17324d);
    font: inherit;
    cursor: pointer;
  }
  select:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  select:disabled {
    cursor: not-allowed;
    opacity: 1;
    border-color: var(--_border);
    color: var(--_muted);
  }
  .note,
  .renewal,
  .invalid {
    margin: 0;
  }
  select[aria-invalid='true'] {
    border: 2px solid var(--cak-color-error, #d9364f);
  }
  .invalid {
    color: var(--cak-color-on-error-surface, #761f2b);
    font-weight: 600;
  }
  .note {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--cak-color-info-surface, #eef5fc);
    color: var(--cak-color-text, #17324d);
  }
  .renewal {
    margin-block-start: 0.75rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .renewal a {
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--_primary);
  }
  .renewal a:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .error {
    margin-block-start: 0.75rem;
  }
  @media (forced-colors: active) {
    select,
    .note {
      border: 1px solid CanvasText;
    }
    select:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
