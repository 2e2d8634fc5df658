/**
 * A host page of its own, loaded in an iframe to play another tab (or the same tab after a
 * reload, or after PayPal's redirect): same origin, so it shares localStorage, Web Locks and
 * BroadcastChannel with the test page, as two tabs of one browser profile do. The test reads
 * and drives it through `window.tab`.
 *
 * Query: `order` (JSON), `presentation`, `scenario` (PayPal simulator), `autoplay=0` (the
 * customer does nothing in PayPal's window).
 */
import '../../src/elements/order-pay-button/define.js';
import type { Order } from '../../src/model/order.js';
import { installPayPalSimulator, type PayPalScenario } from '../../src/testing.js';
import { mario } from './fixtures.js';
import { TestHost } from './host.js';

const params = new URLSearchParams(location.search);
const order = JSON.parse(params.get('order') ?? '{}') as Order;

const simulator = installPayPalSimulator({
  scenario: (params.get('scenario') as PayPalScenario | null) ?? 'approve',
  autoPlay: params.get('autoplay') !== '0',
  delay: 0,
});

const host = new TestHost(document);
const authorize = host.hold('order-pay-authorize');
const capture = host.hold('paypal-capture');
const creates = host.answer('paypal-create-order', () => ({ id: `PAYPAL-${order.id}` }));
const successes = host.record('order-pay-success');
const failures = host.record('order-pay-failure');

const el = document.createElement('order-pay-button');
el.order = order;
el.accounts = [mario];
el.paypalClientId = 'sim-client';
el.paypalEnvironment = 'sandbox';
el.setAttribute('presentation', params.get('presentation') ?? 'modal');
document.body.append(el);

const tab = { el, host, authorize, capture, creates, successes, failures, simulator };
(window as unknown as { tab: typeof tab }).tab = tab;
export type Tab = typeof tab;
