import type { PayPalAccountsDetail } from '../events/order-pay-events.js';
import { request } from '../events/request.js';
import type { PayFlowError } from '../model/pay-flow.js';
import { parseAccounts, type PayPalAccount } from '../model/paypal-account.js';
import type { Validated } from '../model/validation.js';
import type { LocalizeController } from './localize.js';
import { describeIssue, logIssue } from './report.js';

export interface AccountsOptions {
  /** The `accounts` property, validated, when the host set it. */
  readonly given: Validated<PayPalAccount[]> | undefined;
  readonly timeout: number;
  readonly signal?: AbortSignal;
  readonly localize: LocalizeController;
}

/**
 * The customer's registered PayPal accounts: the `accounts` property, else a `paypal-accounts`
 * request to the host, checked (a wrong answer is logged, naming the field).
 */
export async function registeredAccounts(
  host: HTMLElement,
  detail: PayPalAccountsDetail,
  { given, timeout, signal, localize }: AccountsOptions,
): Promise<
  | { readonly ok: true; readonly accounts: PayPalAccount[] }
  | { readonly ok: false; readonly error: PayFlowError }
> {
  let accounts = given;
  if (accounts === undefined) {
    const outcome = await request(host, 'paypal-accounts', detail, {
      tag: host.localName,
      timeout,
      ...(signal ? { signal } : {}),
      purpose: 'with the accounts, or set the accounts property',
    });
    if (!outcome.ok) {
      const { code, message } = outcome;
      return { ok: false, error: message ? { code, message } : { code } };
    }
    accounts = parseAccounts(outcome.value, 'paypal-accounts result');
    if (!accounts.ok) logIssue(host.localName, accounts.issue);
  }
  if (accounts.ok) return { ok: true, accounts: accounts.value };
  return {
    ok: false,
    error: {
      // A property the host set wrongly (logged when it was set), or an answer that is wrong.
      code: given === undefined ? 'invalid-result' : 'invalid-accounts',
      message: describeIssue(localize, accounts.issue),
    },
  };
}
