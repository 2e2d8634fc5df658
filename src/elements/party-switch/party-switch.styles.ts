import { css } from 'lit';

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
  .trigger:focus-visible,
  .search:focus-visible,
  .listbox:focus-visible {
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
  .panel {
    position: fixed;
    inset: auto;
    box-sizing: border-box;
    margin: 0;
    padding: 0.75rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--cak-radius-dialog, 8px);
    background: var(--cak-color-surface, #ffffff);
    box-shadow: 0 0.5rem 1.5rem rgb(23 50 77 / 0.2);
    color: var(--cak-color-text, #17324d);
    font: inherit;
  }
  /* The list takes what the viewport leaves under the search box (the panel's max-height). */
  .panel:popover-open {
    display: flex;
    flex-direction: column;
  }
  .search-label {
    display: block;
    margin-block-end: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .search {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--cak-color-surface, #ffffff);
    color: inherit;
    font: inherit;
  }
  .count {
    margin: 0.25rem 0 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .count:empty {
    margin: 0;
  }
  /*
   * The list scrolls by itself, up to the height the panel leaves it (--_list-max, set when the
   * panel is placed); two spacers stand for the rows that are not rendered.
   */
  .listbox {
    position: relative;
    box-sizing: border-box;
    flex: none;
    max-block-size: min(24rem, var(--_list-max, 24rem));
    overflow: auto;
    overflow-anchor: none;
    border-radius: var(--_radius);
  }
  .listbox[hidden] {
    display: none !important;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 3.5rem;
    padding: 0.5rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option-text {
    flex: 1;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75rem;
  }
  .option:hover {
    background: var(--cak-color-hover, #f2f7fc);
  }
  .option.active {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
    background: var(--cak-color-hover, #f2f7fc);
  }
  .current {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_primary);
    font-weight: 600;
  }
  mark.code {
    border-radius: 2px;
    background: var(--cak-color-mark, #fff1c2);
    color: var(--cak-color-on-mark, #17324d);
  }
  .option[aria-disabled='true'] {
    cursor: not-allowed;
  }
  .option[aria-disabled='true'] .name {
    color: var(--_muted);
  }
  .status {
    color: var(--cak-color-warning-text, #a0410d);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .option.active {
      outline-color: Highlight;
    }
    .option[aria-disabled='true'] .name {
      color: GrayText;
    }
    mark.code {
      background: Mark;
      color: MarkText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s;
    }
  }
`;
