import { registeredAccounts, type AccountsOptions } from '../../internal/accounts-request.js';
import type { ParsedOrder } from '../../model/order.js';
import type { PayFlowEvent } from '../../model/pay-flow.js';

export type { AccountsOptions } from '../../internal/accounts-request.js';

/**
 * The customer's registered PayPal accounts for the flow: the `accounts` property, else a
 * `paypal-accounts` request to the host, checked. Resolves with the flow's event.
 */
export async function loadAccounts(
  host: HTMLElement,
  order: ParsedOrder,
  options: AccountsOptions,
): Promise<PayFlowEvent> {
  const loaded = await registeredAccounts(host, { order: order.source }, options);
  return loaded.ok
    ? { type: 'accounts-loaded', accounts: loaded.accounts }
    : { type: 'accounts-failed', error: loaded.error };
}
