import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DialogControllerOptions {
  /** The element's `<dialog>`, once rendered. */
  dialog(): HTMLDialogElement | null;
  /** Whether the dialog may close now (Escape, a close button); `true` when not given. */
  canClose?(): boolean;
  /** Where focus goes in the dialog for what it shows now (may wait for a child's render). */
  focusTarget(): HTMLElement | null | Promise<HTMLElement | null>;
  /** Where focus goes back when the dialog closes. */
  returnFocus(): HTMLElement | null;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A native modal `<dialog>` of a kit element, its focus handled the same way everywhere: shown
 * with `showModal()`, focus moved to what the dialog shows whenever that changes, Escape refused
 * while it must stay, focus back where the customer was when it closes.
 */
export class DialogController implements ReactiveController {
  readonly #host: Host;
  readonly #options: DialogControllerOptions;
  #focusPending = false;

  constructor(host: Host, options: DialogControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.#options.dialog()?.open ?? false;
  }

  /** Opens the dialog as a modal (after the host's pending render) and focuses its content. */
  async show(): Promise<void> {
    await this.#host.updateComplete;
    const dialog = this.#options.dialog();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.refocus();
    await this.#focus();
  }

  /** What the dialog shows changed: focus its new content after the next render. */
  refocus(): void {
    this.#focusPending = true;
  }

  hostUpdated(): void {
    if (this.#focusPending && this.open) void this.#focus();
  }

  /** The dialog's `cancel` (Escape): refused while it must stay. */
  readonly onCancel = (event: Event): void => {
    if (this.#options.canClose && !this.#options.canClose()) event.preventDefault();
  };

  /**
   * The dialog's `close`: `true` when the close stands. Some browsers close without a cancelable
   * `cancel` on a repeated Escape: a dialog that must stay opens again.
   */
  closed(): boolean {
    const dialog = this.#options.dialog();
    if (this.#options.canClose && !this.#options.canClose()) {
      if (dialog?.isConnected && !dialog.open) {
        dialog.showModal();
        void this.#focus();
      }
      return false;
    }
    this.#focusPending = false;
    void this.#host.updateComplete.then(() => this.#options.returnFocus()?.focus());
    return true;
  }

  async #focus(): Promise<void> {
    this.#focusPending = false;
    const target = await this.#options.focusTarget();
    if (!this.#focusPending) target?.focus();
  }
}
