/**
 * The PayPal simulator: a fake PayPal v6 namespace for tests, stories and demos, so that nothing
 * reaches PayPal. Installed on `window.paypal` with a `version` starting with "6", it is what
 * `loadCoreSdkScript` returns without loading anything.
 *
 * Every object it builds is checked against `@paypal/paypal-js`'s own v6 types (`satisfies`,
 * optional members included): when PayPal's types change, or the simulator drifts from them,
 * the type checker fails. `test/paypal/simulator-types.test.ts` checks the same from outside.
 *
 * What is simulated is what the kit calls, and so what its hosts' tests use: `createInstance`,
 * the PayPal one-time payment session (start, cancel, destroy, and the redirect return:
 * hasReturned, resume) and the PayPal save session without a payment (start, cancel, destroy;
 * in a window, never a redirect). Every other member PayPal has (eligibility, updateLocale, the
 * Pay Later and Credit sessions) is there, with PayPal's type, and throws
 * `PayPal simulator: <member> is not simulated.`
 *
 * A session shows a small window (a modal `<dialog>` in light DOM, as PayPal's own windows are
 * never inside a shadow root) that says *PayPal simulator — no real payment* and walks through
 * PayPal's steps: log in, *Scegli un metodo di pagamento*, **Continua**, a one-time code when the
 * scenario asks for it, **Accetta e continua**. Closing it is the customer cancelling. Its styles
 * are a constructed stylesheet adopted by the document, never a `<style>` element or a `style`
 * attribute: a page under a strict Content Security Policy (`style-src 'self'`) shows it styled.
 */
import type {
  Components,
  CreateInstanceOptions,
  CreateOrderPromise,
  OnApproveDataOneTimePayments,
  OnApproveDataSavePayments,
  OnErrorData,
  OneTimePaymentSession,
  PayPalOneTimePaymentSessionOptions,
  PayPalPresentationModeOptions,
  PayPalV6Namespace,
  SavePaymentSession,
  SavePaymentSessionOptions,
  SdkInstance,
} from '@paypal/paypal-js/sdk-v6';

/**
 * What the simulated PayPal does:
 * - `approve`: the customer logs in, chooses, accepts: `onApprove`;
 * - `approve-with-code`: the same with a one-time security code step (any 6 digits);
 * - `cancel`: the customer closes the window (when played automatically): `onCancel`;
 * - `error-recoverable` / `error-fatal`: PayPal fails after **Accetta e continua**: `onError`
 *   with `isRecoverable` true / false;
 * - `load-failure`: the SDK cannot start: `createInstance` rejects;
 * - `slow`: an approval where every step (creating the instance, each page) takes `delay` ms;
 * - `redirect`: an approval through a full-page redirect whatever the presentation mode (as
 *   `auto` does on a phone); with the `redirect` presentation every scenario redirects.
 */
export type PayPalScenario =
  | 'approve'
  | 'approve-with-code'
  | 'cancel'
  | 'error-recoverable'
  | 'error-fatal'
  | 'load-failure'
  | 'slow'
  | 'redirect';

export const PAYPAL_SCENARIOS: readonly PayPalScenario[] = [
  'approve',
  'approve-with-code',
  'cancel',
  'error-recoverable',
  'error-fatal',
  'load-failure',
  'slow',
  'redirect',
];

/** The pages of the simulated PayPal window. */
export type SimulatorStep = 'loading' | 'login' | 'funding' | 'code' | 'review' | 'error';

/** A call the page made to the simulated SDK, in order. */
export type SimulatorCall =
  | {
      readonly method: 'createInstance';
      readonly options: CreateInstanceOptions<readonly Components[]>;
    }
  | {
      /** `createPayPalOneTimePaymentSession`. */
      readonly method: 'createSession';
      readonly options: PayPalOneTimePaymentSessionOptions;
    }
  | {
      /** `createPayPalSavePaymentSession`: an account registered without a payment. */
      readonly method: 'createSaveSession';
      readonly options: SavePaymentSessionOptions;
    }
  | { readonly method: 'start'; readonly presentation: PayPalPresentationModeOptions }
  | { readonly method: 'cancel' | 'destroy' | 'hasReturned' | 'resume' };

export interface PayPalSimulatorOptions {
  /** `approve` by default; `setScenario()` changes it later. */
  scenario?: PayPalScenario;
  /**
   * Milliseconds: the pause before each automatic step (`autoPlay`), and in the `slow` scenario
   * how long each step takes (1 500 by default there; 0 elsewhere).
   */
  delay?: number;
  /** Where the window is appended; `document.body` by default. Keep it in light DOM. */
  container?: HTMLElement;
  /**
   * Walks through the steps alone (filling the fields, pressing the buttons) so that automated
   * tests need no clicks. `false` by default: a person plays the demo.
   */
  autoPlay?: boolean;
  /**
   * Goes to a URL at the end of a redirect; `location.assign` by default. Tests replace it:
   * leaving the page would end them.
   */
  navigate?: (url: string) => void;
  /** The payer id given to `onApprove`; `SIMULATED_PAYER_ID` by default. */
  payerId?: string;
}

/** The `version` of the simulated namespace. */
export const SIMULATED_VERSION = '6.0.0';
export const SIMULATED_PAYER_ID = 'SIMPAYER4242X';
export const SIMULATED_BUYER_EMAIL = 'sb-cliente@personal.example.com';
/** Where a redirect keeps its return in `sessionStorage` until the page resumes it. */
export const SIMULATED_RETURN_KEY = 'customer-area-kit:paypal-simulator:return';

/** The error the simulated SDK reports: PayPal's `OnErrorData` shape. */
export class SimulatedPayPalError extends Error implements OnErrorData {
  override readonly name = 'PayPalError';
  readonly code: string;
  readonly isRecoverable: boolean;

  constructor(code: string, message: string, isRecoverable: boolean) {
    super(message);
    this.code = code;
    this.isRecoverable = isRecoverable;
  }
}

/** A return from a simulated redirect, waiting for `resume()`. */
export interface SimulatedReturn {
  /** The order id. */
  readonly id: string;
  readonly outcome: 'approve' | 'cancel';
  readonly payerId: string;
}

/** The return a simulated redirect left for this page, if the URL matches it. */
export function pendingSimulatedReturn(): SimulatedReturn | undefined {
  let stored: SimulatedReturn;
  try {
    const raw = sessionStorage.getItem(SIMULATED_RETURN_KEY);
    if (!raw) return undefined;
    stored = JSON.parse(raw) as SimulatedReturn;
  } catch {
    return undefined;
  }
  return new URLSearchParams(location.search).get('token') === stored.id ? stored : undefined;
}

type Language = 'it' | 'en';

/** PayPal's `PresentationModeOptionsForAuto` (not exported by the package's entry point). */
type PresentationModeOptionsForAuto = Extract<
  PayPalPresentationModeOptions,
  { presentationMode: 'auto' }
>;

const TEXT = {
  it: {
    banner: 'Simulatore PayPal — nessun pagamento reale',
    scenario: 'Scenario',
    close: 'Chiudi PayPal',
    loading: 'Caricamento…',
    loginTitle: 'Accedi a PayPal',
    email: 'Email o numero di cellulare',
    password: 'Password',
    login: 'Accedi',
    loginMissing: 'Inserisci email e password.',
    fundingTitle: 'Scegli un metodo di pagamento',
    order: 'Ordine',
    card: 'Visa •••• 4242',
    bank: 'Conto bancario •••• 1234',
    continue: 'Continua',
    codeTitle: 'Conferma che sei tu',
    codeHint:
      'Abbiamo inviato un codice di sicurezza via SMS al numero •••• 42; puoi usare anche la tua app di autenticazione o il token. Simulatore: va bene qualsiasi codice di 6 cifre.',
    codeLabel: 'Codice di sicurezza',
    codeInvalid: 'Inserisci le 6 cifre del codice.',
    reviewTitle: 'Rivedi e accetta',
    payWith: 'Paghi con',
    saveNotice: 'PayPal sarà salvato per i tuoi prossimi pagamenti presso questo esercente.',
    accept: 'Accetta e continua',
    cancel: 'Annulla e torna al sito',
    errorTitle: 'Qualcosa non ha funzionato',
    errorRecoverable: 'Il pagamento non è andato a buon fine. Puoi riprovare.',
    errorFatal: 'Questo pagamento non può essere completato con PayPal.',
    closeError: 'Chiudi',
  },
  en: {
    banner: 'PayPal simulator — no real payment',
    scenario: 'Scenario',
    close: 'Close PayPal',
    loading: 'Loading…',
    loginTitle: 'Log in to PayPal',
    email: 'Email or mobile number',
    password: 'Password',
    login: 'Log In',
    loginMissing: 'Enter your email and password.',
    fundingTitle: 'Choose a way to pay',
    order: 'Order',
    card: 'Visa •••• 4242',
    bank: 'Bank account •••• 1234',
    continue: 'Continue',
    codeTitle: "Confirm it's you",
    codeHint:
      'We sent a security code by SMS to •••• 42; your authenticator app or token works too. Simulator: any 6 digits will do.',
    codeLabel: 'Security code',
    codeInvalid: 'Enter the 6 digits of the code.',
    reviewTitle: 'Review and agree',
    payWith: 'Paying with',
    saveNotice: 'PayPal will be saved for your next payments to this merchant.',
    accept: 'Agree and Continue',
    cancel: 'Cancel and return to the site',
    errorTitle: 'Something went wrong',
    errorRecoverable: 'The payment did not go through. You can try again.',
    errorFatal: 'This payment cannot be completed with PayPal.',
    closeError: 'Close',
  },
} as const satisfies Record<Language, Record<string, string>>;

type Texts = (typeof TEXT)[Language];

/** `it…` → Italian, anything else → English; no locale: the page's language (Italian if none). */
function languageOf(locale: string | undefined): Language {
  const tag = (locale || document.documentElement.lang || 'it').toLowerCase();
  return tag.startsWith('it') ? 'it' : 'en';
}

const STYLES = `
.cak-pps{box-sizing:border-box;width:min(26rem,calc(100vw - 2rem));max-height:calc(100vh - 2rem);
padding:0;border:0;border-radius:.75rem;background:#fff;color:#1a1a1a;overflow:auto;
font:400 1rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 1rem 3rem #0006}
.cak-pps::backdrop{background:#0009}
.cak-pps *{box-sizing:border-box}
.cak-pps__banner{margin:0;padding:.6rem 1rem;background:repeating-linear-gradient(135deg,#ffd140 0 1rem,#ffe58a 1rem 2rem);
color:#1a1a1a;font-weight:700;text-align:center;border-bottom:2px solid #1a1a1a}
.cak-pps__bar{display:flex;align-items:center;justify-content:space-between;padding:.5rem 1rem;border-bottom:1px solid #ddd}
.cak-pps__logo{font-weight:800;font-style:italic;font-size:1.25rem;color:#003087}
.cak-pps__logo span{color:#0070e0}
.cak-pps__close{inline-size:2.5rem;block-size:2.5rem;border:0;border-radius:50%;background:transparent;font-size:1.25rem;cursor:pointer}
.cak-pps__body{padding:1rem 1.25rem 1.25rem;display:grid;gap:.75rem}
.cak-pps__stack{display:grid;gap:.75rem}
.cak-pps__footer{padding:0 1.25rem 1rem}
.cak-pps h2{margin:0;font-size:1.25rem}
.cak-pps p{margin:0}
.cak-pps form{display:grid;gap:.75rem}
.cak-pps label{display:grid;gap:.25rem;font-size:.9rem}
.cak-pps fieldset{border:0;margin:0;padding:0;display:grid;gap:.5rem}
.cak-pps__option{display:flex!important;align-items:center;gap:.5rem;padding:.6rem .75rem;border:1px solid #bbb;border-radius:.5rem;font-size:1rem!important}
.cak-pps input[type=email],.cak-pps input[type=password],.cak-pps input[type=text]{font:inherit;padding:.5rem .6rem;border:1px solid #888;border-radius:.35rem}
.cak-pps__primary{font:inherit;font-weight:700;padding:.7rem 1rem;border:0;border-radius:2rem;background:#0070e0;color:#fff;cursor:pointer}
.cak-pps__link{font:inherit;padding:.4rem;border:0;background:transparent;color:#0057b8;text-decoration:underline;cursor:pointer}
.cak-pps button:focus-visible,.cak-pps input:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.cak-pps__error{color:#b00020;font-size:.9rem}
.cak-pps__muted{color:#555;font-size:.85rem}
.cak-pps__loading{display:flex;align-items:center;gap:.5rem}
.cak-pps__spinner{inline-size:1.25rem;block-size:1.25rem;border:3px solid #ccc;border-top-color:#0070e0;border-radius:50%;animation:cak-pps-spin 1s linear infinite}
@keyframes cak-pps-spin{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){.cak-pps__spinner{animation:none}}
`;

/** The window's styles, one constructed sheet per document (a sheet serves its own document only). */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Adopts the window's styles into `document`: a constructed sheet is allowed by a strict Content
 * Security Policy (`style-src 'self'`), which blocks a `<style>` element and `style` attributes.
 */
function adoptStyles(document: Document): CSSStyleSheet {
  let sheet = sheets.get(document);
  if (!sheet) {
    const view = (document.defaultView ?? window) as typeof globalThis;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(STYLES);
    sheets.set(document, sheet);
  }
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/** Gives `document` back the stylesheets it had. */
function releaseStyles(document: Document, sheet: CSSStyleSheet): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
}

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

let windowCount = 0;

/** `destroyed`: closed by the page (`destroy()`, `uninstall()`), not by the customer. */
type WindowResult = 'approve' | 'cancel' | 'error' | 'destroyed';

interface WindowOptions {
  readonly language: Language;
  readonly scenario: PayPalScenario;
  readonly container: HTMLElement;
  readonly autoPlay: boolean;
  /** Pause before each automatic step. */
  readonly pace: number;
  /** How long each step takes. */
  readonly latency: number;
  readonly onStep: (step: SimulatorStep) => void;
}

/** The simulated PayPal window of one session. */
class SimulatorWindow {
  readonly dialog: HTMLDialogElement;
  readonly result: Promise<WindowResult>;
  #resolve: (result: WindowResult) => void = () => undefined;
  readonly #options: WindowOptions;
  readonly #text: Texts;
  readonly #body: HTMLDivElement;
  readonly #previousFocus: HTMLElement | null;
  readonly #id = `cak-pps-${++windowCount}`;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #styles: CSSStyleSheet;
  #step: SimulatorStep = 'loading';
  #closed = false;
  #order = '';
  #funding: 'card' | 'bank' = 'card';

  constructor(options: WindowOptions) {
    this.#options = options;
    this.#text = TEXT[options.language];
    this.result = new Promise((resolve) => (this.#resolve = resolve));
    this.#previousFocus = deepActiveElement();
    const id = this.#id;
    const text = this.#text;
    const close = el(
      'button',
      { type: 'button', class: 'cak-pps__close', 'aria-label': text.close },
      '✕',
    );
    close.addEventListener('click', () => this.#dismiss());
    this.#body = el('div', { class: 'cak-pps__body' });
    this.dialog = el(
      'dialog',
      {
        class: 'cak-pps',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': `${id}-banner`,
        lang: options.language,
        'data-scenario': options.scenario,
      },
      el('p', { class: 'cak-pps__banner', id: `${id}-banner` }, text.banner),
      el(
        'div',
        { class: 'cak-pps__bar' },
        el('span', { class: 'cak-pps__logo', 'aria-hidden': 'true' }, 'Pay', el('span', {}, 'Pal')),
        close,
      ),
      this.#body,
      el('p', { class: 'cak-pps__muted cak-pps__footer' }, `${text.scenario}: ${options.scenario}`),
    );
    // Escape: the customer closes PayPal.
    this.dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.#dismiss();
    });
    this.dialog.addEventListener('close', () =>
      this.#finish(this.#step === 'error' ? 'error' : 'cancel'),
    );
    this.#styles = adoptStyles(options.container.ownerDocument);
    options.container.append(this.dialog);
    this.dialog.showModal();
    this.#render('loading');
  }

  get step(): SimulatorStep {
    return this.#step;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get scenario(): PayPalScenario {
    return this.#options.scenario;
  }

  /** The order id arrived: the customer may log in. */
  begin(order: string): void {
    this.#order = order;
    this.#render('login');
  }

  /** Closes without a callback (the session was destroyed). */
  destroy(): void {
    this.#finish('destroyed');
  }

  /** Closes as the customer cancelling (the session was cancelled). */
  cancel(): void {
    this.#finish('cancel');
  }

  /** The customer closes PayPal: a cancel, or the end of an error page. */
  #dismiss(): void {
    this.#finish(this.#step === 'error' ? 'error' : 'cancel');
  }

  #finish(result: WindowResult): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    if (this.dialog.open) this.dialog.close();
    this.dialog.remove();
    releaseStyles(this.#options.container.ownerDocument, this.#styles);
    if (this.#previousFocus?.isConnected) this.#previousFocus.focus();
    this.#resolve(result);
  }

  #later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#closed) action();
    }, ms);
    this.#timers.add(timer);
  }

  /** Goes to `step`, through a loading page when steps are slow. */
  #go(step: SimulatorStep): void {
    if (this.#options.latency > 0) {
      this.#render('loading');
      this.#later(this.#options.latency, () => this.#render(step));
    } else {
      this.#render(step);
    }
  }

  #render(step: SimulatorStep): void {
    this.#step = step;
    this.dialog.dataset['step'] = step;
    const page = this.#page(step);
    this.#body.replaceChildren(page.content);
    page.focus.focus();
    this.#options.onStep(step);
    if (this.#options.autoPlay && page.play) this.#later(this.#options.pace, page.play);
  }

  #form(onSubmit: (form: HTMLFormElement) => void, ...children: Child[]): HTMLFormElement {
    const form = el('form', { novalidate: true }, ...children);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      onSubmit(form);
    });
    return form;
  }

  #page(step: SimulatorStep): { content: Node; focus: HTMLElement; play?: () => void } {
    const text = this.#text;
    const heading = (title: string) => el('h2', { tabindex: '-1' }, title);
    const primary = (label: string) =>
      el('button', { type: 'submit', class: 'cak-pps__primary' }, label);
    const orderLine = () => el('p', { class: 'cak-pps__muted' }, `${text.order} ${this.#order}`);
    switch (step) {
      case 'loading': {
        const status = el(
          'p',
          { class: 'cak-pps__loading', role: 'status', tabindex: '-1' },
          el('span', { class: 'cak-pps__spinner', 'aria-hidden': 'true' }),
          text.loading,
        );
        return { content: status, focus: status };
      }
      case 'login': {
        const email = el('input', {
          type: 'email',
          name: 'email',
          autocomplete: 'off',
          value: SIMULATED_BUYER_EMAIL,
        });
        const password = el('input', {
          type: 'password',
          name: 'password',
          autocomplete: 'off',
          value: 'simulatore',
        });
        const error = el('p', { class: 'cak-pps__error', role: 'alert' });
        const submit = primary(text.login);
        const form = this.#form(
          () => {
            if (!email.value.trim() || !password.value) {
              error.textContent = text.loginMissing;
              return;
            }
            this.#go('funding');
          },
          heading(text.loginTitle),
          el('label', {}, text.email, email),
          el('label', {}, text.password, password),
          error,
          submit,
        );
        return { content: form, focus: email, play: () => submit.click() };
      }
      case 'funding': {
        const option = (value: 'card' | 'bank', label: string) =>
          el(
            'label',
            { class: 'cak-pps__option' },
            el('input', {
              type: 'radio',
              name: 'funding',
              value,
              checked: this.#funding === value,
            }),
            label,
          );
        const title = heading(text.fundingTitle);
        title.id = `${this.#id}-funding`;
        const submit = primary(text.continue);
        const form = this.#form(
          (f) => {
            const chosen = new FormData(f).get('funding');
            this.#funding = chosen === 'bank' ? 'bank' : 'card';
            this.#go(this.#options.scenario === 'approve-with-code' ? 'code' : 'review');
          },
          title,
          orderLine(),
          el(
            'fieldset',
            { 'aria-labelledby': title.id },
            option('card', text.card),
            option('bank', text.bank),
          ),
          submit,
        );
        const checked = form.querySelector<HTMLInputElement>('input:checked');
        return {
          content: form,
          focus: checked ?? submit,
          play: () => (this.#options.scenario === 'cancel' ? this.#dismiss() : submit.click()),
        };
      }
      case 'code': {
        const errorId = `${this.#id}-code-error`;
        const input = el('input', {
          type: 'text',
          name: 'code',
          inputmode: 'numeric',
          autocomplete: 'one-time-code',
          maxlength: '6',
          'aria-describedby': errorId,
        });
        const error = el('p', { class: 'cak-pps__error', id: errorId, role: 'alert' });
        const submit = primary(text.continue);
        const form = this.#form(
          () => {
            if (!/^\d{6}$/.test(input.value.trim())) {
              input.setAttribute('aria-invalid', 'true');
              error.textContent = text.codeInvalid;
              input.focus();
              return;
            }
            this.#go('review');
          },
          heading(text.codeTitle),
          el('p', {}, text.codeHint),
          el('label', {}, text.codeLabel, input),
          error,
          submit,
        );
        return {
          content: form,
          focus: input,
          play: () => {
            input.value = '123456';
            submit.click();
          },
        };
      }
      case 'review': {
        const submit = primary(text.accept);
        const cancel = el('button', { type: 'button', class: 'cak-pps__link' }, text.cancel);
        cancel.addEventListener('click', () => this.#finish('cancel'));
        const failing =
          this.#options.scenario === 'error-recoverable' ||
          this.#options.scenario === 'error-fatal';
        const form = this.#form(
          () => (failing ? this.#go('error') : this.#finish('approve')),
          heading(text.reviewTitle),
          orderLine(),
          el(
            'p',
            {},
            `${text.payWith} `,
            el('strong', {}, this.#funding === 'bank' ? text.bank : text.card),
          ),
          el('p', { class: 'cak-pps__muted' }, text.saveNotice),
          submit,
          cancel,
        );
        return { content: form, focus: submit, play: () => submit.click() };
      }
      case 'error': {
        const close = el('button', { type: 'button', class: 'cak-pps__primary' }, text.closeError);
        close.addEventListener('click', () => this.#finish('error'));
        const content = el(
          'div',
          { class: 'cak-pps__stack' },
          heading(text.errorTitle),
          el(
            'p',
            { role: 'alert' },
            this.#options.scenario === 'error-fatal' ? text.errorFatal : text.errorRecoverable,
          ),
          close,
        );
        return { content, focus: close, play: () => close.click() };
      }
    }
  }
}

/** What a flow reports when it ends. */
type FlowEnd =
  | { readonly outcome: 'approve'; readonly id: string }
  | { readonly outcome: 'cancel'; readonly id: string | undefined }
  | { readonly outcome: 'error'; readonly error: SimulatedPayPalError }
  | { readonly outcome: 'destroyed' }
  | { readonly outcome: 'redirected'; readonly url: string };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A member of PayPal's SDK that nothing in the kit or its hosts' tests calls. */
function notSimulated(member: string): () => never {
  return () => {
    throw new Error(`PayPal simulator: ${member} is not simulated.`);
  };
}

/**
 * A simulated PayPal v6 SDK. `installPayPalSimulator()` makes one and puts its namespace on
 * `window.paypal`; `createPayPalSimulator()` only makes one.
 */
export class PayPalSimulator {
  #scenario: PayPalScenario;
  readonly #delay: number | undefined;
  readonly #autoPlay: boolean;
  readonly #container: HTMLElement | undefined;
  readonly #navigate: (url: string) => void;
  readonly #payerId: string;
  readonly #calls: SimulatorCall[] = [];
  readonly #steps: SimulatorStep[] = [];
  #window: SimulatorWindow | undefined;
  #installed: { readonly had: boolean; readonly previous: unknown } | undefined;

  /** The fake `window.paypal`: exactly `PayPalV6Namespace`'s shape. */
  readonly namespace: ReturnType<PayPalSimulator['buildNamespace']>;

  constructor(options: PayPalSimulatorOptions = {}) {
    this.#scenario = options.scenario ?? 'approve';
    this.#delay = options.delay;
    this.#autoPlay = options.autoPlay ?? false;
    this.#container = options.container;
    this.#navigate = options.navigate ?? ((url) => location.assign(url));
    this.#payerId = options.payerId ?? SIMULATED_PAYER_ID;
    this.namespace = this.buildNamespace();
  }

  get scenario(): PayPalScenario {
    return this.#scenario;
  }

  /** Changes what happens next (a started session keeps its scenario). */
  setScenario(scenario: PayPalScenario): void {
    this.#scenario = scenario;
  }

  /** Every call the page made, in order. */
  get calls(): readonly SimulatorCall[] {
    return this.#calls;
  }

  /** Every page the windows showed, in order. */
  get steps(): readonly SimulatorStep[] {
    return this.#steps;
  }

  /** The window on screen, if any. */
  get window(): HTMLDialogElement | null {
    return this.#window && !this.#window.closed ? this.#window.dialog : null;
  }

  /** Puts the namespace on `window.paypal` (where `loadCoreSdkScript` finds it). */
  install(): this {
    if (!this.#installed) {
      const host = window as unknown as { paypal?: unknown };
      this.#installed = {
        had: Object.prototype.hasOwnProperty.call(window, 'paypal'),
        previous: host.paypal,
      };
      host.paypal = this.namespace;
    }
    return this;
  }

  /** Closes any window and gives `window.paypal` back its previous value (or none). */
  uninstall(): void {
    this.#window?.destroy();
    const installed = this.#installed;
    if (!installed) return;
    this.#installed = undefined;
    const host = window as unknown as { paypal?: unknown };
    if (installed.had) host.paypal = installed.previous;
    else delete host.paypal;
  }

  /** Milliseconds each step takes: only in the `slow` scenario. */
  #latency(scenario: PayPalScenario): number {
    return scenario === 'slow' ? (this.#delay ?? 1500) : 0;
  }

  /** @internal Public so the type checker compares it with PayPal's types. */
  buildNamespace() {
    return {
      version: SIMULATED_VERSION,
      createInstance: <T extends readonly Components[]>(
        options: CreateInstanceOptions<T>,
      ): Promise<SdkInstance<T>> => this.#createInstance(options),
    } satisfies PayPalV6Namespace;
  }

  async #createInstance<T extends readonly Components[]>(
    options: CreateInstanceOptions<T>,
  ): Promise<SdkInstance<T>> {
    this.#calls.push({ method: 'createInstance', options });
    const scenario = this.#scenario;
    if (scenario === 'load-failure') {
      throw new Error(
        'PayPal simulator: the PayPal SDK could not be loaded (scenario "load-failure").',
      );
    }
    if (!options.clientId && !options.clientToken) {
      throw new SimulatedPayPalError(
        'SIMULATED_MISSING_CREDENTIALS',
        'PayPal simulator: createInstance needs a clientId or a clientToken.',
        false,
      );
    }
    const unsupported = options.components.filter((component) => component !== 'paypal-payments');
    if (unsupported.length > 0) {
      throw new Error(
        `PayPal simulator: only "paypal-payments" is simulated (not ${unsupported.join(', ')}).`,
      );
    }
    const latency = this.#latency(scenario);
    if (latency > 0) await wait(latency);
    // Checked above: T holds only "paypal-payments", whose instance buildInstance() makes (and
    // the type checker compares with SdkInstance<["paypal-payments"]>).
    return this.buildInstance(options.locale) as unknown as SdkInstance<T>;
  }

  /** @internal Public so the type checker compares it with PayPal's types. */
  buildInstance(locale?: string) {
    const language = () => languageOf(locale);
    return {
      createPayPalOneTimePaymentSession: (options: PayPalOneTimePaymentSessionOptions) =>
        this.buildOneTimeSession(options, language),
      findEligibleMethods: notSimulated('findEligibleMethods'),
      hydrateEligibleMethods: notSimulated('hydrateEligibleMethods'),
      updateLocale: notSimulated('updateLocale'),
      createPayPalSavePaymentSession: (options: SavePaymentSessionOptions) =>
        this.buildSaveSession(options, language),
      createPayLaterOneTimePaymentSession: notSimulated('createPayLaterOneTimePaymentSession'),
      createPayPalCreditOneTimePaymentSession: notSimulated(
        'createPayPalCreditOneTimePaymentSession',
      ),
      createPayPalCreditSavePaymentSession: notSimulated('createPayPalCreditSavePaymentSession'),
    } satisfies SdkInstance<['paypal-payments']>;
  }

  /** @internal Public so the type checker compares it with PayPal's types. */
  buildOneTimeSession(
    options: PayPalOneTimePaymentSessionOptions,
    language: () => Language = () => languageOf(undefined),
  ) {
    this.#calls.push({ method: 'createSession', options });
    let flow: SimulatorWindow | undefined;
    const report = async (end: FlowEnd): Promise<void | { redirectURL?: string }> => {
      switch (end.outcome) {
        case 'approve': {
          const data: OnApproveDataOneTimePayments = {
            orderId: end.id,
            payerId: this.#payerId,
            fundingSource: 'paypal',
          };
          await options.onApprove?.(data);
          options.onComplete?.({ paymentSessionState: 'approved' });
          return;
        }
        case 'cancel':
          options.onCancel?.(end.id === undefined ? {} : { orderId: end.id });
          options.onComplete?.({ paymentSessionState: 'canceled' });
          return;
        case 'error':
          options.onError?.(end.error);
          options.onComplete?.({ paymentSessionState: 'error' });
          return;
        case 'redirected':
          return { redirectURL: end.url };
        case 'destroyed':
          return;
      }
    };
    // PayPal's type is an intersection of two `start` signatures (BasePaymentSession's, resolving
    // to nothing, and OneTimePaymentSession's, which may give a redirectURL): overloads match it.
    // Only a `redirect` presentation with `autoRedirect` off gives a redirectURL.
    function start(
      presentationModeOptions?: PresentationModeOptionsForAuto,
      paymentSessionPromise?: CreateOrderPromise,
    ): Promise<void>;
    function start(
      presentationModeOptions?: PayPalPresentationModeOptions,
      paymentSessionPromise?: Promise<{ orderId: string }>,
    ): Promise<void | { redirectURL?: string }>;
    function start(
      presentationModeOptions: PayPalPresentationModeOptions = { presentationMode: 'auto' },
      paymentSessionPromise?: Promise<{ orderId: string }>,
    ): Promise<void | { redirectURL?: string }> {
      return startFlow(presentationModeOptions, paymentSessionPromise);
    }
    const startFlow = (
      presentationModeOptions: PayPalPresentationModeOptions,
      paymentSessionPromise: Promise<{ orderId: string }> | undefined,
    ): Promise<void | { redirectURL?: string }> => {
      this.#calls.push({ method: 'start', presentation: presentationModeOptions });
      const order =
        paymentSessionPromise?.then(({ orderId }) => orderId) ??
        (options.orderId !== undefined
          ? Promise.resolve(options.orderId)
          : Promise.reject(new Error('PayPal simulator: start() needs an order id.')));
      const opened = this.#open(presentationModeOptions, this.#scenario, language());
      if (opened instanceof SimulatedPayPalError) return Promise.reject(opened);
      flow = opened;
      return this.#play(opened, presentationModeOptions, order).then(report);
    };
    return {
      start,
      destroy: () => {
        this.#calls.push({ method: 'destroy' });
        flow?.destroy();
      },
      cancel: () => {
        this.#calls.push({ method: 'cancel' });
        // Nothing to cancel when no window is open.
        if (flow && !flow.closed) flow.cancel();
      },
      hasReturned: () => {
        this.#calls.push({ method: 'hasReturned' });
        return pendingSimulatedReturn() !== undefined;
      },
      resume: async (): Promise<void> => {
        this.#calls.push({ method: 'resume' });
        const pending = pendingSimulatedReturn();
        if (!pending) return;
        sessionStorage.removeItem(SIMULATED_RETURN_KEY);
        await report(
          pending.outcome === 'approve'
            ? { outcome: 'approve', id: pending.id }
            : { outcome: 'cancel', id: pending.id },
        );
      },
    } satisfies Required<OneTimePaymentSession>;
  }

  /** @internal Public so the type checker compares it with PayPal's types. */
  buildSaveSession(
    options: SavePaymentSessionOptions,
    language: () => Language = () => languageOf(undefined),
  ) {
    this.#calls.push({ method: 'createSaveSession', options });
    let flow: SimulatorWindow | undefined;
    const report = async (end: FlowEnd): Promise<void> => {
      switch (end.outcome) {
        case 'approve': {
          const data: OnApproveDataSavePayments = {
            vaultSetupToken: end.id,
            payerId: this.#payerId,
            fundingSource: 'paypal',
          };
          await options.onApprove?.(data);
          options.onComplete?.({ paymentSessionState: 'approved' });
          return;
        }
        case 'cancel':
          options.onCancel?.(end.id === undefined ? {} : { vaultSetupToken: end.id });
          options.onComplete?.({ paymentSessionState: 'canceled' });
          return;
        case 'error':
          options.onError?.(end.error);
          options.onComplete?.({ paymentSessionState: 'error' });
          return;
        case 'redirected':
        case 'destroyed':
          return;
      }
    };
    return {
      start: (
        presentationModeOptions: PayPalPresentationModeOptions = { presentationMode: 'auto' },
        paymentSessionPromise?: Promise<{ vaultSetupToken: string }>,
      ): Promise<void> => {
        this.#calls.push({ method: 'start', presentation: presentationModeOptions });
        // The kit registers an account in a window only: nothing calls a save redirect.
        if (presentationModeOptions.presentationMode === 'redirect')
          return Promise.reject(
            new Error('PayPal simulator: a save session with a redirect is not simulated.'),
          );
        const token =
          paymentSessionPromise?.then(({ vaultSetupToken }) => vaultSetupToken) ??
          (options.vaultSetupToken !== undefined
            ? Promise.resolve(options.vaultSetupToken)
            : Promise.reject(new Error('PayPal simulator: start() needs a vault setup token.')));
        const opened = this.#open(presentationModeOptions, this.#scenario, language());
        if (opened instanceof SimulatedPayPalError) return Promise.reject(opened);
        flow = opened;
        return this.#play(opened, presentationModeOptions, token).then(report);
      },
      destroy: () => {
        this.#calls.push({ method: 'destroy' });
        flow?.destroy();
      },
      cancel: () => {
        this.#calls.push({ method: 'cancel' });
        if (flow && !flow.closed) flow.cancel();
      },
      hasReturned: notSimulated('hasReturned'),
      resume: notSimulated('resume'),
    } satisfies Required<SavePaymentSession>;
  }

  /**
   * Opens the window, synchronously as PayPal opens its popup; or the error `start()` rejects
   * with: a popup without a user gesture is blocked, one PayPal window at a time.
   */
  #open(
    presentation: PayPalPresentationModeOptions,
    scenario: PayPalScenario,
    language: Language,
  ): SimulatorWindow | SimulatedPayPalError {
    if (
      presentation.presentationMode === 'popup' &&
      typeof navigator.userActivation === 'object' &&
      !navigator.userActivation.isActive
    ) {
      return new SimulatedPayPalError(
        'SIMULATED_POPUP_BLOCKED',
        'PayPal simulator: the popup was blocked (start() was not called during a user gesture).',
        true,
      );
    }
    if (this.window) {
      return new SimulatedPayPalError(
        'SIMULATED_SESSION_IN_PROGRESS',
        'PayPal simulator: a PayPal window is already open.',
        true,
      );
    }
    const latency = this.#latency(scenario);
    this.#window = new SimulatorWindow({
      language,
      scenario,
      container: this.#container ?? document.body,
      autoPlay: this.#autoPlay,
      pace: this.#delay ?? latency,
      latency,
      onStep: (step) => this.#steps.push(step),
    });
    return this.#window;
  }

  /** Plays one session in its window and tells how it ended. */
  async #play(
    flow: SimulatorWindow,
    presentation: PayPalPresentationModeOptions,
    id: Promise<string>,
  ): Promise<FlowEnd> {
    const scenario = flow.scenario;
    const latency = this.#latency(scenario);
    const arrived = Promise.all([id, latency > 0 ? wait(latency) : undefined]).then(([value]) => ({
      value,
    }));
    let first: { value: string } | { closed: WindowResult };
    try {
      first = await Promise.race([arrived, flow.result.then((closed) => ({ closed }))]);
    } catch (error) {
      flow.destroy();
      throw error;
    }
    if ('closed' in first) {
      // Closed while PayPal was still waiting for the order.
      arrived.catch(() => undefined);
      return first.closed === 'cancel'
        ? { outcome: 'cancel', id: undefined }
        : { outcome: 'destroyed' };
    }
    const { value } = first;
    flow.begin(value);
    const result = await flow.result;
    if (result === 'destroyed') return { outcome: 'destroyed' };
    if (result === 'error') {
      const recoverable = scenario !== 'error-fatal';
      return {
        outcome: 'error',
        error: new SimulatedPayPalError(
          recoverable ? 'SIMULATED_ERROR_RECOVERABLE' : 'SIMULATED_ERROR_FATAL',
          recoverable
            ? 'PayPal simulator: the payment failed (scenario "error-recoverable").'
            : 'PayPal simulator: the payment cannot be completed (scenario "error-fatal").',
          recoverable,
        ),
      };
    }
    const redirect = presentation.presentationMode === 'redirect' || scenario === 'redirect';
    if (!redirect)
      return result === 'approve'
        ? { outcome: 'approve', id: value }
        : { outcome: 'cancel', id: value };
    // The customer comes back to this page, as from PayPal's return_url / cancel_url.
    const back: SimulatedReturn = { id: value, outcome: result, payerId: this.#payerId };
    sessionStorage.setItem(SIMULATED_RETURN_KEY, JSON.stringify(back));
    const url = new URL(location.href);
    for (const name of ['token', 'PayerID']) url.searchParams.delete(name);
    url.searchParams.set('token', value);
    if (result === 'approve') url.searchParams.set('PayerID', this.#payerId);
    const autoRedirect = presentation.autoRedirect?.enabled ?? true;
    if (!autoRedirect) return { outcome: 'redirected', url: url.href };
    this.#navigate(url.href);
    // Nothing more happens on this page: the returning page resumes.
    return { outcome: 'destroyed' };
  }
}

/** A simulator, not installed: its `namespace` is a `PayPalV6Namespace`. */
export function createPayPalSimulator(options?: PayPalSimulatorOptions): PayPalSimulator {
  return new PayPalSimulator(options);
}

/**
 * Installs a simulator on `window.paypal`, where `loadCoreSdkScript` (and so `loadPayPal`)
 * finds it without loading anything. `uninstall()` restores the previous `window.paypal`.
 */
export function installPayPalSimulator(options?: PayPalSimulatorOptions): PayPalSimulator {
  return new PayPalSimulator(options).install();
}
