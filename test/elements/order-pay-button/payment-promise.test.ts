/**
 * The payment promise outside one dialog: a customer is charged once and told the truth across
 * tabs, reloads, re-renders and buttons. Other tabs are same-origin iframes (test/kit/tab.html):
 * like two tabs of one browser profile, they share localStorage, Web Locks and BroadcastChannel.
 */
import { expect } from '@open-wc/testing';
import { SIMULATED_RETURN_KEY } from '../../../src/testing.js';
import { mario, pecOrder } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  forgetPayments,
  parts,
  payButton,
  settle,
  step,
  toReview,
  untilStep,
} from '../../kit/pay-button.js';
import { text } from '../../kit/screen.js';
import { loaded, openTab, reload, reviewIn, tabOf } from '../../kit/tabs.js';
import { click } from '../../kit/user.js';
import { until } from '../../kit/wait.js';

describe('<order-pay-button> across tabs, reloads, re-renders and buttons', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    host.reset();
    forgetPayments();
    sessionStorage.removeItem(SIMULATED_RETURN_KEY);
  });

  it('sends exactly one request for 100 rapid activations in two tabs, and the other tab shows the outcome without a click', async () => {
    const order = pecOrder();
    const [a, b] = [await openTab(order), await openTab(order)];
    const [tabA, tabB] = [tabOf(a)!, tabOf(b)!];
    const confirmA = await reviewIn(tabA);
    const confirmB = await reviewIn(tabB);
    // Both customers press Prosegui e paga at once, then keep pressing.
    await Promise.all([click(confirmA), click(confirmB)]);
    for (let i = 0; i < 49; i++) {
      confirmA.click();
      confirmB.click();
    }
    const sent = () => tabA.authorize.requests.length + tabB.authorize.requests.length;
    await until(() => sent() > 0, 'a request');
    const [payer, other] = tabA.authorize.requests.length ? [tabA, tabB] : [tabB, tabA];
    await until(
      () => text(parts(other.el).progress).includes('altra finestra'),
      'the other tab waits',
    );
    await settle(payer.el);
    expect(sent(), 'requests for 100 activations').to.equal(1);
    expect(text(parts(other.el).progress)).to.equal(
      'Il pagamento di quest’ordine è in corso in un’altra finestra o scheda: l’esito comparirà qui.',
    );
    payer.authorize.pending[0]!.resolve({ status: 'completed', paymentId: 'PAY-TABS' });
    await untilStep(payer.el, 'result');
    await untilStep(other.el, 'result');
    expect(text(parts(other.el).result)).to.contain('Pagamento completato');
    expect(text(parts(other.el).result)).to.contain('PAY-TABS');
    // The host of the page that paid hears it once; the other page sent nothing.
    expect(payer.successes).to.have.length(1);
    expect(other.successes).to.have.length(0);
    expect(sent()).to.equal(1);
    // Every element of the order, in every tab, says Pagato.
    await click(parts(other.el).close!);
    await settle(other.el);
    expect(text(parts(other.el).status)).to.equal('Pagato');
  });

  it('shows “Pagamento in corso” in every tab while one pays, then “Pagato”', async () => {
    const order = pecOrder();
    const [a, b] = [await openTab(order), await openTab(order)];
    const [tabA, tabB] = [tabOf(a)!, tabOf(b)!];
    await click(await reviewIn(tabA));
    await until(() => tabA.authorize.requests.length === 1, 'the request');
    await until(() => text(parts(tabB.el).status) === 'Pagamento in corso', 'the other tab knows');
    expect(parts(tabB.el).button).to.be.null;
    tabA.authorize.pending[0]!.resolve({ status: 'completed' });
    await until(() => text(parts(tabB.el).status) === 'Pagato', 'paid in the other tab');
  });

  it('re-sends the same requestId after a reload during the authorisation, saying it checks', async () => {
    const order = pecOrder();
    const frame = await openTab(order);
    const before = tabOf(frame)!;
    await click(await reviewIn(before));
    await until(() => before.authorize.requests.length === 1, 'the request');
    const { requestId, account } = before.authorize.requests[0]!.detail;
    const after = await reload(frame);
    await until(() => after.authorize.requests.length === 1, 'the check after the reload');
    expect(after.authorize.requests[0]!.detail.requestId).to.equal(requestId);
    expect(after.authorize.requests[0]!.detail.account).to.deep.equal(account);
    await settle(after.el);
    expect(parts(after.el).dialog).to.have.attribute('open');
    expect(text(parts(after.el).progress)).to.equal('Stiamo verificando il pagamento precedente…');
    after.authorize.pending[0]!.resolve({ status: 'completed', paymentId: 'PAY-RELOAD' });
    await untilStep(after.el, 'result');
    expect(after.successes).to.have.length(1);
  });

  it('checks with the same key in another tab when the paying tab is closed mid-request', async () => {
    const order = pecOrder();
    const [a, b] = [await openTab(order), await openTab(order)];
    const tabA = tabOf(a)!;
    await click(await reviewIn(tabA));
    await until(() => tabA.authorize.requests.length === 1, 'the request');
    const { requestId } = tabA.authorize.requests[0]!.detail;
    const tabB = tabOf(b)!;
    await until(() => text(parts(tabB.el).status) === 'Pagamento in corso', 'in progress');
    a.remove(); // the tab is closed: its lock goes with it, the outcome is unknown
    await until(() => parts(tabB.el).button !== null, 'Paga again in the other tab');
    await click(parts(tabB.el).button!);
    await until(() => tabB.authorize.requests.length === 1, 'the check');
    expect(tabB.authorize.requests[0]!.detail.requestId).to.equal(requestId);
    expect(text(parts(tabB.el).progress)).to.equal('Stiamo verificando il pagamento precedente…');
    tabB.authorize.pending[0]!.resolve({ status: 'completed' });
    await untilStep(tabB.el, 'result');
  });

  it('resumes a redirect PayPal chose under presentation="auto": one capture after the return', async () => {
    const order = pecOrder();
    const frame = await openTab(order, { presentation: 'auto', scenario: 'redirect' });
    const before = tabOf(frame)!;
    await toReview(before.el, 'new');
    await until(() => parts(before.el).summary?.busy === false, 'PayPal is ready');
    const navigated = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    await click(parts(before.el).confirm!);
    await navigated; // PayPal (simulated) took the customer away and back
    const after = await loaded(frame, before);
    expect(new URL(frame.contentWindow!.location.href).searchParams.get('token')).to.equal(
      `PAYPAL-${order.id}`,
    );
    await until(() => after.capture.requests.length === 1, 'the capture on return');
    const capture = after.capture.requests[0]!.detail;
    expect(capture.orderId).to.equal(`PAYPAL-${order.id}`);
    expect(capture.requestId).to.equal(before.creates[0]!.detail.requestId);
    expect(parts(after.el).dialog).to.have.attribute('open');
    after.capture.pending[0]!.resolve({ status: 'completed', paymentId: 'CAP-BACK' });
    await untilStep(after.el, 'result');
    expect(after.capture.requests).to.have.length(1);
    expect(after.successes).to.have.length(1);
  });

  it('re-sends the capture with the same key after a reload during it, never starting PayPal again', async () => {
    const order = pecOrder();
    const frame = await openTab(order);
    const before = tabOf(frame)!;
    await toReview(before.el, 'new');
    await until(() => parts(before.el).summary?.busy === false, 'PayPal is ready');
    await click(parts(before.el).confirm!);
    await until(() => before.capture.requests.length === 1, 'PayPal approved, the capture is out');
    const { requestId, orderId } = before.capture.requests[0]!.detail;
    const after = await reload(frame);
    await until(() => after.capture.requests.length === 1, 'the capture again');
    expect(after.capture.requests[0]!.detail).to.include({ requestId, orderId });
    expect(after.simulator.calls.filter((c) => c.method === 'start')).to.have.length(0);
    after.capture.pending[0]!.resolve({ status: 'completed' });
    await untilStep(after.el, 'result');
  });

  it('forgets a new account PayPal never approved when the page comes back without PayPal’s return', async () => {
    const order = pecOrder();
    const frame = await openTab(order, { idle: true });
    const before = tabOf(frame)!;
    await toReview(before.el, 'new');
    await until(() => parts(before.el).summary?.busy === false, 'PayPal is ready');
    await click(parts(before.el).confirm!);
    await until(() => before.creates.length === 1, 'the PayPal order');
    const after = await reload(frame);
    await until(() => parts(after.el).button !== null, 'Paga');
    expect(parts(after.el).dialog).not.to.have.attribute('open');
    expect(after.capture.requests).to.have.length(0);
  });

  it('tells the host once when it re-renders the element during the authorisation', async () => {
    const order = pecOrder();
    const { requests, pending } = host.hold('order-pay-authorize');
    const successes = host.record('order-pay-success');
    const first = await payButton(order);
    await toReview(first);
    await click(parts(first).confirm!);
    await until(() => requests.length === 1, 'the request');
    // The host renders its list again: a new element for the same order.
    const container = first.parentElement!;
    first.remove();
    const second = document.createElement('order-pay-button');
    second.lang = 'it';
    second.order = { ...order };
    second.accounts = [mario];
    container.append(second);
    await until(() => parts(second).dialog?.open === true, 'the new element shows the payment');
    expect(text(parts(second).progress)).to.equal('Autorizzazione del pagamento in corso…');
    pending[0]!.resolve({ status: 'completed', paymentId: 'PAY-RERENDER' });
    await untilStep(second, 'result');
    expect(successes).to.have.length(1);
    expect(successes[0]!.target).to.equal(second);
    expect(requests).to.have.length(1);
  });

  it('dispatches the outcome from the document when no element of the order is left', async () => {
    const order = pecOrder();
    const { requests, pending } = host.hold('order-pay-authorize');
    const failures = host.record('order-pay-failure');
    const el = await payButton(order);
    await toReview(el);
    await click(parts(el).confirm!);
    await until(() => requests.length === 1, 'the request');
    el.remove();
    pending[0]!.resolve({ status: 'declined', message: 'Carta scaduta' });
    await until(() => failures.length === 1, 'the failure reaches the host');
    expect(failures[0]!.target).to.equal(document);
    expect(failures[0]!.detail).to.deep.include({ outcome: 'declined' });
    expect(step(el)).to.equal('failed');
    // Nothing else runs for a detached element.
    expect(requests).to.have.length(1);
  });
});
