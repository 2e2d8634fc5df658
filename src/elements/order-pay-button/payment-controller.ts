import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  OrderPayFailureEvent,
  OrderPayPendingEvent,
  OrderPaySuccessEvent,
  type OrderPayFailureCode,
} from '../../events/order-pay-events.js';
import { request, type RequestOutcome } from '../../events/request.js';
import {
  paymentRegistry,
  type Hold,
  type PaymentRecord,
  type PaymentRegistry,
} from '../../internal/payment-registry.js';
import { logIssue } from '../../internal/report.js';
import type { ParsedOrder } from '../../model/order.js';
import type {
  AccountChoice,
  Approval,
  AuthorizingPhase,
  FailureOutcome,
  PayFlowError,
  PayFlowEvent,
} from '../../model/pay-flow.js';
import { parsePaymentResult } from '../../model/payment-result.js';
import { isRecord } from '../../model/validation.js';

/** The attempt a request belongs to: its key and what it charges. */
export interface PaymentAttempt {
  readonly requestId: string;
  readonly account: AccountChoice;
}

/** How an interrupted attempt is taken up by this element. */
export type Resumption =
  /** This tab's attempt, whose outcome is unknown (a reload): ask the host again. */
  | 'check'
  /** This page's attempt, whose element went away (a host re-render): show its outcome. */
  | 'adopt'
  /** PayPal sent the customer back to this page (a redirect): resume PayPal's session. */
  | 'paypal-return';

export interface PaymentControllerOptions {
  /** Feeds the element's flow. */
  flow(event: PayFlowEvent): void;
  /** The sentence the customer reads for a failure (it goes in `order-pay-failure` too). */
  describe(error: PayFlowError, outcome: FailureOutcome): string;
  /** `request-timeout`, in milliseconds. */
  timeout(): number;
  /** An interrupted attempt of the shown order is to be taken up by this element. */
  resume(record: PaymentRecord, how: Resumption): void;
}

/** Why a new-account attempt could not go on (the PayPal session reports it as an error). */
export class AttemptStopped extends Error {
  constructor(readonly why: 'elsewhere' | 'settled' | 'failed') {
    super(`The payment attempt stopped: ${why}.`);
  }
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The payment of the order an `<order-pay-button>` shows, as every tab sees it: the element's
 * view of the page-wide `PaymentRegistry` (one record per order, locked while a request is out,
 * broadcast to every tab), the requests that charge (`order-pay-authorize`, `paypal-capture`,
 * `paypal-create-order`), what their answers mean, and the outcome events. A request, once sent,
 * runs to its end even if the element is removed meanwhile: its outcome is written for every tab
 * and dispatched from a connected element of that order, or from `document`.
 */
export class PaymentController implements ReactiveController {
  readonly #host: Host;
  readonly #options: PaymentControllerOptions;
  /** The page's registry, from the first use (never on the server). */
  #registryValue: PaymentRegistry | undefined;
  #order: ParsedOrder | undefined;
  #unsubscribe: (() => void) | undefined;
  #record: PaymentRecord | undefined;
  /** This element is sending a request: its own record changes are not news to it. */
  #running = 0;
  /** This element waits for another tab to let the order's lock go. */
  #waiting = false;

  constructor(host: Host, options: PaymentControllerOptions, registry?: PaymentRegistry) {
    this.#host = host;
    this.#options = options;
    this.#registryValue = registry;
    host.addController(this);
  }

  get #registry(): PaymentRegistry {
    return (this.#registryValue ??= paymentRegistry());
  }

  /** The order's payment record as last seen (`undefined`: no attempt). */
  get record(): PaymentRecord | undefined {
    return this.#record;
  }

  /** The record as it is now, in every tab (reads storage). */
  current(orderId: string): PaymentRecord | undefined {
    return this.#registry.get(orderId);
  }

  /** The order the element shows: follows its payment record. Call when the order changes. */
  watch(order: ParsedOrder | undefined): void {
    if (order?.id === this.#order?.id) {
      this.#order = order;
      return;
    }
    this.#stopWatching();
    this.#order = order;
    if (this.#host.isConnected) this.#startWatching();
  }

  hostConnected(): void {
    this.#startWatching();
  }

  hostDisconnected(): void {
    this.#stopWatching();
  }

  // --- the attempts -----------------------------------------------------------------------------

  /**
   * Prosegui e paga with a registered account, or the check of an attempt whose outcome is
   * unknown: one `order-pay-authorize` under the order's lock, with the attempt's key.
   */
  async charge(order: ParsedOrder, attempt: PaymentAttempt): Promise<void> {
    const begun = await this.begin(order, attempt);
    if (!begun) return;
    const { hold, attempt: sent, approval } = begun;
    try {
      if (sent.account === 'new') {
        // The attempt in the record is an approved PayPal order: capture it.
        if (approval) await this.#capture(order, hold, sent, approval);
        return;
      }
      const account = sent.account;
      await this.#send(order, hold, sent, 'order-pay-authorize', (target) =>
        request(
          target,
          'order-pay-authorize',
          { order: order.source, account, requestId: sent.requestId },
          this.#requestOptions('to charge the account'),
        ),
      );
    } finally {
      hold.release();
    }
  }

  /** The capture of a PayPal order approved earlier (Riprova, a reload): no PayPal again. */
  async recapture(order: ParsedOrder, attempt: PaymentAttempt, approval: Approval): Promise<void> {
    const begun = await this.begin(order, attempt, approval);
    if (!begun) return;
    try {
      await this.#capture(order, begun.hold, begun.attempt, begun.approval ?? approval);
    } finally {
      begun.hold.release();
    }
  }

  /**
   * The start of a new-account attempt, inside PayPal's session: takes the order's lock (kept
   * until `approved()` ends or `abandon()`), then asks the host for the PayPal order.
   * @throws {AttemptStopped} when another tab or element pays, or the host failed (already shown).
   */
  async createPayPalOrder(
    order: ParsedOrder,
    attempt: PaymentAttempt,
  ): Promise<{ readonly hold: Hold; readonly paypalOrderId: string }> {
    const begun = await this.begin(order, attempt);
    if (!begun) throw new AttemptStopped('elsewhere');
    const { hold } = begun;
    this.#running += 1;
    try {
      this.#write(order, attempt, 'in-flight');
      const outcome = await request(
        this.#registry.target(order.id, hold.owner),
        'paypal-create-order',
        { order: order.source, requestId: attempt.requestId },
        this.#requestOptions('to pay with a new PayPal account'),
      );
      const value = outcome.ok ? outcome.value : undefined;
      const id = typeof value === 'string' ? value : isRecord(value) ? value['id'] : undefined;
      if (outcome.ok && (typeof id !== 'string' || id.trim() === '')) {
        logIssue(this.#host.localName, { field: 'paypal-create-order result', problem: 'type' });
      }
      if (typeof id !== 'string' || id.trim() === '') {
        // No PayPal order, nothing approved: nothing can have been charged.
        this.#registry.clear(order.id);
        hold.release();
        const error = outcome.ok ? { code: 'invalid-result' } : failureOf(outcome);
        this.#fail(order, hold, attempt, error, 'not-charged', true);
        throw new AttemptStopped('failed');
      }
      this.#write(order, attempt, 'in-flight', { orderId: id, approved: false });
      return { hold, paypalOrderId: id };
    } catch (error) {
      if (!(error instanceof AttemptStopped)) hold.release();
      throw error;
    } finally {
      this.#running -= 1;
    }
  }

  /** PayPal approved the order created under `hold`: capture it, then let the lock go. */
  async approved(
    order: ParsedOrder,
    hold: Hold,
    attempt: PaymentAttempt,
    approval: Approval,
  ): Promise<void> {
    try {
      await this.#capture(order, hold, attempt, approval);
    } finally {
      hold.release();
    }
  }

  /**
   * PayPal's window ended without an approval (closed, or PayPal failed): nothing was charged.
   * The flow hears it at once; the record goes and the lock is let go once the PayPal order's
   * creation is over. `error`: PayPal's failure, reported as such.
   */
  abandon(
    order: ParsedOrder,
    hold: Promise<Hold | undefined>,
    attempt: PaymentAttempt,
    error?: { readonly error: PayFlowError; readonly retryable: boolean },
  ): void {
    if (error) this.#fail(order, undefined, attempt, error.error, 'not-charged', error.retryable);
    else this.#options.flow({ type: 'paypal-cancelled' });
    void hold.then((held) => held && this.forget(order, held, attempt));
  }

  /** Ends an attempt that charged nothing, quietly: its record goes, its lock is let go. */
  forget(order: ParsedOrder, hold: Hold, attempt: PaymentAttempt): void {
    if (this.#registry.get(order.id)?.requestId === attempt.requestId)
      this.#registry.clear(order.id);
    hold.release();
  }

  /** A failure that never reached a request (the PayPal configuration is missing). */
  refuse(order: ParsedOrder, attempt: PaymentAttempt, error: PayFlowError): void {
    this.#dispatchFailure(order, undefined, attempt, error, 'not-charged');
  }

  // --- internals ------------------------------------------------------------------------------

  /**
   * Takes the order's lock and decides which attempt goes: one whose outcome is unknown goes
   * first, with its own key and account. `undefined` when another tab or element pays, or the
   * order is already paid (the flow is told).
   */
  async begin(
    order: ParsedOrder,
    attempt: PaymentAttempt,
    approval?: Approval,
  ): Promise<
    | { readonly hold: Hold; readonly attempt: PaymentAttempt; readonly approval?: Approval }
    | undefined
  > {
    const hold = await this.#registry.hold(order.id, this.#host);
    if (!hold) {
      this.#options.flow({ type: 'busy' });
      void this.#settle(order);
      return undefined;
    }
    const record = this.#registry.get(order.id);
    if (record?.state === 'paid' || record?.state === 'pending') {
      hold.release();
      this.#options.flow({
        type: 'settled',
        result: record.result ?? { status: record.state === 'paid' ? 'completed' : 'pending' },
        requestId: record.requestId,
      });
      return undefined;
    }
    const open = record?.state === 'unknown' || record?.state === 'in-flight';
    const approved = record?.paypal?.approved ? toApproval(record.paypal) : undefined;
    if (open && record && (record.account !== 'new' || approved)) {
      const earlier = { requestId: record.requestId, account: record.account };
      if (earlier.requestId !== attempt.requestId)
        this.#options.flow({
          type: 'resume',
          accounts: [],
          choice: earlier.account,
          requestId: earlier.requestId,
          phase: 'check',
          ...(approved ? { approval: approved } : {}),
        });
      return { hold, attempt: earlier, ...(approved ? { approval: approved } : {}) };
    }
    return { hold, attempt, ...(approval ? { approval } : {}) };
  }

  async #capture(
    order: ParsedOrder,
    hold: Hold,
    attempt: PaymentAttempt,
    approval: Approval,
  ): Promise<void> {
    const paypal = { orderId: approval.paypalOrderId, approved: true, ...payer(approval) };
    await this.#send(
      order,
      hold,
      attempt,
      'paypal-capture',
      (target) =>
        request(
          target,
          'paypal-capture',
          {
            order: order.source,
            orderId: approval.paypalOrderId,
            payerId: approval.payerId,
            requestId: attempt.requestId,
          },
          this.#requestOptions('to capture the approved PayPal order'),
        ),
      paypal,
    );
  }

  /** Sends one charging request of `attempt` and settles its outcome, for every tab. */
  async #send(
    order: ParsedOrder,
    hold: Hold,
    attempt: PaymentAttempt,
    type: 'order-pay-authorize' | 'paypal-capture',
    send: (target: EventTarget) => Promise<RequestOutcome>,
    paypal?: PaymentRecord['paypal'],
  ): Promise<void> {
    this.#running += 1;
    try {
      this.#write(order, attempt, 'in-flight', paypal);
      const outcome = await send(this.#registry.target(order.id, hold.owner));
      if (!outcome.ok) {
        const error = failureOf(outcome);
        // Nothing answered, or the listener threw first: the request reached no backend.
        const sent = outcome.code !== 'no-handler' && outcome.code !== 'handler-error';
        this.#write(order, attempt, 'unknown', paypal, error);
        this.#fail(order, hold, attempt, error, sent ? 'unknown' : 'not-charged', true);
        return;
      }
      const result = parsePaymentResult(outcome.value, `${type} result`);
      if (!result.ok) {
        logIssue(this.#host.localName, result.issue);
        const error = { code: 'invalid-result' };
        this.#write(order, attempt, 'unknown', paypal, error);
        this.#fail(order, hold, attempt, error, 'unknown', true);
        return;
      }
      const value = result.value;
      if (value.status === 'declined') {
        const error = { code: 'declined', ...(value.message ? { message: value.message } : {}) };
        this.#write(order, attempt, 'declined', paypal, error);
        this.#fail(order, hold, attempt, error, 'declined', true);
        return;
      }
      this.#registry.set({
        orderId: order.id,
        requestId: attempt.requestId,
        state: value.status === 'completed' ? 'paid' : 'pending',
        account: attempt.account,
        result: value,
        ...(paypal ? { paypal } : {}),
      });
      this.#options.flow({ type: 'settled', result: value, requestId: attempt.requestId });
      const target = this.#registry.target(order.id, hold.owner);
      target.dispatchEvent(
        value.status === 'completed'
          ? new OrderPaySuccessEvent({
              order: order.source,
              result: { ...value, status: 'completed' },
              requestId: attempt.requestId,
            })
          : new OrderPayPendingEvent({
              order: order.source,
              result: { ...value, status: 'pending' },
              requestId: attempt.requestId,
            }),
      );
    } finally {
      this.#running -= 1;
    }
  }

  #write(
    order: ParsedOrder,
    attempt: PaymentAttempt,
    state: 'in-flight' | 'unknown' | 'declined',
    paypal?: PaymentRecord['paypal'],
    error?: PayFlowError,
  ): void {
    this.#registry.set({
      orderId: order.id,
      requestId: attempt.requestId,
      state,
      account: attempt.account,
      ...(paypal ? { paypal } : {}),
      ...(error ? { error } : {}),
    });
  }

  #fail(
    order: ParsedOrder,
    hold: Hold | undefined,
    attempt: PaymentAttempt,
    error: PayFlowError,
    outcome: FailureOutcome,
    retryable: boolean,
  ): void {
    this.#options.flow({ type: 'failed', error, outcome, retryable });
    this.#dispatchFailure(order, hold, attempt, error, outcome);
  }

  #dispatchFailure(
    order: ParsedOrder,
    hold: Hold | undefined,
    attempt: PaymentAttempt,
    error: PayFlowError,
    outcome: FailureOutcome,
  ): void {
    this.#registry.target(order.id, hold?.owner ?? this.#host).dispatchEvent(
      new OrderPayFailureEvent({
        order: order.source,
        error: {
          code: error.code as OrderPayFailureCode,
          message: this.#options.describe(error, outcome),
        },
        outcome,
        requestId: attempt.requestId,
      }),
    );
  }

  #requestOptions(purpose: string) {
    return { tag: this.#host.localName, timeout: this.#options.timeout(), purpose };
  }

  #startWatching(): void {
    const order = this.#order;
    if (!order || this.#unsubscribe) return;
    this.#registry.attach(order.id, this.#host);
    this.#unsubscribe = this.#registry.subscribe(order.id, (record) => this.#onRecord(record));
    this.#record = this.#registry.get(order.id);
    void this.#look(order);
  }

  #stopWatching(): void {
    if (this.#order) this.#registry.detach(this.#order.id, this.#host);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** On connection: a stale attempt is settled, an interrupted one taken up. */
  async #look(order: ParsedOrder): Promise<void> {
    const seen = this.#registry.get(order.id);
    if (seen?.paypal && !seen.paypal.approved && returnedFromPayPal(seen.paypal.orderId)) {
      if (this.#registry.claimResume(order.id)) this.#options.resume(seen, 'paypal-return');
      return;
    }
    const record = await this.#settle(order);
    if (!record || this.#order !== order || !this.#host.isConnected) return;
    const holder = this.#registry.holder(order.id);
    if (record.state === 'in-flight' && holder && holder !== this.#host && !holder.isConnected) {
      this.#registry.handOver(order.id, this.#host);
      this.#options.resume(record, 'adopt');
    } else if (
      record.state === 'unknown' &&
      record.tab === this.#registry.tab &&
      this.#registry.claimResume(order.id)
    ) {
      this.#options.resume(record, 'check');
    }
  }

  /**
   * The record once no other page is sending its attempt: while another tab holds the lock, the
   * element waits for it to be let go (its outcome written, or its page gone); an attempt left
   * `in-flight` by a page that went away is unknown.
   */
  async #settle(order: ParsedOrder): Promise<PaymentRecord | undefined> {
    let record = await this.#registry.settled(order.id);
    while (record?.state === 'in-flight' && !this.#registry.holder(order.id)) {
      if (this.#waiting) return record;
      this.#waiting = true;
      try {
        await this.#registry.free(order.id);
      } finally {
        this.#waiting = false;
      }
      if (this.#order !== order) return undefined;
      record = await this.#registry.settled(order.id);
    }
    this.#record = record;
    this.#host.requestUpdate();
    return record;
  }

  /** The order's record changed (here, in another element or another tab). */
  #onRecord(record: PaymentRecord | undefined): void {
    this.#record = record;
    this.#host.requestUpdate();
    if (this.#running > 0) return;
    switch (record?.state) {
      case 'paid':
      case 'pending':
        this.#options.flow({
          type: 'settled',
          result: record.result ?? { status: record.state === 'paid' ? 'completed' : 'pending' },
          requestId: record.requestId,
        });
        return;
      case 'in-flight':
        this.#options.flow({ type: 'elsewhere' });
        // Its page may go away before the outcome: then the outcome is unknown.
        if (this.#order && !this.#registry.holder(this.#order.id)) void this.#settle(this.#order);
        return;
      case 'unknown':
      case 'declined':
        // An attempt this element took over ended: its outcome shows here.
        this.#options.flow({
          type: 'failed',
          error: record.error ?? { code: 'timeout' },
          outcome: record.state,
          retryable: true,
        });
        this.#options.flow({ type: 'released' });
        return;
      default:
        this.#options.flow({ type: 'released' });
    }
  }
}

/** Where an attempt taken over from its record stands: PayPal's window, or the capture. */
export function phaseOf(record: PaymentRecord): AuthorizingPhase | undefined {
  if (record.account !== 'new') return undefined;
  return record.paypal?.approved ? 'capture' : 'window';
}

function failureOf(outcome: Extract<RequestOutcome, { ok: false }>): PayFlowError {
  return outcome.message === undefined
    ? { code: outcome.code }
    : { code: outcome.code, message: outcome.message };
}

function toApproval(paypal: NonNullable<PaymentRecord['paypal']>): Approval {
  return { paypalOrderId: paypal.orderId, ...(paypal.payerId ? { payerId: paypal.payerId } : {}) };
}

function payer(approval: Approval): { payerId?: string } {
  return approval.payerId ? { payerId: approval.payerId } : {};
}

/** Whether this page is PayPal's return for `paypalOrderId` (`?token=<order id>`). */
function returnedFromPayPal(paypalOrderId: string): boolean {
  return new URLSearchParams(location.search).get('token') === paypalOrderId;
}
