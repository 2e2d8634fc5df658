/**
 * The dialog's steps of `<order-pay-button>` (with `<order-summary>`, `<paypal-account-select>`
 * and PayPal's controller), loaded once for the page: when it is idle or on the first Paga,
 * whichever comes first, and the two elements registered then (the steps' `dependencies`). A
 * dialog opened before they are here opens at once and says it is loading.
 */
import type { ReactiveController } from 'lit';
import { defineAll } from '../../internal/kit-element.js';
import type { PayPalController, PayPalControllerOptions, PayPalHost } from './paypal-controller.js';
import type * as StepsModule from './steps.js';

export type Steps = typeof StepsModule;

let loaded: Steps | undefined;
let loading: Promise<Steps | undefined> | undefined;
let preloading = false;

function loadSteps(): Promise<Steps | undefined> {
  loading ??= import('./steps.js').then(
    (module) => {
      defineAll(module.dependencies);
      return (loaded = module);
    },
    (error: unknown) => {
      loading = undefined; // the next Paga tries again
      console.error('<order-pay-button>: the payment dialog could not be loaded.', error);
      return undefined;
    },
  );
  return loading;
}

/** One element's view of the steps: loads them when needed, and PayPal's controller with them. */
export class StepsController implements ReactiveController {
  readonly #host: PayPalHost;
  readonly #options: PayPalControllerOptions & { loaded(): void };
  /** The dialog is open and the steps are on their way. */
  #awaiting = false;
  #paypal: PayPalController | undefined;

  /** `loaded`: the steps the open dialog waited for are here (show and focus them). */
  constructor(host: PayPalHost, options: PayPalControllerOptions & { loaded(): void }) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The steps, once loaded. */
  get steps(): Steps | undefined {
    return loaded;
  }

  /** PayPal's controller for a new account, once created (`paypal()`). */
  get paypalNow(): PayPalController | undefined {
    return this.#paypal;
  }

  /** What an update of the open dialog waits for (nothing once the steps are here). */
  get pending(): Promise<unknown> | undefined {
    return loaded ? undefined : loading;
  }

  /** Loads the steps when the page has nothing better to do (at the latest after 2 s). */
  preload(): void {
    if (preloading || loaded) return;
    preloading = true;
    const load = () => void loadSteps();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 200);
  }

  /** The steps are needed now: load them, then say so. */
  need(): void {
    if (loaded || this.#awaiting) return;
    this.#awaiting = true;
    void loadSteps().then(() => {
      this.#awaiting = false;
      this.#options.loaded();
    });
  }

  /** PayPal's controller, once the steps it comes with are loaded. */
  async paypal(): Promise<PayPalController | undefined> {
    const module = loaded ?? (await loadSteps());
    this.#paypal ??= module ? new module.PayPalController(this.#host, this.#options) : undefined;
    return this.#paypal;
  }
}
