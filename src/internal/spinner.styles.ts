import { css } from 'lit';

/**
 * The ring that turns beside a "… in corso" text, for every element that waits on the host or on
 * PayPal: still under `prefers-reduced-motion` (the text says that something is in progress),
 * system colours under `forced-colors`.
 */
export const spinnerStyles = css`
  .spinner {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }
  @media (forced-colors: active) {
    .spinner {
      border-color: CanvasText;
      border-block-start-color: Highlight;
    }
  }
`;
