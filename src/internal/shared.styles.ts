import { css } from 'lit';

/**
 * Styles every element shares: host defaults, buttons, the modal dialog and the error box.
 * Everything is themed through `--cak-*` custom properties (read once here into private
 * `--_*` aliases) and inherits the host's font.
 */
export const hostStyles = css`
  :host {
    --_primary: var(--cak-color-primary, #0066cc);
    --_primary-hover: var(--cak-color-primary-hover, #004d99);
    --_on-primary: var(--cak-color-on-primary, #ffffff);
    --_muted: var(--cak-color-text-muted, #5c6f82);
    --_border: var(--cak-color-border, #c5c7c9);
    --_radius: var(--cak-radius, 4px);
    font: inherit;
    color: var(--cak-color-text, inherit);
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .secondary {
    background: none;
    color: var(--_primary);
  }
  .button:hover {
    border-color: var(--_primary-hover);
    background: var(--_primary-hover);
    color: var(--_on-primary);
  }
  .button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .button:disabled {
    cursor: not-allowed;
    border-color: var(--_muted);
    background: var(--_muted);
    color: var(--_on-primary);
  }
  @media (forced-colors: active) {
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;

export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    inline-size: min(34rem, 100vw - 2rem);
    padding: 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--cak-radius-dialog, 8px);
    background: var(--cak-color-surface, #ffffff);
    color: var(--cak-color-text, #17324d);
    font: inherit;
  }
  dialog::backdrop {
    background: var(--cak-color-backdrop, rgb(23 50 77 / 0.6));
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
    margin-block-start: 1.5rem;
  }
`;

export const errorStyles = css`
  .error {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid transparent;
    border-inline-start: 4px solid var(--cak-color-error, #d9364f);
    border-radius: var(--_radius);
    background: var(--cak-color-error-surface, #fbe9ec);
    color: var(--cak-color-on-error-surface, #761f2b);
  }
`;
