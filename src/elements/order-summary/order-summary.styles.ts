import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 44rem;
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .subheading {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  section {
    margin-block-start: 1.5rem;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  table {
    inline-size: 100%;
    margin-block-start: 1.5rem;
    border-collapse: collapse;
  }
  caption {
    padding-block-end: 0.5rem;
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: 0.5rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
    overflow-wrap: break-word;
  }
  tbody th {
    font-weight: 400;
  }
  .one-off {
    margin-inline-start: 0.25em;
    color: var(--_muted);
    font-weight: 400;
  }
  .line-detail {
    display: none;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Narrow: quantity and unit price move under the description. */
  @container (max-width: 30rem) {
    .detail {
      display: none;
    }
    .line-detail {
      display: block;
    }
    .facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .facts dd + dt {
      margin-block-start: 0.375rem;
    }
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .number {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  th.number {
    white-space: normal;
  }
  .totals {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0;
    margin: 0.75rem 0 0;
  }
  .totals > div {
    display: contents;
  }
  .totals dt {
    text-align: end;
  }
  .totals dd {
    margin: 0;
    padding-inline-start: 1rem;
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .total dt,
  .total dd {
    padding-block-start: 0.5rem;
    border-block-start: 2px solid currentColor;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .renewal {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
  }
  .renewal p {
    margin: 0 0 0.5rem;
  }
  .renewal a {
    display: inline-block;
    min-block-size: 1.5rem;
    margin-block-start: 0.5rem;
    color: var(--_primary);
  }
  .heading:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .heading:focus:not(:focus-visible) {
    outline: none;
  }
  .renewal a:focus-visible {
    outline: 3px solid var(--cak-color-focus, #b35c00);
    outline-offset: 2px;
  }
  .no-renewal {
    margin: 1.5rem 0 0;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
    margin-block-start: 1.5rem;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .status:empty {
    margin: 0;
  }
  .status {
    margin: 0.75rem 0 0;
    color: var(--_muted);
    text-align: end;
  }
  @media (forced-colors: active) {
    .renewal {
      border-inline-start-color: CanvasText;
    }
    .renewal a {
      color: LinkText;
    }
  }
`;
