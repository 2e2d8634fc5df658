/**
 * What the host's backend answers to the requests that change something without a payment
 * (`auto-renewal-change`, `paypal-account-remove`, `paypal-save`), and their validation. As with
 * payments, a change is only shown as made when the answer says so in so many words:
 * `{ status: 'completed' }`. Anything else the host resolves with — an `Error`, a string, `{}`, an
 * unknown status — is an invalid result: the outcome is unknown, never a success.
 */
import { parseAccounts, type PayPalAccount } from './paypal-account.js';
import { fail, isRecord, optionalString, validate, type Validated } from './validation.js';

/** The change was refused: nothing changed, a new attempt gets a new `requestId`. */
export interface ChangeDeclined {
  readonly status: 'declined';
  /** The sentence for the customer, in their language: it is shown as the reason. */
  readonly message?: string;
  /** A reason code, for the host's logs. */
  readonly reason?: string;
}

/** What `auto-renewal-change` and `paypal-account-remove` answer. */
export type ChangeResult = { readonly status: 'completed' } | ChangeDeclined;

/** What `paypal-save` answers: the account registered from the approved setup token. */
export type SaveResult =
  { readonly status: 'completed'; readonly account: PayPalAccount } | ChangeDeclined;

export const CHANGE_STATUSES: readonly ChangeResult['status'][] = ['completed', 'declined'];

function parse<T>(
  input: unknown,
  field: string,
  completed: (input: Record<string, unknown>) => T,
): Validated<T | ChangeDeclined> {
  return validate(() => {
    if (input === undefined || input === null) fail(field, 'required');
    // An Error, a string, an array: whatever it says, it is not a result.
    if (!isRecord(input) || input instanceof Error) fail(field, 'type');
    const status = input.status;
    if (status === undefined || status === null || status === '')
      fail(`${field}.status`, 'required');
    if (typeof status !== 'string') fail(`${field}.status`, 'type');
    if (status === 'completed') return completed(input);
    if (status !== 'declined') fail(`${field}.status`, 'unknown');
    const message = optionalString(input.message, `${field}.message`);
    const reason = optionalString(input.reason, `${field}.reason`);
    return {
      status: 'declined',
      ...(message?.trim() ? { message: message.trim() } : {}),
      ...(reason ? { reason } : {}),
    };
  });
}

/**
 * Checks a host's answer to a change. `field` names it in the issue
 * (`auto-renewal-change result`), so that the console names exactly what is wrong.
 */
export function parseChangeResult(input: unknown, field: string): Validated<ChangeResult> {
  return parse(input, field, () => ({ status: 'completed' as const }));
}

/** Checks a host's answer to `paypal-save`: a completed save names the account it registered. */
export function parseSaveResult(input: unknown, field: string): Validated<SaveResult> {
  return parse(input, field, (value) => {
    const accounts = parseAccounts([value.account], `${field}.account`);
    if (!accounts.ok)
      // `account[0].email` reads better as `account.email`.
      fail(
        accounts.issue.field.replace(`${field}.account[0]`, `${field}.account`),
        accounts.issue.problem,
      );
    return { status: 'completed' as const, account: accounts.value[0]! };
  });
}
