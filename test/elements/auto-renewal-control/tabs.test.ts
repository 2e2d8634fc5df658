/**
 * One change at a time per service and per account, in every tab: other tabs are same-origin
 * iframes (test/kit/services-tab.html) that share localStorage, Web Locks and BroadcastChannel
 * with each other, as two tabs of one browser profile do.
 */
import { expect } from '@open-wc/testing';
import type { Service } from '../../../src/model/service.js';
import { text } from '../../kit/screen.js';
import { click as clickAccounts, parts as accountParts, removeButton } from '../../kit/accounts.js';
import { mario, pecService } from '../../kit/fixtures.js';
import { click, forgetChanges, parts, settle } from '../../kit/renewal.js';
import type { ServicesTab } from '../../kit/services-tab.js';
import { until } from '../../kit/wait.js';

const tabOf = (frame: HTMLIFrameElement) =>
  (frame.contentWindow as unknown as { servicesTab?: ServicesTab } | null)?.servicesTab;

/** Opens the Servizi page of `service` in another tab. */
async function openTab(service: Service): Promise<ServicesTab> {
  const url = new URL('/test/kit/services-tab.html', location.href);
  url.searchParams.set('service', JSON.stringify(service));
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display:inline-block;inline-size:390px;block-size:640px;border:0';
  frame.src = url.href;
  document.body.append(frame);
  await until(() => tabOf(frame)?.control.hasUpdated === true, 'the tab has loaded');
  const tab = tabOf(frame)!;
  await settle(tab.control);
  await tab.accounts.updateComplete;
  return tab;
}

/** Disattiva, in the tab's control: the confirmation is open. */
async function openOff(tab: ServicesTab): Promise<HTMLButtonElement> {
  await click(parts(tab.control).button!);
  await until(() => parts(tab.control).dialog?.open === true, 'the dialog opens');
  await settle(tab.control);
  return parts(tab.control).confirm!;
}

describe('<auto-renewal-control> and <paypal-accounts> across tabs', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    forgetChanges();
  });

  it('sends exactly one request for 100 rapid Disattiva rinnovo in two tabs; the other tab shows the outcome', async () => {
    const service = pecService();
    const [a, b] = [await openTab(service), await openTab(service)];
    const [confirmA, confirmB] = [await openOff(a), await openOff(b)];
    await Promise.all([click(confirmA), click(confirmB)]);
    for (let i = 0; i < 49; i++) {
      confirmA.click();
      confirmB.click();
    }
    const sent = () => a.changes.requests.length + b.changes.requests.length;
    await until(() => sent() > 0, 'a request');
    const [sender, other] = a.changes.requests.length ? [a, b] : [b, a];
    await until(() => parts(other.control).notice !== null, 'the other tab says so');
    expect(text(parts(other.control).notice)).to.equal(
      'Una modifica è in corso in un’altra finestra o scheda: l’esito comparirà anche qui.',
    );
    await settle(sender.control);
    expect(sent(), 'requests for 100 activations').to.equal(1);
    await click(parts(other.control).cancel!);
    await settle(other.control);
    expect(text(parts(other.control).busy)).to.equal('Modifica del rinnovo automatico in corso…');
    expect(parts(other.control).button).to.be.null;

    sender.changes.pending[0]!.resolve({ status: 'completed' });
    await until(
      () => text(parts(other.control).state) === 'Rinnovo automatico non attivo',
      'the other tab shows the outcome',
    );
    expect(text(parts(other.control).button)).to.equal('Attiva');
    expect(sent()).to.equal(1);
  });

  it('re-sends the same requestId from another tab after an unknown outcome', async () => {
    const service = pecService();
    const [a, b] = [await openTab(service), await openTab(service)];
    await click(await openOff(a));
    await until(() => a.changes.requests.length === 1, 'the request');
    a.changes.pending[0]!.reject(new Error('Servizio non disponibile'));
    await until(() => parts(a.control).retry !== null, 'Riprova');
    // Nothing is in flight any more: the other tab offers Disattiva again.
    await until(() => parts(b.control).button !== null, 'Disattiva in the other tab');
    await click(await openOff(b));
    await until(() => b.changes.requests.length === 1, 'the request from the other tab');
    expect(b.changes.requests[0]!.detail.requestId).to.equal(
      a.changes.requests[0]!.detail.requestId,
    );
  });

  it('removes an account in one tab and the other tab’s list follows, without a request', async () => {
    const service = pecService();
    const [a, b] = [await openTab(service), await openTab(service)];
    await clickAccounts(removeButton(a.accounts, mario.email));
    await until(() => accountParts(a.accounts).dialog?.open === true, 'the dialog opens');
    await a.accounts.updateComplete;
    await clickAccounts(accountParts(a.accounts).confirm!);
    await until(() => a.removals.requests.length === 1, 'the removal');
    await until(() => accountParts(b.accounts).busy !== null, 'the other tab shows it');
    expect(text(accountParts(b.accounts).busy)).to.equal('Rimozione dell’account PayPal in corso…');
    a.removals.pending[0]!.resolve({ status: 'completed' });
    await until(() => accountParts(b.accounts).emails.length === 1, 'gone in the other tab');
    expect(b.removals.requests).to.have.length(0);
  });
});
