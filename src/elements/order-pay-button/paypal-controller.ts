import type { ReactiveControllerHost } from 'lit';
import { request } from '../../events/request.js';
import type { Hold } from '../../internal/payment-registry.js';
import { logIssue } from '../../internal/report.js';
import type { ParsedOrder } from '../../model/order.js';
import type {
  Approval,
  AuthorizingPhase,
  PayFlowEvent,
  PayPalReadiness,
} from '../../model/pay-flow.js';
import { presentationOf, type PayPalPresentation } from '../../paypal/presentation.js';
import type * as SdkModule from '../../paypal/sdk.js';
import type {
  PayPalEnvironment,
  PayPalSdk,
  PayPalSessionError,
  SaveAndPayCallbacks,
} from '../../paypal/sdk.js';
import {
  AttemptStopped,
  type PaymentAttempt,
  type PaymentController,
} from './payment-controller.js';

/** What the controller reads from its element: the attributes of the new-account path. */
export interface PayPalHost extends ReactiveControllerHost, HTMLElement {
  readonly paypalClientId: string | undefined;
  readonly paypalEnvironment: string | undefined;
  readonly presentation: string;
}

export interface PayPalControllerOptions {
  flow(event: PayFlowEvent): void;
  payments: PaymentController;
  /** The BCP 47 locale PayPal's windows use. */
  locale(): string;
  timeout(): number;
  /** A resumed PayPal session has news: show it (opens the dialog on the attempt). */
  open(attempt: PaymentAttempt, phase: AuthorizingPhase): void;
}

interface Config {
  readonly environment: PayPalEnvironment;
  readonly clientId: string | undefined;
}

/** The kit's PayPal SDK wrapper, with PayPal's v6 loader: imported when the path is reachable. */
type Wrapper = typeof SdkModule;

type Sdk =
  | { readonly key: string; readonly status: 'loading' }
  | {
      readonly key: string;
      readonly status: 'ready';
      readonly wrapper: Wrapper;
      readonly instance: PayPalSdk;
    }
  | { readonly key: string; readonly status: 'failed'; readonly readiness: PayPalReadiness };

/**
 * PayPal's v6 web SDK for a new PayPal account: loads it only when that path is reachable —
 * the kit's wrapper and PayPal's loader too (`import()`), then the SDK, shared with every element
 * by `loadPayPal` — starts the one-time payment that also saves the account, and resumes it when
 * PayPal sends the customer back to the page. The payment itself — the lock, the PayPal order,
 * the capture, the outcome — is the `PaymentController`'s. It comes with the dialog's steps
 * (`steps.ts`): the element creates it when it first needs it.
 *
 * A session is not torn down when the element is removed: the customer may be approving in
 * PayPal's window, and the capture then reaches the host from another element or `document`.
 */
export class PayPalController {
  readonly #host: PayPalHost;
  readonly #options: PayPalControllerOptions;
  #sdk: Sdk | undefined;
  #configLogged: string | undefined;

  constructor(host: PayPalHost, options: PayPalControllerOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** How PayPal shows itself; an unknown `presentation` is `auto` (the element logs it). */
  get presentation(): PayPalPresentation {
    return presentationOf(this.#host.presentation);
  }

  /**
   * The new-account path became reachable (or its configuration changed): load PayPal for it,
   * telling the flow how far it got. Loads once per configuration and locale.
   */
  async prepare(order: ParsedOrder): Promise<void> {
    const config = this.#config();
    if (!config) {
      this.#options.flow({ type: 'paypal', readiness: 'configuration' });
      return;
    }
    const key = JSON.stringify([config.environment, config.clientId ?? '', this.#options.locale()]);
    const current = this.#sdk;
    if (current?.key === key) {
      this.#options.flow({ type: 'paypal', readiness: readinessOf(current) });
      return;
    }
    const loading: Sdk = { key, status: 'loading' };
    this.#sdk = loading;
    this.#options.flow({ type: 'paypal', readiness: 'loading' });
    const next = await this.#load(order, config, key);
    if (this.#sdk !== loading) return;
    this.#sdk = next;
    this.#options.flow({ type: 'paypal', readiness: readinessOf(next) });
  }

  /** Riprova after PayPal could not be reached: load it again. */
  retry(order: ParsedOrder): Promise<void> {
    this.#sdk = undefined;
    return this.prepare(order);
  }

  /**
   * Prosegui e paga with a new account. Synchronous up to PayPal's `start()`: still inside the
   * click, no popup blocker. The PayPal order is created meanwhile, under the order's lock.
   */
  start(order: ParsedOrder, attempt: PaymentAttempt): void {
    const sdk = this.#sdk;
    if (sdk?.status !== 'ready') return;
    const payments = this.#options.payments;
    let stopped = false;
    const created = payments.createPayPalOrder(order, attempt);
    const hold: Promise<Hold | undefined> = created.then(
      ({ hold: held }) => held,
      (error: unknown) => {
        stopped = error instanceof AttemptStopped;
        return undefined;
      },
    );
    sdk.wrapper.startSaveAndPay(sdk.instance, {
      presentation: this.presentation,
      orderId: created.then(({ paypalOrderId }) => paypalOrderId),
      ...this.#callbacks(order, attempt, hold, () => stopped),
    });
  }

  /**
   * PayPal sent the customer back to this page (a redirect, whatever presentation PayPal
   * chose): its session goes on, under the order's lock, with the stored key.
   */
  async resume(order: ParsedOrder, attempt: PaymentAttempt): Promise<void> {
    await this.prepare(order);
    const sdk = this.#sdk;
    if (sdk?.status !== 'ready') return;
    const begun = await this.#options.payments.begin(order, attempt);
    if (!begun) return;
    let shown = false;
    const callbacks = this.#callbacks(order, attempt, Promise.resolve(begun.hold), () => false);
    const show = () => {
      if (!shown) this.#options.open(attempt, 'window');
      shown = true;
    };
    const returned = await sdk.wrapper.resumeSaveAndPay(sdk.instance, {
      onApprove: (data) => {
        show();
        return callbacks.onApprove(data);
      },
      onCancel: (data) => {
        show();
        callbacks.onCancel(data);
      },
      onError: (error) => {
        show();
        callbacks.onError(error);
      },
    });
    // Not PayPal's return after all (the customer came back another way): nothing to resume.
    if (!returned) this.#options.payments.forget(order, begun.hold, attempt);
  }

  #callbacks(
    order: ParsedOrder,
    attempt: PaymentAttempt,
    hold: Promise<Hold | undefined>,
    stopped: () => boolean,
  ): SaveAndPayCallbacks {
    const payments = this.#options.payments;
    return {
      onApprove: async (data) => {
        const held = await hold;
        if (!held) return;
        const approval: Approval = {
          paypalOrderId: data.orderId,
          ...(data.payerId ? { payerId: data.payerId } : {}),
        };
        this.#options.flow({ type: 'paypal-approved', approval });
        await payments.approved(order, held, attempt, approval);
      },
      onCancel: () => payments.abandon(order, hold, attempt),
      onError: (error: PayPalSessionError) => {
        // The host's failure or another tab's payment is already shown: not PayPal's doing.
        if (stopped()) return;
        payments.abandon(order, hold, attempt, {
          error: {
            code: error.recoverable ? 'paypal-error' : 'paypal-fatal',
            ...(error.message ? { message: error.message } : {}),
          },
          retryable: error.recoverable,
        });
      },
    };
  }

  /** The configuration when complete enough to load (no client id: a token request). */
  #config(): Config | undefined {
    const host = this.#host;
    const environment = host.paypalEnvironment?.trim();
    if (environment === 'sandbox' || environment === 'production')
      return { environment, clientId: host.paypalClientId?.trim() || undefined };
    const key = JSON.stringify([host.paypalClientId ?? '', host.paypalEnvironment ?? '']);
    if (this.#configLogged !== key) {
      this.#configLogged = key;
      const missing = host.paypalClientId?.trim()
        ? 'paypal-environment'
        : 'paypal-client-id, paypal-environment';
      console.error(
        `<${host.localName}>: a new PayPal account needs the PayPal configuration; missing or invalid: ${missing} (paypal-environment is "sandbox" or "production").`,
      );
    }
    return undefined;
  }

  async #load(order: ParsedOrder, config: Config, key: string): Promise<Sdk> {
    const host = this.#host;
    let clientToken: string | undefined;
    if (!config.clientId) {
      const outcome = await request(
        host,
        'paypal-client-token',
        { order: order.source },
        {
          tag: host.localName,
          timeout: this.#options.timeout(),
          purpose: 'with a PayPal client token, or set paypal-client-id',
        },
      );
      if (!outcome.ok)
        return {
          key,
          status: 'failed',
          readiness: outcome.code === 'no-handler' ? 'configuration' : 'unreachable',
        };
      if (typeof outcome.value !== 'string' || outcome.value.trim() === '') {
        logIssue(host.localName, { field: 'paypal-client-token result', problem: 'type' });
        return { key, status: 'failed', readiness: 'configuration' };
      }
      clientToken = outcome.value;
    }
    let wrapper: Wrapper | undefined;
    try {
      wrapper = await import('../../paypal/sdk.js');
      const instance = await wrapper.loadPayPal({
        clientId: config.clientId,
        clientToken,
        environment: config.environment,
        locale: this.#options.locale(),
      });
      return { key, status: 'ready', wrapper, instance };
    } catch (error) {
      const code = wrapper && error instanceof wrapper.PayPalLoadError ? error.code : 'unreachable';
      const message = error instanceof Error ? error.message : String(error);
      // A refusal by the page's own policy is the host's to fix: say how, as an error.
      if (code === 'blocked') console.error(`<${host.localName}>: ${message}`);
      else if (code === 'unreachable')
        console.warn(`<${host.localName}>: PayPal could not be loaded: ${message}`);
      return { key, status: 'failed', readiness: code };
    }
  }
}

function readinessOf(sdk: Sdk): PayPalReadiness {
  return sdk.status === 'failed' ? sdk.readiness : sdk.status;
}
