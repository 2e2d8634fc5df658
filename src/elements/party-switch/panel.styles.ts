import { css } from 'lit';

/**
 * The open panel's styles (search box, count, list, options), adopted by the element's shadow
 * root when the panel's code is loaded (`panel.ts`).
 */
export const panelStyles = css`
  .search:focus-visible,
  .listbox:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
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
`;
