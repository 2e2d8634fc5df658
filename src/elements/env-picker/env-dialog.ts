/**
 * The environment choice of `<env-picker>`: the content of its modal dialog (the radios, the
 * hint, Annulla and Entra), their handlers and their styles. `<env-picker>` loads this module the
 * first time the choice is needed (Gestisci or `open()`, or as soon as the pointer or the focus
 * reaches Gestisci): a page whose customers never open it does not load it.
 */
import {
  adoptStyles,
  html,
  nothing,
  type ReactiveControllerHost,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { dialogStyles } from '../../internal/shared.styles.js';
import type { Environment, Product } from '../../model/product.js';
import type * as it from '../../translations/it.js';
import { envDialogStyles } from './env-dialog.styles.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** Translations of the well-known environments: label and description. */
const KNOWN: Partial<
  Record<
    string,
    readonly [
      'envCollaudo' | 'envProduzione',
      'envCollaudoDescription' | 'envProduzioneDescription',
    ]
  >
> = {
  collaudo: ['envCollaudo', 'envCollaudoDescription'],
  produzione: ['envProduzione', 'envProduzioneDescription'],
};

/** What the dialog reads from its `<env-picker>` and asks of it. */
export interface EnvDialogOptions {
  readonly localize: LocalizeController<typeof it.envPicker>;
  /** The valid product, if any. */
  product(): Product | undefined;
  /** The customer chose `environment` of `product` (the dialog is closed already). */
  select(product: Product, environment: Environment): void;
}

/** The state (the checked environment) and the view of one `<env-picker>`'s dialog. */
export class EnvDialog {
  readonly #host: Host;
  readonly #options: EnvDialogOptions;
  /** The environment id checked in the dialog. */
  #selected: string | undefined;
  /** Where the focus goes back when the dialog closes. */
  #returnFocus: HTMLElement | undefined;
  /** The dialog opens once rendered with its content (in `updated`). */
  #showing = false;

  constructor(host: Host, options: EnvDialogOptions) {
    this.#host = host;
    this.#options = options;
    // The dialog's styles join the element's (constructable style sheets: no CSP exception).
    const root = host.renderRoot;
    if (root instanceof ShadowRoot)
      adoptStyles(root, [
        ...(host.constructor as typeof ReactiveElement).elementStyles,
        dialogStyles,
        envDialogStyles,
      ]);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /**
   * Opens the dialog for `product`, with its `remembered` environment checked (if it has it), in
   * the host's next update.
   */
  open(product: Product, remembered: string | null): void {
    if (this.#dialog?.open) return;
    const root = this.#host.renderRoot;
    this.#returnFocus = root.querySelector<HTMLElement>('button') ?? deepActiveElement();
    this.#selected = product.environments?.some((e) => e.id === remembered)
      ? (remembered ?? undefined)
      : undefined;
    this.#showing = true;
    this.#host.requestUpdate();
  }

  /** The dialog closed (Escape, Annulla, Entra): the focus goes back. */
  onClose = (): void => {
    const target = this.#returnFocus;
    this.#returnFocus = undefined;
    if (target?.isConnected) target.focus();
  };

  /** Focuses the checked environment, else the first (the radios are the only inputs). */
  #focusChoice(): void {
    const root = this.#host.renderRoot;
    (root.querySelector<HTMLElement>('input:checked') ?? root.querySelector('input'))?.focus();
  }

  /**
   * After every render: the checked radio as a property (once the customer has clicked one,
   * `checked` attributes no longer count); the dialog opens once rendered with its content.
   */
  updated(): void {
    const root = this.#host.renderRoot;
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === this.#selected;
    if (!this.#showing) return;
    this.#showing = false;
    const dialog = this.#dialog;
    if (!dialog || dialog.open || !dialog.isConnected) return;
    dialog.showModal();
    this.#focusChoice();
  }

  #onChange = (event: Event): void => {
    this.#selected = (event.target as HTMLInputElement).value;
    this.#host.requestUpdate();
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const product = this.#options.product();
    const environment = product?.environments?.find((e) => e.id === this.#selected);
    const dialog = this.#dialog;
    if (!product || !dialog?.open) return;
    if (!environment) {
      // Entra before a choice: it stays focusable (aria-disabled) and says why; take the user
      // to the choice.
      this.#focusChoice();
      return;
    }
    dialog.close();
    this.#options.select(product, environment);
  };

  #onCancelClick = (): void => {
    this.#dialog?.close();
  };

  #label(environment: Environment): string {
    const known = KNOWN[environment.id];
    return environment.label ?? (known ? this.#options.localize.term(known[0]) : environment.id);
  }

  #description(environment: Environment): string | undefined {
    const known = KNOWN[environment.id];
    return environment.description ?? (known && this.#options.localize.term(known[1]));
  }

  #renderOption(environment: Environment, index: number): TemplateResult {
    const description = this.#description(environment);
    return html`
      <label class="option" part="option">
        <input
          type="radio"
          name="environment"
          .value=${environment.id}
          ?checked=${this.#selected === environment.id}
          aria-labelledby="label-${index}"
          aria-describedby=${description ? `description-${index}` : nothing}
          @change=${this.#onChange}
        />
        <strong id="label-${index}">${this.#label(environment)}</strong>
        ${
          description
            ? html`<span class="option-description" id="description-${index}">${description}</span>`
            : nothing
        }
      </label>
    `;
  }

  /** The content of the `<dialog>` (which `<env-picker>` renders itself). */
  render(product: Product): TemplateResult {
    const t = this.#options.localize;
    const environments = product.environments ?? [];
    return html`
      <form @submit=${this.#onSubmit}>
        <p class="product-name">${product.name}</p>
        <h2 part="title" id="title">${t.term('envDialogTitle')}</h2>
        <div class="options" role="radiogroup" aria-labelledby="title">
          ${environments.map((environment, index) => this.#renderOption(environment, index))}
        </div>
        <p class="hint" id="hint" ?hidden=${!!this.#selected}>${t.term('envChooseFirst')}</p>
        <div class="actions">
          <button
            type="button"
            class="button secondary"
            part="cancel"
            @click=${this.#onCancelClick}
          >
            ${t.term('envCancel')}
          </button>
          <button
            type="submit"
            class="button"
            part="confirm"
            aria-disabled=${this.#selected ? 'false' : 'true'}
            aria-describedby=${this.#selected ? nothing : 'hint'}
          >
            ${t.term('envEnter')}
          </button>
        </div>
      </form>
    `;
  }
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
