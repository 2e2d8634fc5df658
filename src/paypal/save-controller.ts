import { PayPalAccountAddedEvent } from '../events/paypal-account-events.js';
import { request } from '../events/request.js';
import { logFailure } from '../internal/log-failure.js';
import { logIssue } from '../internal/report.js';
import { parseSaveResult } from '../model/change-result.js';
import type { SaveAttempt, SaveFlowEvent } from '../model/save-flow.js';
import type { Service } from '../model/service.js';
import { isRecord } from '../model/validation.js';
import type { PayPalWrapper } from './loader-controller.js';
import type { PayPalPresentation } from './presentation.js';
import type { PayPalSdk } from './sdk.js';

export interface SaveControllerOptions {
  /** Feeds the element's registration flow. */
  flow(event: SaveFlowEvent): void;
  /** `request-timeout`, in milliseconds. */
  timeout(): number;
  /** The service the new account is for, carried by the requests (`<auto-renewal-control>`). */
  service?(): Service | undefined;
}

/**
 * Registers a PayPal account without a payment, for an element: PayPal's save session with a
 * vault setup token from the host (`paypal-setup-token`), then, once the customer approves, the
 * host creates the payment token (`paypal-save`) and names the account; `paypal-account-added`
 * tells the page. Both requests carry the registration's `requestId`; Riprova after an unknown
 * outcome re-sends `paypal-save` with the same key and setup token, without PayPal again.
 */
export class SaveController {
  readonly #host: HTMLElement;
  readonly #options: SaveControllerOptions;

  constructor(host: HTMLElement, options: SaveControllerOptions) {
    this.#host = host;
    this.#options = options;
  }

  /**
   * Opens PayPal's window for `attempt`. Synchronous up to PayPal's `start()`: call it inside
   * the click, so that no popup blocker intervenes; the setup token is asked for meanwhile.
   */
  start(
    sdk: { readonly wrapper: PayPalWrapper; readonly instance: PayPalSdk },
    presentation: PayPalPresentation,
    attempt: SaveAttempt,
  ): void {
    const tag = this.#host.localName;
    let stopped = false;
    const token = request(
      this.#host,
      'paypal-setup-token',
      { requestId: attempt.requestId, ...this.#service() },
      {
        tag,
        timeout: this.#options.timeout(),
        purpose: 'with a PayPal vault setup token, to register a PayPal account',
      },
    ).then((outcome) => {
      const value = outcome.ok ? outcome.value : undefined;
      const id = typeof value === 'string' ? value : isRecord(value) ? value['id'] : undefined;
      if (typeof id === 'string' && id.trim() !== '') return id;
      // No setup token, nothing approved: nothing can have been registered.
      stopped = true;
      if (outcome.ok) logIssue(tag, { field: 'paypal-setup-token result', problem: 'type' });
      const error = outcome.ok
        ? { code: 'invalid-result' }
        : outcome.message === undefined
          ? { code: outcome.code }
          : { code: outcome.code, message: outcome.message };
      logFailure(tag, 'paypal-setup-token', error);
      this.#options.flow({
        type: 'not-saved',
        error,
        retryable: error.code !== 'no-handler',
      });
      throw new Error(`No vault setup token (${error.code}).`);
    });
    sdk.wrapper.startSave(sdk.instance, {
      presentation,
      vaultSetupToken: token,
      onApprove: async (data) => {
        const approval = {
          vaultSetupToken: data.vaultSetupToken,
          ...(data.payerId ? { payerId: data.payerId } : {}),
        };
        this.#options.flow({ type: 'approved', approval });
        await this.save({ requestId: attempt.requestId, approval });
      },
      onCancel: () => this.#options.flow({ type: 'cancelled' }),
      onError: (error) => {
        // The host's failure is already shown: not PayPal's doing.
        if (stopped) return;
        this.#options.flow({
          type: 'not-saved',
          error: {
            code: error.recoverable ? 'paypal-error' : 'paypal-fatal',
            ...(error.message ? { message: error.message } : {}),
          },
          retryable: error.recoverable,
        });
      },
    });
  }

  /** Asks the host to create the payment token from the approved setup token (and Riprova). */
  async save(attempt: Required<SaveAttempt>): Promise<void> {
    const host = this.#host;
    const tag = host.localName;
    const { requestId, approval } = attempt;
    const outcome = await request(
      host,
      'paypal-save',
      {
        vaultSetupToken: approval.vaultSetupToken,
        payerId: approval.payerId,
        requestId,
        ...this.#service(),
      },
      {
        tag,
        timeout: this.#options.timeout(),
        purpose: 'to create the payment token of the approved PayPal account',
      },
    );
    if (!outcome.ok) {
      const error =
        outcome.message === undefined
          ? { code: outcome.code }
          : { code: outcome.code, message: outcome.message };
      logFailure(tag, 'paypal-save', error);
      this.#options.flow({ type: 'save-failed', error, outcome: 'unknown' });
      return;
    }
    const result = parseSaveResult(outcome.value, 'paypal-save result');
    if (!result.ok) {
      logIssue(tag, result.issue);
      this.#options.flow({
        type: 'save-failed',
        error: { code: 'invalid-result' },
        outcome: 'unknown',
      });
      return;
    }
    if (result.value.status === 'declined') {
      const { message } = result.value;
      const error = message ? { code: 'declined', message } : { code: 'declined' };
      logFailure(tag, 'paypal-save', error);
      this.#options.flow({ type: 'save-failed', error, outcome: 'declined' });
      return;
    }
    const { account } = result.value;
    this.#options.flow({ type: 'saved', account });
    (host.isConnected ? host : document).dispatchEvent(
      new PayPalAccountAddedEvent({ account, requestId }),
    );
  }

  #service(): { service?: Service } {
    const service = this.#options.service?.();
    return service ? { service } : {};
  }
}
