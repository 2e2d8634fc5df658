import { css } from 'lit';

/** The button and what it shares with the options; the open panel's own are in panel.styles.ts. */
export const styles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .trigger:hover {
    border-color: var(--_primary);
  }
  .trigger:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .trigger-text,
  .option-text {
    display: grid;
    /* One column no wider than the text's box, so that a long word breaks instead of overflowing. */
    grid-template-columns: minmax(0, 1fr);
    flex: 1;
    min-inline-size: 0;
  }
  /* Names wrap instead of being cut: a long PA name is read whole, at 200 % and at 320 px. */
  .name {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .role,
  .details,
  .parent {
    color: var(--_muted);
    font-size: 0.875rem;
    overflow-wrap: break-word;
  }
  /* The trigger sits in the host's header: its secondary text follows the header's colour. */
  .trigger .role {
    color: inherit;
  }
  .chevron,
  .check {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .trigger[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .logo {
    flex: none;
    box-sizing: border-box;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    object-fit: cover;
  }
  .monogram {
    display: inline-grid;
    place-items: center;
    border: 1px solid var(--_border);
    background: var(--cak-color-monogram, #e6f0fa);
    color: var(--cak-color-on-monogram, #17324d);
    font-size: 0.75rem;
    font-weight: 700;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s;
    }
  }
`;
