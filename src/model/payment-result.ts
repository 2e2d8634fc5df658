/**
 * What the host's backend answers to a payment request (`order-pay-authorize`,
 * `paypal-capture`), and its validation. A payment is only ever shown as done when the answer
 * says so in so many words: `{ status: 'completed' }`. Anything else the host resolves with — an
 * `Error`, a string, `{}`, an unknown status, a `renewalActivated` that is not a boolean — is an
 * invalid result: the outcome is unknown, never a success.
 *
 * The statuses follow what payment APIs hosts already use: Stripe's `paymentIntent.status`
 * (`succeeded` / `processing` / `requires_payment_method`) and Adyen's `resultCode`
 * (`Authorised` / `Pending` / `Refused`).
 */
import { parseAccounts, type PayPalAccount } from './paypal-account.js';
import { fail, isRecord, optionalString, validate, type Validated } from './validation.js';

/** The outcome of a payment request, as the backend knows it. */
export type PaymentStatus =
  /** Charged. The order is paid. */
  | 'completed'
  /** Accepted, still being processed (PayPal's `PENDING` capture): no second charge. */
  | 'pending'
  /** Refused (PayPal's `INSTRUMENT_DECLINED`, insufficient funds...): nothing was charged. */
  | 'declined';

export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['completed', 'pending', 'declined'];

/** The charge went through (`completed`) or is being processed (`pending`). */
export interface PaymentAccepted {
  readonly status: 'completed' | 'pending';
  /** The payment's reference (PayPal's capture id), shown to the customer. */
  readonly paymentId?: string;
  /** Whether automatic renewal was switched on; when absent, the product's rule applies. */
  readonly renewalActivated?: boolean;
}

/** The payment was refused: nothing was charged, a new attempt gets a new `requestId`. */
export interface PaymentDeclined {
  readonly status: 'declined';
  /** The sentence for the customer, in their language ("Saldo insufficiente"). */
  readonly message?: string;
  /** The processor's reason code, for the host's logs (`INSTRUMENT_DECLINED`). */
  readonly reason?: string;
}

/** What the host's `order-pay-authorize` handler answers. */
export type AuthorizeResult = PaymentAccepted | PaymentDeclined;

/** A charge of a new PayPal account: also the account just registered (vaulted). */
export interface CaptureAccepted extends PaymentAccepted {
  /** The PayPal account registered for the next payments, shown in the confirmation. */
  readonly account?: PayPalAccount;
}

/** What the host's `paypal-capture` handler answers. */
export type CaptureResult = CaptureAccepted | PaymentDeclined;

/**
 * Checks a host's answer. `field` names it in the issue (`order-pay-authorize result`), so that
 * the console names exactly what is wrong (`order-pay-authorize result.status`).
 */
export function parsePaymentResult(input: unknown, field: string): Validated<CaptureResult> {
  return validate((): CaptureResult => {
    if (input === undefined || input === null) fail(field, 'required');
    // An Error, a string, an array: whatever it says, it is not a result.
    if (!isRecord(input) || input instanceof Error) fail(field, 'type');
    const status = input.status;
    if (status === undefined || status === null || status === '')
      fail(`${field}.status`, 'required');
    if (typeof status !== 'string') fail(`${field}.status`, 'type');
    if (!PAYMENT_STATUSES.includes(status as PaymentStatus)) fail(`${field}.status`, 'unknown');

    if (status === 'declined') {
      const message = optionalString(input.message, `${field}.message`);
      const reason = optionalString(input.reason, `${field}.reason`);
      return {
        status: 'declined',
        ...(message?.trim() ? { message: message.trim() } : {}),
        ...(reason ? { reason } : {}),
      };
    }

    const paymentId = optionalString(input.paymentId, `${field}.paymentId`);
    const renewal = input.renewalActivated;
    if (renewal !== undefined && renewal !== null && typeof renewal !== 'boolean')
      fail(`${field}.renewalActivated`, 'type');
    let account: PayPalAccount | undefined;
    if (input.account !== undefined && input.account !== null) {
      const accounts = parseAccounts([input.account], `${field}.account`);
      if (!accounts.ok) {
        // `account[0].email` reads better as `account.email`.
        fail(
          accounts.issue.field.replace(`${field}.account[0]`, `${field}.account`),
          accounts.issue.problem,
        );
      }
      account = accounts.value[0];
    }
    return {
      status: status as 'completed' | 'pending',
      ...(paymentId ? { paymentId } : {}),
      ...(typeof renewal === 'boolean' ? { renewalActivated: renewal } : {}),
      ...(account ? { account } : {}),
    };
  });
}
