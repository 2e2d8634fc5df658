import { expect } from '@open-wc/testing';
import {
  PaymentRegistry,
  RECORD_LIFETIME,
  RECORD_PREFIX,
  type PaymentRecord,
  type PaymentRecordInput,
} from '../../src/internal/payment-registry.js';
import { mario, uniqueId } from '../kit/fixtures.js';

const orderId = () => uniqueId('REG');

const attempt = (id: string, over: Partial<PaymentRecordInput> = {}): PaymentRecordInput => ({
  orderId: id,
  requestId: `req-${id}`,
  state: 'in-flight',
  account: mario,
  ...over,
});

/** A second tab of the origin: its own registry over the same storage, locks and channel. */
const otherTab = () => new PaymentRegistry({ tab: 'other-tab' });

/** Resolves on the next call of the listener subscribed for `id`. */
function nextChange(registry: PaymentRegistry, id: string): Promise<PaymentRecord | undefined> {
  return new Promise((resolve) => {
    const stop = registry.subscribe(id, (record) => {
      stop();
      resolve(record);
    });
  });
}

describe('PaymentRegistry', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(RECORD_PREFIX)) localStorage.removeItem(key);
  });

  describe('records', () => {
    it('shares a record with every tab of the origin, and forgets it in every tab', () => {
      const here = new PaymentRegistry({ tab: 'this-tab' });
      const id = orderId();
      const written = here.set(attempt(id));
      expect(written).to.include({ tab: 'this-tab', state: 'in-flight' });
      expect(otherTab().get(id)).to.deep.equal(written);
      otherTab().clear(id);
      expect(here.get(id)).to.be.undefined;
    });

    it('keeps each state for its lifetime, then forgets it', () => {
      let now = 1_000_000;
      const registry = new PaymentRegistry({ now: () => now });
      const id = orderId();
      registry.set(attempt(id, { state: 'paid', result: { status: 'completed' } }));
      now += RECORD_LIFETIME.paid - 1;
      expect(registry.get(id)?.state).to.equal('paid');
      now += 1;
      expect(registry.get(id)).to.be.undefined;
      expect(localStorage.getItem(RECORD_PREFIX + id)).to.be.null;
    });

    it('ignores and removes a malformed record', () => {
      const id = orderId();
      localStorage.setItem(RECORD_PREFIX + id, '{"orderId":');
      expect(new PaymentRegistry().get(id)).to.be.undefined;
      localStorage.setItem(RECORD_PREFIX + id, JSON.stringify({ orderId: id, state: 'paid' }));
      expect(new PaymentRegistry().get(id)).to.be.undefined;
      expect(localStorage.getItem(RECORD_PREFIX + id)).to.be.null;
    });

    it('keeps to the page without storage, locks or channel, and says so', () => {
      const registry = new PaymentRegistry({ storage: null, locks: null, channel: null });
      expect(registry).to.have.property('shared', false);
      const id = orderId();
      registry.set(attempt(id));
      expect(registry.get(id)?.requestId).to.equal(`req-${id}`);
      expect(localStorage.getItem(RECORD_PREFIX + id)).to.be.null;
      expect(new PaymentRegistry()).to.have.property('shared', true);
    });
  });

  describe('changes', () => {
    it('tells the other tabs when a record changes', async () => {
      const id = orderId();
      const there = otherTab();
      const seen = nextChange(there, id);
      new PaymentRegistry().set(attempt(id, { state: 'paid' }));
      expect((await seen)?.state).to.equal('paid');
    });

    it('tells this page at once, and stops telling an unsubscribed listener', () => {
      const registry = new PaymentRegistry();
      const id = orderId();
      const seen: Array<string | undefined> = [];
      const stop = registry.subscribe(id, (record) => seen.push(record?.state));
      registry.set(attempt(id));
      registry.clear(id);
      stop();
      registry.set(attempt(id));
      expect(seen).to.deep.equal(['in-flight', undefined]);
    });
  });

  describe('the lock', () => {
    const host = () => document.createElement('div');

    it('lets one tab hold an order at a time, and the next one after release', async () => {
      const id = orderId();
      const here = new PaymentRegistry();
      const there = otherTab();
      const first = await here.hold(id, host());
      expect(first, 'the first hold').to.exist;
      expect(await there.hold(id, host()), 'another tab').to.be.undefined;
      expect(await here.hold(id, host()), 'another element of this page').to.be.undefined;
      expect(await there.busy(id), 'busy, seen from another tab').to.be.true;
      first!.release();
      await first!.released;
      const second = await there.hold(id, host());
      expect(second, 'after release').to.exist;
      second!.release();
    });

    it('gives exactly one of many simultaneous holds', async () => {
      const id = orderId();
      const registries = [new PaymentRegistry(), otherTab(), new PaymentRegistry()];
      const holds = await Promise.all(
        Array.from({ length: 30 }, (_, i) => registries[i % 3]!.hold(id, host())),
      );
      expect(holds.filter(Boolean)).to.have.length(1);
      holds.find(Boolean)!.release();
    });

    it('locks within the page when the Web Locks API is missing', async () => {
      const id = orderId();
      const registry = new PaymentRegistry({ locks: null });
      const first = await registry.hold(id, host());
      expect(await registry.hold(id, host())).to.be.undefined;
      first!.release();
      expect(await registry.hold(id, host())).to.exist;
    });

    it('turns an in-flight attempt nobody sends any more into an unknown outcome', async () => {
      const id = orderId();
      const registry = new PaymentRegistry({ tab: 'reloaded-tab' });
      registry.set(attempt(id));
      const settled = await registry.settled(id);
      expect(settled).to.include({ state: 'unknown', requestId: `req-${id}`, tab: 'reloaded-tab' });
    });

    it('leaves an in-flight attempt alone while a tab sends it', async () => {
      const id = orderId();
      const sender = otherTab();
      const hold = await sender.hold(id, host());
      sender.set(attempt(id));
      expect((await new PaymentRegistry().settled(id))?.state).to.equal('in-flight');
      hold!.release();
    });

    it('forgets a new PayPal account nobody approved (nothing was charged)', async () => {
      const id = orderId();
      const registry = new PaymentRegistry();
      registry.set(attempt(id, { account: 'new', paypal: { orderId: 'P-1', approved: false } }));
      expect(await registry.settled(id)).to.be.undefined;
      registry.set(attempt(id, { account: 'new', paypal: { orderId: 'P-1', approved: true } }));
      expect((await registry.settled(id))?.state).to.equal('unknown');
    });
  });

  describe('elements of the page', () => {
    it('dispatches from the element in use, else another of the order, else the document', async () => {
      const registry = new PaymentRegistry();
      const id = orderId();
      const first = document.body.appendChild(document.createElement('div'));
      const second = document.body.appendChild(document.createElement('div'));
      registry.attach(id, first);
      registry.attach(id, second);
      expect(registry.target(id, first)).to.equal(first);
      const hold = await registry.hold(id, first);
      first.remove();
      expect(registry.target(id, first)).to.equal(second);
      registry.handOver(id, second);
      expect(registry.holder(id)).to.equal(second);
      second.remove();
      expect(registry.target(id, first)).to.equal(document);
      hold!.release();
    });

    it('lets one element per page take up an interrupted attempt', () => {
      const registry = new PaymentRegistry();
      const id = orderId();
      const claims = [registry.claimResume(id), registry.claimResume(id)];
      expect(claims, 'the first claim, then the second').to.deep.equal([true, false]);
    });
  });
});
