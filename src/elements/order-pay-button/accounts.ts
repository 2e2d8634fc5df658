import { request } from '../../events/request.js';
import type { LocalizeController } from '../../internal/localize.js';
import { describeIssue, logIssue } from '../../internal/report.js';
import type { ParsedOrder } from '../../model/order.js';
import type { PayFlowEvent } from '../../model/pay-flow.js';
import { parseAccounts, type PayPalAccount } from '../../model/paypal-account.js';
import type { Validated } from '../../model/validation.js';

export interface AccountsOptions {
  /** The `accounts` property, validated, when the host set it. */
  readonly given: Validated<PayPalAccount[]> | undefined;
  readonly timeout: number;
  readonly signal: AbortSignal;
  readonly localize: LocalizeController;
}

/**
 * The customer's registered PayPal accounts for the flow: the `accounts` property, else a
 * `paypal-accounts` request to the host, checked. Resolves with the flow's event.
 */
export async function loadAccounts(
  host: HTMLElement,
  order: ParsedOrder,
  { given, timeout, signal, localize }: AccountsOptions,
): Promise<PayFlowEvent> {
  let accounts = given;
  if (accounts === undefined) {
    const outcome = await request(
      host,
      'paypal-accounts',
      { order: order.source },
      {
        tag: host.localName,
        timeout,
        signal,
        purpose: 'with the accounts, or set the accounts property',
      },
    );
    if (!outcome.ok) {
      const { code, message } = outcome;
      return { type: 'accounts-failed', error: message ? { code, message } : { code } };
    }
    accounts = parseAccounts(outcome.value, 'paypal-accounts result');
    if (!accounts.ok) logIssue(host.localName, accounts.issue);
  }
  if (accounts.ok) return { type: 'accounts-loaded', accounts: accounts.value };
  return {
    type: 'accounts-failed',
    error: {
      // A property the host set wrongly (logged when it was set), or an answer that is wrong.
      code: given === undefined ? 'invalid-result' : 'invalid-accounts',
      message: describeIssue(localize, accounts.issue),
    },
  };
}
