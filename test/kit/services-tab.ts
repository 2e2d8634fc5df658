/**
 * The Servizi page of a customer area in another tab (an iframe of the same origin, as in
 * test/kit/tab.ts): one `<auto-renewal-control>` for the service in the query and a
 * `<paypal-accounts>` with Mario's and Anna's accounts; its host holds every change request.
 * The test reads and drives it through `window.servicesTab`.
 *
 * Query: `service` (JSON).
 */
import '../../src/elements/auto-renewal-control/define.js';
import '../../src/elements/paypal-accounts/define.js';
import type { AutoRenewalControl } from '../../src/elements/auto-renewal-control/auto-renewal-control.js';
import type { PayPalAccounts } from '../../src/elements/paypal-accounts/paypal-accounts.js';
import type { Service } from '../../src/model/service.js';
import { anna, mario } from './fixtures.js';
import { TestHost } from './host.js';

const service = JSON.parse(new URLSearchParams(location.search).get('service') ?? '{}') as Service;

const host = new TestHost(document);
const changes = host.hold('auto-renewal-change');
const removals = host.hold('paypal-account-remove');

const control = document.createElement('auto-renewal-control') as AutoRenewalControl;
control.service = service;
control.accounts = [mario, anna];
const accounts = document.createElement('paypal-accounts') as PayPalAccounts;
accounts.accounts = [mario, anna];
accounts.services = [service];
document.body.append(control, accounts);

const servicesTab = { control, accounts, host, changes, removals };
(window as unknown as { servicesTab: typeof servicesTab }).servicesTab = servicesTab;
export type ServicesTab = typeof servicesTab;
