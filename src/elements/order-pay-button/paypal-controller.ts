import type { Hold } from '../../internal/payment-registry.js';
import type { ParsedOrder } from '../../model/order.js';
import type { Approval, AuthorizingPhase, PayFlowEvent } from '../../model/pay-flow.js';
import { PayPalLoader, type PayPalConfigHost } from '../../paypal/loader-controller.js';
import type { PayPalPresentation } from '../../paypal/presentation.js';
import type { PayPalSessionError, SaveAndPayCallbacks } from '../../paypal/sdk.js';
import {
  AttemptStopped,
  type PaymentAttempt,
  type PaymentController,
} from './payment-controller.js';

/** What the controller reads from its element: the attributes of the new-account path. */
export type PayPalHost = PayPalConfigHost;

export interface PayPalControllerOptions {
  flow(event: PayFlowEvent): void;
  payments: PaymentController;
  /** The BCP 47 locale PayPal's windows use. */
  locale(): string;
  timeout(): number;
  /** A resumed PayPal session has news: show it (opens the dialog on the attempt). */
  open(attempt: PaymentAttempt, phase: AuthorizingPhase): void;
}

/**
 * PayPal's v6 web SDK for a new PayPal account: loads it only when that path is reachable —
 * the kit's wrapper and PayPal's loader too (`import()`, by the `PayPalLoader`), then the SDK,
 * shared with every element by `loadPayPal` — starts the one-time payment that also saves the
 * account, and resumes it when PayPal sends the customer back to the page. The payment itself —
 * the lock, the PayPal order, the capture, the outcome — is the `PaymentController`'s. It comes
 * with the dialog's steps (`steps.ts`): the element creates it when it first needs it.
 *
 * A session is not torn down when the element is removed: the customer may be approving in
 * PayPal's window, and the capture then reaches the host from another element or `document`.
 */
export class PayPalController {
  readonly #options: PayPalControllerOptions;
  readonly #loader: PayPalLoader;

  constructor(host: PayPalHost, options: PayPalControllerOptions) {
    this.#options = options;
    this.#loader = new PayPalLoader(host, {
      locale: options.locale,
      timeout: options.timeout,
      readiness: (readiness) => options.flow({ type: 'paypal', readiness }),
    });
  }

  /** How PayPal shows itself; an unknown `presentation` is `auto` (the element logs it). */
  get presentation(): PayPalPresentation {
    return this.#loader.presentation;
  }

  /**
   * The new-account path became reachable (or its configuration changed): load PayPal for it,
   * telling the flow how far it got. Loads once per configuration and locale.
   */
  prepare(order: ParsedOrder): Promise<void> {
    return this.#loader.prepare({ order: order.source });
  }

  /** Riprova after PayPal could not be reached: load it again. */
  retry(order: ParsedOrder): Promise<void> {
    return this.#loader.retry({ order: order.source });
  }

  /**
   * Prosegui e paga with a new account. Synchronous up to PayPal's `start()`: still inside the
   * click, no popup blocker. The PayPal order is created meanwhile, under the order's lock.
   */
  start(order: ParsedOrder, attempt: PaymentAttempt): void {
    const sdk = this.#loader.sdk;
    if (!sdk) return;
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
    const sdk = this.#loader.sdk;
    if (!sdk) return;
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
}
