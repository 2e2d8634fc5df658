import { css } from 'lit';

/** The Gestisci button's host; the dialog's styles come with it (`./env-dialog.styles.ts`). */
export const styles = css`
  :host {
    display: inline-block;
  }
`;
