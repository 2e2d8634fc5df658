import { css } from 'lit';
/** E-mail addresses and links that open a new tab (`email()`, `newTabLink()` in templates.ts). */
export const textStyles = css`
  .email > span {
    white-space: nowrap;
  }
  .new-tab {
    margin-inline-start: 0.25em;
  }
`;
