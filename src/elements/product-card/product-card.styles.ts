import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  .card {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 1rem;
    block-size: 100%;
    margin: 0;
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--cak-color-surface, #ffffff);
    color: var(--cak-color-text, #17324d);
    overflow-wrap: anywhere;
  }
  .identity {
    display: flex;
    align-items: center;
    gap: 1rem;
    min-inline-size: 0;
  }
  .logo {
    box-sizing: border-box;
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: var(--_radius);
    object-fit: contain;
  }
  .monogram {
    display: grid;
    place-items: center;
    /* Transparent border: visible as a frame in forced-colors mode, where backgrounds go. */
    border: 2px solid transparent;
    background: var(--_monogram, #5c6f82);
    color: #ffffff;
    font-weight: 700;
    font-size: 1.125rem;
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }
  /* Monogram tones: white text on each meets WCAG AA (5.2:1 to 7.4:1). */
  .tone-0 {
    --_monogram: #5c6f82;
  }
  .tone-1 {
    --_monogram: #0066cc;
  }
  .tone-2 {
    --_monogram: #00695c;
  }
  .tone-3 {
    --_monogram: #8a4b00;
  }
  .tone-4 {
    --_monogram: #6b3fa0;
  }
  .tone-5 {
    --_monogram: #a4262c;
  }
  .name {
    margin: 0;
    min-inline-size: 0;
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1.25rem;
    margin-block-start: auto;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
    padding: 0.125rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .info {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .info:hover {
    color: var(--_primary-hover);
  }
  .info:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .monogram {
      border-color: CanvasText;
    }
  }
`;
