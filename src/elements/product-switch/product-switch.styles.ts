import { css } from 'lit';

export const styles = css`
  :host {
    --_hover: var(--cak-color-hover, rgb(0 102 204 / 0.1));
    --_focus: var(--cak-color-focus, #b35c00);
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  /* On a narrow screen at 200 % text the badge and the chevron go to a second line. */
  .switch,
  .title {
    box-sizing: border-box;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    font: inherit;
    font-weight: 600;
  }
  .switch {
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    cursor: pointer;
    text-align: start;
  }
  .switch:hover,
  .switch[aria-expanded='true'] {
    background: var(--_hover);
  }
  .switch:focus-visible,
  .item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chevron {
    flex: none;
    margin-inline-start: auto;
    transition: transform 0.15s;
  }
  .switch[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  /* Long product names wrap rather than being cut (200 % text, 320 px wide screens). */
  .name {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .logo {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: var(--_radius);
    object-fit: contain;
  }
  .placeholder {
    display: inline-grid;
    place-items: center;
    background: var(--_muted);
    color: var(--cak-color-surface, #ffffff);
    font-size: 0.875rem;
    line-height: 1;
  }
  .badge {
    flex: none;
    padding: 0.125rem 0.5rem;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--cak-color-badge-surface, #e1ecf8);
    color: var(--cak-color-badge-text, #17324d);
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.25;
  }
  .menu {
    box-sizing: border-box;
    position: fixed;
    inset: auto;
    margin: 0;
    min-inline-size: min(16rem, 100vw - 1rem);
    max-inline-size: calc(100vw - 1rem);
    padding: 0.25rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--cak-color-surface, #ffffff);
    color: var(--cak-color-text, #17324d);
    box-shadow: 0 0.5rem 1.5rem rgb(23 50 77 / 0.2);
    font: inherit;
  }
  .item {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .item .name {
    flex: 1;
  }
  .item:hover,
  .item:focus {
    background: var(--_hover);
  }
  .item[aria-checked='true'] {
    font-weight: 600;
  }
  .check {
    flex: none;
    color: var(--_primary);
  }
  env-picker {
    position: absolute;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .item:focus,
    .item:hover {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .check {
      color: CanvasText;
    }
  }
`;
