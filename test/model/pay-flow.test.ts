import { expect } from '@open-wc/testing';
import {
  canClose,
  initialPayFlow,
  payFlow,
  type PayFlowEvent,
  type PayFlowState,
} from '../../src/model/pay-flow.js';
import type { PayPalAccount } from '../../src/model/paypal-account.js';
import { anna, mario } from '../kit/fixtures.js';

const accounts = [mario, anna];
const approval = { paypalOrderId: 'PAYPAL-1', payerId: 'PAYER-1' };

/** One instance of every event, so that every state meets every event. */
const every: Record<PayFlowEvent['type'], PayFlowEvent> = {
  open: { type: 'open', accounts },
  'accounts-loaded': { type: 'accounts-loaded', accounts },
  'accounts-failed': { type: 'accounts-failed', error: { code: 'timeout' } },
  'retry-accounts': { type: 'retry-accounts' },
  choose: { type: 'choose', choice: anna },
  'choose-method': { type: 'choose-method', method: 'card' },
  proceed: { type: 'proceed' },
  back: { type: 'back' },
  confirm: { type: 'confirm', requestId: 'req-new' },
  resume: { type: 'resume', accounts, choice: mario, requestId: 'req-old', phase: 'check' },
  elsewhere: { type: 'elsewhere' },
  busy: { type: 'busy' },
  released: { type: 'released' },
  paypal: { type: 'paypal', readiness: 'unreachable' },
  'paypal-approved': { type: 'paypal-approved', approval },
  'paypal-cancelled': { type: 'paypal-cancelled' },
  settled: { type: 'settled', result: { status: 'completed', paymentId: 'PAY-9' }, requestId: 'r' },
  failed: { type: 'failed', error: { code: 'timeout' }, outcome: 'unknown', retryable: true },
  retry: { type: 'retry' },
  close: { type: 'close' },
};

const run = (state: PayFlowState, ...events: PayFlowEvent[]) => events.reduce(payFlow, state);

const toReview = (choice: PayPalAccount | 'new' = mario): PayFlowEvent[] => [
  { type: 'open', accounts },
  { type: 'choose', choice },
  { type: 'proceed' },
];
const reviewingNew = run(
  initialPayFlow,
  { type: 'paypal', readiness: 'ready' },
  ...toReview('new'),
);
const authorizing = run(initialPayFlow, ...toReview(), { type: 'confirm', requestId: 'req-1' });
const timedOut = run(authorizing, {
  type: 'failed',
  error: { code: 'timeout' },
  outcome: 'unknown',
  retryable: true,
});
const declined = run(authorizing, {
  type: 'failed',
  error: { code: 'declined', message: 'Saldo insufficiente' },
  outcome: 'declined',
  retryable: true,
});

/** One representative of every state, reached through the reducer itself. */
const states = {
  idle: initialPayFlow,
  'loading-accounts': run(initialPayFlow, { type: 'open' }),
  'accounts-failed': run(
    initialPayFlow,
    { type: 'open' },
    { type: 'accounts-failed', error: { code: 'no-handler' } },
  ),
  choosing: run(initialPayFlow, { type: 'open', accounts }),
  reviewing: run(initialPayFlow, ...toReview()),
  'reviewing (new account)': reviewingNew,
  authorizing,
  'authorizing (PayPal window)': run(reviewingNew, { type: 'confirm', requestId: 'req-2' }),
  elsewhere: run(initialPayFlow, ...toReview(), { type: 'elsewhere' }),
  succeeded: run(authorizing, every.settled),
  pending: run(authorizing, {
    type: 'settled',
    result: { status: 'pending' },
    requestId: 'req-1',
  }),
  'failed (outcome unknown)': timedOut,
  'failed (declined)': declined,
} satisfies Record<string, PayFlowState>;

type Name = keyof typeof states;
const anywhere = ['paypal'] as const;
const beforePaying = ['resume', 'elsewhere', 'settled', 'close', ...anywhere] as const;

/** The events each state reacts to; every other event must be a no-op. */
const handled: Record<Name, ReadonlyArray<PayFlowEvent['type']>> = {
  idle: ['open', 'resume', ...anywhere],
  'loading-accounts': ['accounts-loaded', 'accounts-failed', ...beforePaying],
  'accounts-failed': ['retry-accounts', ...beforePaying],
  choosing: ['choose', 'choose-method', ...beforePaying], // proceed needs a choice: below
  reviewing: ['back', 'confirm', ...beforePaying],
  'reviewing (new account)': ['back', 'confirm', ...beforePaying],
  authorizing: ['resume', 'busy', 'settled', 'failed', ...anywhere],
  'authorizing (PayPal window)': [
    'resume',
    'busy',
    'settled',
    'failed',
    'paypal-approved',
    'paypal-cancelled',
    ...anywhere,
  ],
  elsewhere: ['released', 'resume', 'settled', 'close', ...anywhere],
  succeeded: ['close', ...anywhere],
  pending: ['close', ...anywhere],
  // No Indietro while nobody knows whether the customer was charged.
  'failed (outcome unknown)': ['retry', ...beforePaying],
  'failed (declined)': ['back', 'retry', ...beforePaying],
};

describe('payFlow (the pay-later reducer)', () => {
  it('reaches every state with the expected step', () => {
    for (const [name, state] of Object.entries(states))
      expect(state.step, name).to.equal(name.split(' ')[0]);
  });

  describe('ignores every event that does not apply (returns the same object)', () => {
    for (const [name, state] of Object.entries(states) as Array<[Name, PayFlowState]>) {
      for (const event of Object.values(every)) {
        if (handled[name].includes(event.type)) continue;
        it(`${name} ignores ${event.type}`, () => {
          expect(payFlow(state, event)).to.equal(state);
        });
      }
      for (const type of handled[name]) {
        it(`${name} reacts to ${type}`, () => {
          expect(payFlow(state, every[type])).not.to.equal(state);
        });
      }
    }
  });

  describe('choosing and reviewing', () => {
    it('opens straight to the choice when the accounts are known', () => {
      expect(payFlow(initialPayFlow, { type: 'open', accounts })).to.deep.equal({
        step: 'choosing',
        paypal: 'idle',
        accounts,
        choice: undefined,
      });
    });

    it('asks for the accounts when they are not known', () => {
      expect(payFlow(initialPayFlow, { type: 'open' })).to.deep.equal({
        step: 'loading-accounts',
        paypal: 'idle',
      });
    });

    it('chooses a new account when none is registered', () => {
      const next = payFlow(initialPayFlow, { type: 'open', accounts: [] });
      expect(next).to.include({ step: 'choosing', choice: 'new' });
    });

    it('does not proceed without a choice', () => {
      expect(payFlow(states.choosing, { type: 'proceed' })).to.equal(states.choosing);
    });

    it('goes on to the summary only with PayPal among several methods', () => {
      const card = run(
        states.choosing,
        { type: 'choose', choice: mario },
        { type: 'choose-method', method: 'card' },
      );
      expect(card).to.include({ method: 'card' });
      expect(payFlow(card, { type: 'proceed' })).to.equal(card);
      const paypal = payFlow(card, { type: 'choose-method', method: 'paypal' });
      expect(payFlow(paypal, { type: 'proceed' })).to.include({ step: 'reviewing', choice: mario });
    });

    it('goes back to the choice keeping the account', () => {
      expect(payFlow(states.reviewing, { type: 'back' })).to.include({
        step: 'choosing',
        choice: mario,
      });
    });

    it('charges a registered account with the requestId it is given', () => {
      expect(authorizing).to.deep.equal({
        step: 'authorizing',
        paypal: 'idle',
        accounts,
        choice: mario,
        requestId: 'req-1',
      });
    });

    it('cannot be closed while a request is out, and can be closed otherwise', () => {
      const names = [
        'authorizing',
        'authorizing (PayPal window)',
        'choosing',
        'reviewing',
        'elsewhere',
        'succeeded',
      ] as const;
      expect(Object.fromEntries(names.map((name) => [name, canClose(states[name])]))).to.deep.equal(
        {
          authorizing: false,
          'authorizing (PayPal window)': false,
          choosing: true,
          reviewing: true,
          elsewhere: true,
          succeeded: true,
        },
      );
    });
  });

  describe('the key of an attempt', () => {
    it('re-sends the same requestId on Riprova while the outcome is unknown', () => {
      const again = run(timedOut, { type: 'retry' }, { type: 'confirm', requestId: 'req-other' });
      expect(again).to.include({ step: 'authorizing', requestId: 'req-1' });
    });

    it('gives a new requestId to the attempt after a decline', () => {
      const again = run(declined, { type: 'retry' }, { type: 'confirm', requestId: 'req-after' });
      expect(again).to.include({ step: 'authorizing', requestId: 'req-after' });
    });

    it('offers no other account while the outcome is unknown, and does after a decline', () => {
      expect(payFlow(timedOut, { type: 'back' })).to.equal(timedOut);
      expect(payFlow(declined, { type: 'back' })).to.include({ step: 'choosing', choice: mario });
    });

    it('keeps the key of a failure that charged nothing when the customer goes back', () => {
      const notSent = run(authorizing, {
        type: 'failed',
        error: { code: 'no-handler' },
        outcome: 'not-charged',
        retryable: true,
      });
      const again = run(
        notSent,
        { type: 'back' },
        { type: 'proceed' },
        { type: 'confirm', requestId: 'req-other' },
      );
      expect(again).to.include({ requestId: 'req-1' });
    });

    it('uses a new requestId for another account', () => {
      const notSent = run(authorizing, {
        type: 'failed',
        error: { code: 'no-handler' },
        outcome: 'not-charged',
        retryable: true,
      });
      const other = run(
        notSent,
        { type: 'back' },
        { type: 'choose', choice: anna },
        { type: 'proceed' },
        { type: 'confirm', requestId: 'req-anna' },
      );
      expect(other).to.include({ choice: anna, requestId: 'req-anna' });
    });

    it('checks an earlier attempt again with its own key and account', () => {
      const next = payFlow(initialPayFlow, {
        type: 'resume',
        accounts: [],
        choice: anna,
        requestId: 'req-old',
        phase: 'check',
      });
      expect(next).to.deep.equal({
        step: 'authorizing',
        paypal: 'idle',
        accounts: [],
        choice: anna,
        requestId: 'req-old',
        phase: 'check',
      });
    });
  });

  describe('a new PayPal account', () => {
    it('waits while PayPal loads and cannot be reached', () => {
      for (const readiness of ['loading', 'unreachable', 'idle'] as const) {
        const state = run(initialPayFlow, { type: 'paypal', readiness }, ...toReview('new'));
        expect(payFlow(state, { type: 'confirm', requestId: 'r' }), readiness).to.equal(state);
      }
    });

    it('fails without Riprova when the PayPal configuration is missing', () => {
      const state = run(
        initialPayFlow,
        { type: 'paypal', readiness: 'configuration' },
        ...toReview('new'),
        { type: 'confirm', requestId: 'req-c' },
      );
      expect(state).to.deep.include({
        step: 'failed',
        error: { code: 'paypal-config' },
        outcome: 'not-charged',
        retryable: false,
      });
    });

    it('opens PayPal, then captures the approval', () => {
      const window = states['authorizing (PayPal window)'];
      expect(window).to.include({ step: 'authorizing', phase: 'window', requestId: 'req-2' });
      expect(payFlow(window, { type: 'paypal-approved', approval })).to.deep.include({
        phase: 'capture',
        approval,
      });
    });

    it('captures again on Riprova after a failed capture, without PayPal', () => {
      const again = run(
        states['authorizing (PayPal window)'],
        { type: 'paypal-approved', approval },
        { type: 'failed', error: { code: 'timeout' }, outcome: 'unknown', retryable: true },
        { type: 'retry' },
        { type: 'confirm', requestId: 'req-other' },
      );
      expect(again).to.deep.include({
        step: 'authorizing',
        phase: 'capture',
        approval,
        requestId: 'req-2',
      });
    });

    it('goes back to the summary with a notice when PayPal is closed, keeping the key', () => {
      const cancelled = payFlow(states['authorizing (PayPal window)'], {
        type: 'paypal-cancelled',
      });
      expect(cancelled).to.include({ step: 'reviewing', notice: 'paypal-cancelled' });
      expect(payFlow(cancelled, { type: 'confirm', requestId: 'req-x' })).to.include({
        phase: 'window',
        requestId: 'req-2',
      });
    });

    it('keeps PayPal loaded across a closed dialog', () => {
      const closed = run(reviewingNew, { type: 'close' });
      expect(closed).to.deep.equal({ step: 'idle', paypal: 'ready' });
    });
  });

  describe('outcomes', () => {
    it('shows a completed payment as succeeded and a pending one as pending', () => {
      expect(states.succeeded).to.deep.equal({
        step: 'succeeded',
        paypal: 'idle',
        choice: mario,
        result: { status: 'completed', paymentId: 'PAY-9' },
        requestId: 'r',
      });
      expect(states.pending).to.include({ step: 'pending' });
    });

    it('waits for another tab or element, and shows its payment', () => {
      expect(states.elsewhere).to.deep.equal({
        step: 'elsewhere',
        paypal: 'idle',
        accounts,
        choice: mario,
      });
      expect(payFlow(states.elsewhere, every.settled)).to.include({ step: 'succeeded' });
    });

    it('offers the choice again with a notice when the payment elsewhere did not go through', () => {
      expect(payFlow(states.elsewhere, { type: 'released' })).to.deep.include({
        step: 'choosing',
        choice: mario,
        notice: 'released',
      });
      const fromLoading = run(initialPayFlow, { type: 'open' }, { type: 'elsewhere' });
      expect(payFlow(fromLoading, { type: 'released' })).to.include({
        step: 'loading-accounts',
      });
    });

    it('waits when its own confirmation finds the order locked by another tab', () => {
      expect(payFlow(authorizing, { type: 'busy' })).to.include({
        step: 'elsewhere',
        choice: mario,
      });
    });

    it('closes from every step but authorising', () => {
      for (const [name, state] of Object.entries(states) as Array<[Name, PayFlowState]>) {
        const closed = payFlow(state, { type: 'close' });
        if (state.step === 'authorizing' || state.step === 'idle')
          expect(closed, name).to.equal(state);
        else expect(closed, name).to.deep.equal({ step: 'idle', paypal: state.paypal });
      }
    });
  });
});
