import { expect } from '@open-wc/testing';
import {
  initialPayFlow,
  payFlow,
  type PayFlowEvent,
  type PayFlowState,
  type PayFlowStep,
} from '../../src/model/pay-flow.js';
import type { PayPalAccount } from '../../src/model/paypal-account.js';

const mario: PayPalAccount = { id: 'pp-1', email: 'mario.rossi@example.it' };
const anna: PayPalAccount = { id: 'pp-2', email: 'anna.bianchi@example.it', label: 'Ufficio' };
const accounts = [mario, anna];

/** One instance of every event, so that every state meets every event. */
const every: Record<PayFlowEvent['type'], PayFlowEvent> = {
  open: { type: 'open', accounts },
  'accounts-loaded': { type: 'accounts-loaded', accounts },
  'accounts-failed': { type: 'accounts-failed', error: { code: 'timeout' } },
  'retry-accounts': { type: 'retry-accounts' },
  choose: { type: 'choose', choice: anna },
  proceed: { type: 'proceed' },
  back: { type: 'back' },
  confirm: { type: 'confirm', requestId: 'req-new' },
  authorized: { type: 'authorized', result: { paymentId: 'PAY-1' } },
  'authorization-failed': {
    type: 'authorization-failed',
    error: { code: 'rejected', message: 'Fondi insufficienti' },
    retryable: true,
  },
  retry: { type: 'retry' },
  'paypal-cancelled': { type: 'paypal-cancelled' },
  'paypal-approved': { type: 'paypal-approved' },
  resume: { type: 'resume', accounts, requestId: 'req-resumed', paypal: 'capture' },
  close: { type: 'close' },
};

const run = (state: PayFlowState, ...events: PayFlowEvent[]) => events.reduce(payFlow, state);

/** One representative of every state, reached through the reducer itself. */
const states: Record<PayFlowStep | 'idle-paid', PayFlowState> = {
  idle: initialPayFlow,
  'loading-accounts': run(initialPayFlow, { type: 'open' }),
  'accounts-failed': run(
    initialPayFlow,
    { type: 'open' },
    { type: 'accounts-failed', error: { code: 'no-handler' } },
  ),
  choosing: run(initialPayFlow, { type: 'open', accounts }),
  reviewing: run(
    initialPayFlow,
    { type: 'open', accounts },
    { type: 'choose', choice: mario },
    { type: 'proceed' },
  ),
  authorizing: run(
    initialPayFlow,
    { type: 'open', accounts },
    { type: 'choose', choice: mario },
    { type: 'proceed' },
    { type: 'confirm', requestId: 'req-1' },
  ),
  succeeded: run(
    initialPayFlow,
    { type: 'open', accounts },
    { type: 'choose', choice: mario },
    { type: 'proceed' },
    { type: 'confirm', requestId: 'req-1' },
    { type: 'authorized', result: { paymentId: 'PAY-1', renewalActivated: true } },
  ),
  failed: run(
    initialPayFlow,
    { type: 'open', accounts },
    { type: 'choose', choice: mario },
    { type: 'proceed' },
    { type: 'confirm', requestId: 'req-1' },
    { type: 'authorization-failed', error: { code: 'timeout' }, retryable: true },
  ),
  'idle-paid': run(
    initialPayFlow,
    { type: 'open', accounts },
    { type: 'choose', choice: mario },
    { type: 'proceed' },
    { type: 'confirm', requestId: 'req-1' },
    { type: 'authorized', result: {} },
    { type: 'close' },
  ),
};

/** The events each state reacts to; every other event must be a no-op. */
const handled: Record<keyof typeof states, ReadonlyArray<PayFlowEvent['type']>> = {
  idle: ['open', 'resume'],
  'idle-paid': [],
  'loading-accounts': ['accounts-loaded', 'accounts-failed', 'close'],
  'accounts-failed': ['retry-accounts', 'close'],
  choosing: ['choose', 'close'], // proceed needs a choice: tested below
  reviewing: ['back', 'confirm', 'close'],
  authorizing: ['authorized', 'authorization-failed', 'paypal-cancelled'],
  succeeded: ['close'],
  failed: ['back', 'retry', 'close'],
};

describe('payFlow (the pay-later reducer)', () => {
  it('reaches every state with the expected step', () => {
    for (const [name, state] of Object.entries(states))
      expect(state.step).to.equal(name === 'idle-paid' ? 'idle' : name);
  });

  describe('ignores every event that does not apply (returns the same object)', () => {
    for (const [name, state] of Object.entries(states) as Array<
      [keyof typeof states, PayFlowState]
    >) {
      for (const event of Object.values(every)) {
        if (handled[name].includes(event.type)) continue;
        it(`${name} ignores ${event.type}`, () => {
          expect(payFlow(state, event) === state).to.equal(true);
        });
      }
      for (const type of handled[name]) {
        it(`${name} reacts to ${type}`, () => {
          expect(payFlow(state, every[type]) === state).to.equal(false);
        });
      }
    }
  });

  describe('idle', () => {
    it('opens straight to the choice when the accounts are known', () => {
      const next = payFlow(initialPayFlow, { type: 'open', accounts });
      expect(next).to.deep.equal({ step: 'choosing', accounts, choice: undefined });
    });

    it('asks for the accounts when they are not known', () => {
      expect(payFlow(initialPayFlow, { type: 'open' })).to.deep.equal({
        step: 'loading-accounts',
      });
    });

    it('chooses a new account when none is registered', () => {
      const next = payFlow(initialPayFlow, { type: 'open', accounts: [] });
      expect(next.step === 'choosing' && next.choice).to.equal('new');
    });

    it('cannot start a new attempt after a success', () => {
      const paid = states['idle-paid'];
      expect(paid).to.deep.equal({ step: 'idle', paid: true });
      expect(payFlow(paid, { type: 'open', accounts }) === paid).to.equal(true);
      expect(payFlow(paid, { type: 'open' }) === paid).to.equal(true);
    });
  });

  describe('loading-accounts and accounts-failed', () => {
    it('goes to the choice once the accounts arrive', () => {
      const next = payFlow(states['loading-accounts'], { type: 'accounts-loaded', accounts });
      expect(next).to.deep.equal({ step: 'choosing', accounts, choice: undefined });
    });

    it('keeps the error of a failed load', () => {
      const next = payFlow(states['loading-accounts'], {
        type: 'accounts-failed',
        error: { code: 'rejected', message: 'Servizio non disponibile' },
      });
      expect(next).to.deep.equal({
        step: 'accounts-failed',
        error: { code: 'rejected', message: 'Servizio non disponibile' },
      });
    });

    it('loads again on Riprova', () => {
      expect(payFlow(states['accounts-failed'], { type: 'retry-accounts' })).to.deep.equal({
        step: 'loading-accounts',
      });
    });

    it('closes to idle from both', () => {
      expect(payFlow(states['loading-accounts'], { type: 'close' })).to.deep.equal(initialPayFlow);
      expect(payFlow(states['accounts-failed'], { type: 'close' })).to.deep.equal(initialPayFlow);
    });
  });

  describe('choosing', () => {
    it('records the choice, a registered account or a new one', () => {
      const chosen = payFlow(states.choosing, { type: 'choose', choice: anna });
      expect(chosen.step === 'choosing' && chosen.choice).to.equal(anna);
      const fresh = payFlow(chosen, { type: 'choose', choice: 'new' });
      expect(fresh.step === 'choosing' && fresh.choice).to.equal('new');
    });

    it('ignores choosing the same account again', () => {
      const chosen = payFlow(states.choosing, { type: 'choose', choice: anna });
      expect(payFlow(chosen, { type: 'choose', choice: { ...anna } }) === chosen).to.equal(true);
    });

    it('does not proceed without a choice', () => {
      expect(payFlow(states.choosing, { type: 'proceed' }) === states.choosing).to.equal(true);
    });

    it('proceeds to the summary with the choice', () => {
      const next = run(states.choosing, { type: 'choose', choice: 'new' }, { type: 'proceed' });
      expect(next).to.deep.equal({ step: 'reviewing', accounts, choice: 'new' });
    });

    it('closes to idle', () => {
      expect(payFlow(states.choosing, { type: 'close' })).to.deep.equal(initialPayFlow);
    });
  });

  describe('reviewing', () => {
    it('goes back to the choice, keeping it', () => {
      const next = payFlow(states.reviewing, { type: 'back' });
      expect(next).to.deep.equal({ step: 'choosing', accounts, choice: mario });
    });

    it('authorises with the requestId the caller generated', () => {
      const next = payFlow(states.reviewing, { type: 'confirm', requestId: 'req-9' });
      expect(next).to.deep.equal({
        step: 'authorizing',
        accounts,
        choice: mario,
        requestId: 'req-9',
      });
    });

    it('closes to idle', () => {
      expect(payFlow(states.reviewing, { type: 'close' })).to.deep.equal(initialPayFlow);
    });
  });

  describe('authorizing (one request in flight)', () => {
    it('ignores a second confirm, back, retry and close', () => {
      const state = states.authorizing;
      for (const type of ['confirm', 'back', 'retry', 'close', 'proceed', 'open'] as const)
        expect(payFlow(state, every[type]) === state).to.equal(true);
    });

    it('succeeds with the result and the requestId', () => {
      const next = payFlow(states.authorizing, {
        type: 'authorized',
        result: { paymentId: 'PAY-7' },
      });
      expect(next).to.deep.equal({
        step: 'succeeded',
        choice: mario,
        result: { paymentId: 'PAY-7' },
        requestId: 'req-1',
      });
    });

    it('fails with the error, the requestId and whether a retry makes sense', () => {
      const next = payFlow(states.authorizing, {
        type: 'authorization-failed',
        error: { code: 'paypal-config' },
        retryable: false,
      });
      expect(next).to.deep.equal({
        step: 'failed',
        accounts,
        choice: mario,
        requestId: 'req-1',
        error: { code: 'paypal-config' },
        retryable: false,
      });
    });

    it('returns to the summary with a notice when the PayPal window is closed', () => {
      const next = payFlow(states.authorizing, { type: 'paypal-cancelled' });
      expect(next).to.deep.equal({
        step: 'reviewing',
        accounts,
        choice: mario,
        attempt: { requestId: 'req-1', key: 'account:pp-1' },
        notice: 'paypal-cancelled',
      });
      // The same attempt, the same requestId.
      const again = payFlow(next, { type: 'confirm', requestId: 'req-2' });
      expect(again.step === 'authorizing' && again.requestId).to.equal('req-1');
    });
  });

  describe('failed', () => {
    it('retries through the summary with the same requestId', () => {
      const retried = payFlow(states.failed, { type: 'retry' });
      expect(retried.step).to.equal('reviewing');
      const again = payFlow(retried, { type: 'confirm', requestId: 'req-other' });
      expect(again.step === 'authorizing' && again.requestId).to.equal('req-1');
    });

    it('refuses Riprova when the failure is not retryable', () => {
      const failed = run(states.authorizing, {
        type: 'authorization-failed',
        error: { code: 'paypal-config' },
        retryable: false,
      });
      expect(payFlow(failed, { type: 'retry' }) === failed).to.equal(true);
    });

    it('goes back to the choice, keeping the requestId for the same account', () => {
      const back = payFlow(states.failed, { type: 'back' });
      expect(back.step === 'choosing' && back.choice).to.equal(mario);
      const again = run(back, { type: 'proceed' }, { type: 'confirm', requestId: 'req-2' });
      expect(again.step === 'authorizing' && again.requestId).to.equal('req-1');
    });

    it('uses a new requestId when the account changed', () => {
      const again = run(
        states.failed,
        { type: 'back' },
        { type: 'choose', choice: anna },
        { type: 'proceed' },
        { type: 'confirm', requestId: 'req-2' },
      );
      expect(again.step === 'authorizing' && again.requestId).to.equal('req-2');
      expect(again.step === 'authorizing' && again.choice).to.equal(anna);
    });

    it('keeps the requestId when the customer goes back and picks the same account again', () => {
      const again = run(
        states.failed,
        { type: 'back' },
        { type: 'choose', choice: anna },
        { type: 'choose', choice: mario },
        { type: 'proceed' },
        { type: 'confirm', requestId: 'req-3' },
      );
      expect(again.step === 'authorizing' && again.requestId).to.equal('req-1');
    });

    it('closes to idle, not paid', () => {
      expect(payFlow(states.failed, { type: 'close' })).to.deep.equal(initialPayFlow);
    });
  });

  describe('succeeded', () => {
    it('closes to a paid idle that no event leaves', () => {
      const paid = payFlow(states.succeeded, { type: 'close' });
      expect(paid).to.deep.equal({ step: 'idle', paid: true });
      for (const event of Object.values(every))
        expect(payFlow(paid, event) === paid).to.equal(true);
    });
  });
  describe('a new PayPal account', () => {
    const reviewingNew = run(initialPayFlow, { type: 'open', accounts: [] }, { type: 'proceed' });

    it("starts in PayPal's window, then captures on approval", () => {
      const waiting = payFlow(reviewingNew, { type: 'confirm', requestId: 'req-n' });
      expect(waiting.step === 'authorizing' && waiting.paypal).to.equal('window');
      const capturing = payFlow(waiting, { type: 'paypal-approved' });
      expect(capturing.step === 'authorizing' && capturing.paypal).to.equal('capture');
      expect(capturing.step === 'authorizing' && capturing.requestId).to.equal('req-n');
      // Approved twice is nothing new; closing PayPal after the approval is no cancel.
      expect(payFlow(capturing, { type: 'paypal-approved' }) === capturing).to.equal(true);
      expect(payFlow(capturing, { type: 'paypal-cancelled' }) === capturing).to.equal(true);
      const done = payFlow(capturing, {
        type: 'authorized',
        result: { paymentId: 'PAY-N', account: mario },
      });
      expect(done.step === 'succeeded' && done.result.account?.email).to.equal(mario.email);
    });

    it('starts straight at the capture when PayPal approved already (Riprova after a capture failure)', () => {
      const capturing = payFlow(reviewingNew, {
        type: 'confirm',
        requestId: 'req-n',
        paypal: 'capture',
      });
      expect(capturing.step === 'authorizing' && capturing.paypal).to.equal('capture');
    });

    it("goes back to the summary, same requestId, when PayPal's window is closed", () => {
      const waiting = payFlow(reviewingNew, { type: 'confirm', requestId: 'req-n' });
      const back = payFlow(waiting, { type: 'paypal-cancelled' });
      expect(back.step === 'reviewing' && back.notice).to.equal('paypal-cancelled');
      const again = payFlow(back, { type: 'confirm', requestId: 'req-other' });
      expect(again.step === 'authorizing' && again.requestId).to.equal('req-n');
    });

    it('registered accounts have no PayPal phase', () => {
      expect(states.authorizing.step === 'authorizing' && states.authorizing.paypal).to.equal(
        undefined,
      );
    });

    it('resumes from idle (return from PayPal, reload during a capture), never when paid', () => {
      const resumed = payFlow(initialPayFlow, {
        type: 'resume',
        accounts: [],
        requestId: 'req-r',
        paypal: 'window',
      });
      expect(resumed).to.deep.equal({
        step: 'authorizing',
        accounts: [],
        choice: 'new',
        requestId: 'req-r',
        paypal: 'window',
      });
      expect(payFlow(resumed, { type: 'close' }) === resumed).to.equal(true);
      const paid = { step: 'idle', paid: true } as const;
      expect(
        payFlow(paid, { type: 'resume', accounts: [], requestId: 'x', paypal: 'capture' }) === paid,
      ).to.equal(true);
    });
  });
});
