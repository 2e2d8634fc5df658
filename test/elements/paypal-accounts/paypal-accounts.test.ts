import { expect, fixture, html } from '@open-wc/testing';
import type { PayPalAccounts } from '../../../src/elements/paypal-accounts/paypal-accounts.js';
import { installPayPalSimulator, type PayPalSimulator } from '../../../src/testing.js';
import { captureConsole } from '../../kit/console.js';
import { describeNode, text } from '../../kit/screen.js';
import { focused, press } from '../../kit/user.js';
import {
  accountsList,
  click,
  openRemoval,
  parts,
  removeButton,
  settle,
  untilPart,
} from '../../kit/accounts.js';
import { withFakeClock } from '../../kit/clock.js';
import { anna, conservazioneService, fresh, mario, pecService } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import { forgetChanges } from '../../kit/renewal.js';
import { until } from '../../kit/wait.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The element's own console.error calls while `run` runs. */
async function errorsOf(run: () => Promise<unknown>): Promise<string[]> {
  const errors = captureConsole('error');
  try {
    await run();
  } finally {
    errors.restore();
  }
  return errors.calls.map((call) => String(call[0]));
}

/** Live regions outside the dialog, and inside it. */
function liveRegions(el: PayPalAccounts): { page: number; dialog: number } {
  const all = [...el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]')];
  const dialog = all.filter((node) => node.closest('dialog'));
  return { page: all.length - dialog.length, dialog: dialog.length };
}

/** The words of the one live region outside the dialog. */
function announced(el: PayPalAccounts): string {
  const region = [...el.shadowRoot!.querySelectorAll('[role="status"]')].find(
    (node) => !node.closest('dialog'),
  );
  return text(region);
}

/** The PayPal simulator's configuration. */
const PAYPAL = { clientId: 'sim-client', environment: 'sandbox' };

/** PEC renews on Mario's account, Conservazione too; Anna's pays nothing. */
const twoOnMario = () => [
  pecService(),
  conservazioneService({
    renewal: { enabled: true, period: 'P1Y', account: mario },
  }),
];

describe('<paypal-accounts>', () => {
  afterEach(() => {
    host.reset();
    forgetChanges();
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible listing, confirming, removing, removed and refused (${lang})`, async () => {
        const { pending } = host.hold('paypal-account-remove');
        const el = await accountsList({ lang, services: [pecService()] });
        await expect(el).to.be.accessible();
        await openRemoval(el, mario.email);
        await expect(el).to.be.accessible();
        await click(parts(el).confirm!);
        await untilPart(el, 'progress');
        await expect(el).to.be.accessible();
        pending[0]!.resolve({ status: 'completed' });
        await untilPart(el, 'result');
        await expect(el).to.be.accessible();
        await click(parts(el).cancel!);
        await settle(el);
        await openRemoval(el, anna.email);
        await click(parts(el).confirm!);
        await until(() => pending.length === 2, 'the second removal');
        await errorsOf(async () => {
          pending[1]!.resolve({ status: 'declined', message: 'Account in uso' });
          await untilPart(el, 'error');
        });
        await expect(el).to.be.accessible();
      });

      it(`is accessible loading, failing to load, empty, and with invalid data (${lang})`, async () => {
        const { pending } = host.hold('paypal-accounts');
        const el = await accountsList({ lang, accounts: undefined });
        await untilPart(el, 'progress');
        await expect(el).to.be.accessible();
        await errorsOf(async () => {
          pending[0]!.reject(new Error('Servizio non disponibile'));
          await untilPart(el, 'retry');
        });
        await expect(el).to.be.accessible();
        await expect(await accountsList({ lang, accounts: [] })).to.be.accessible();
        let bad: PayPalAccounts | undefined;
        const errors = await errorsOf(async () => {
          bad = await accountsList({ lang, accounts: [{ id: 'x' }] as never });
        });
        expect(errors).to.have.length(1);
        await expect(bad).to.be.accessible();
      });
    }
  });

  describe('the list', () => {
    it('shows each account by e-mail and label, and which renewals use it', async () => {
      const el = await accountsList({
        accounts: [mario, { ...anna, label: 'Conto aziendale' }],
        services: twoOnMario(),
      });
      expect(text(parts(el).list!.closest('ul'))).to.equal(
        'mario.rossi@example.it Usato per il rinnovo automatico di PEC Standard — mario.rossi@pec.example.it e Conservazione a norma. Rimuovi anna.bianchi@example.it Conto aziendale Non usato per rinnovi automatici. Rimuovi',
      );
      expect(parts(el).list!.getAttribute('aria-label')).to.equal('Account PayPal registrati');
      expect(parts(el).removes.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
        'Rimuovi l’account PayPal mario.rossi@example.it',
        'Rimuovi l’account PayPal anna.bianchi@example.it',
      ]);
      expect(text(parts(el).add)).to.equal('Aggiungi account PayPal');
      expect(liveRegions(el)).to.deep.equal({ page: 1, dialog: 1 });
    });

    it('says when no account is registered', async () => {
      const el = await accountsList({ accounts: [] });
      expect(text(parts(el).empty)).to.equal('Non hai ancora registrato un account PayPal.');
      expect(parts(el).list).to.be.null;
      expect(parts(el).add).not.to.be.null;
    });

    it('a renewal that is off does not count as a use', async () => {
      const el = await accountsList({
        services: [pecService({ renewal: { enabled: false, period: 'P1Y', account: mario } })],
      });
      expect(text(parts(el).usages[0])).to.equal('Non usato per rinnovi automatici.');
    });

    it('asks the host with paypal-accounts when accounts is not set, with Riprova after a failure', async () => {
      const { requests, pending } = host.hold('paypal-accounts');
      const el = await accountsList({ accounts: undefined });
      await untilPart(el, 'progress');
      expect(text(parts(el).progress)).to.equal('Caricamento degli account PayPal…');
      expect(announced(el)).to.equal('Caricamento degli account PayPal…');
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail).to.deep.equal({});
      const errors = await errorsOf(async () => {
        pending[0]!.reject(new Error('servizio non disponibile'));
        await untilPart(el, 'retry');
      });
      expect(text(parts(el).error)).to.equal(
        'Non è stato possibile caricare gli account PayPal. servizio non disponibile.',
      );
      expect(announced(el)).to.equal(text(parts(el).error));
      expect(errors).to.deep.equal([
        '<paypal-accounts>: "paypal-accounts" was rejected: servizio non disponibile.',
      ]);
      await click(parts(el).retry!);
      await until(() => requests.length === 2, 'asked again');
      pending[1]!.resolve([anna]);
      await untilPart(el, 'list');
      expect(parts(el).emails.map((node) => text(node))).to.deep.equal([anna.email]);
    });

    it('accepts the accounts and the services as JSON attributes', async () => {
      const el = await fixture<PayPalAccounts>(html`
        <paypal-accounts
          lang="it"
          accounts=${JSON.stringify([mario])}
          services=${JSON.stringify([pecService()])}
        ></paypal-accounts>
      `);
      expect(text(parts(el).usages[0])).to.contain('PEC Standard');
    });

    it('dispatches nothing when the host sets or changes its data', async () => {
      const events = (
        [
          'paypal-account-remove',
          'paypal-account-removed',
          'paypal-setup-token',
          'paypal-account-added',
        ] as const
      ).map((type) => host.record(type));
      const el = await accountsList({ services: [pecService()] });
      el.accounts = [anna];
      el.services = [];
      await settle(el);
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0, 0]);
      expect(parts(el).emails.map((node) => text(node))).to.deep.equal([anna.email]);
    });

    it('speaks English', async () => {
      const el = await accountsList({ lang: 'en', services: [pecService()] });
      expect(text(parts(el).usages[0])).to.equal(
        'Used for the automatic renewal of PEC Standard — mario.rossi@pec.example.it.',
      );
      expect(text(parts(el).removes[0])).to.equal('Remove');
      expect(text(parts(el).add)).to.equal('Add PayPal account');
    });
  });

  describe('Rimuovi', () => {
    it('asks in a modal dialog naming the renewals that stop, focusing Annulla; Annulla sends nothing', async () => {
      const requests = host.record('paypal-account-remove');
      const el = await accountsList({ services: twoOnMario() });
      await openRemoval(el, mario.email);
      const { dialog } = parts(el);
      expect(dialog!.matches(':modal')).to.be.true;
      expect(
        text(el.shadowRoot!.getElementById(dialog!.getAttribute('aria-labelledby')!)),
      ).to.equal('Rimuovere l’account PayPal?');
      expect(text(dialog)).to.contain(
        'mario.rossi@example.it I rinnovi automatici di PEC Standard — mario.rossi@pec.example.it e Conservazione a norma usano questo account: se lo rimuovi, questi servizi non si rinnoveranno più automaticamente e scadranno ciascuno alla sua data.',
      );
      expect(text(parts(el).confirm)).to.equal('Rimuovi account');
      expect(focused()).to.equal(describeNode(parts(el).cancel));
      await press('Enter');
      await settle(el);
      expect(parts(el).dialog!.open).to.be.false;
      expect(focused()).to.equal(describeNode(removeButton(el, mario.email)));
      expect(requests).to.have.length(0);
    });

    it('says an unused account is only no longer offered, and closes on Escape', async () => {
      const el = await accountsList({ services: [pecService()] });
      await openRemoval(el, anna.email);
      expect(text(parts(el).dialog)).to.contain(
        'L’account non verrà più proposto per i pagamenti. Potrai registrarlo di nuovo in qualsiasi momento.',
      );
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.be.false;
      expect(focused()).to.equal(describeNode(removeButton(el, anna.email)));
    });

    it('works from the keyboard alone: Tab to Rimuovi, Enter, Tab to Rimuovi account, Enter', async () => {
      const requests = host.answer('paypal-account-remove', () => ({ status: 'completed' }));
      const el = await accountsList({ accounts: [anna] });
      removeButton(el, anna.email).focus();
      await press('Enter');
      await until(() => parts(el).dialog?.open === true, 'the dialog opens');
      await settle(el);
      await press('Tab');
      expect(focused()).to.equal(describeNode(parts(el).confirm));
      await press('Enter');
      await untilPart(el, 'result');
      expect(requests).to.have.length(1);
      expect(focused()).to.equal(describeNode(parts(el).result));
    });

    it('sends paypal-account-remove, shows progress, then the account gone and the renewals stopped', async () => {
      const services = twoOnMario();
      const { requests, pending } = host.hold('paypal-account-remove');
      const removed = host.record('paypal-account-removed');
      const el = await accountsList({ services });
      await openRemoval(el, mario.email);
      await click(parts(el).confirm!);
      await untilPart(el, 'progress');
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail.account).to.deep.equal(mario);
      expect(requests[0]!.detail.requestId).to.match(UUID);
      expect(requests[0]).to.include({ bubbles: true, composed: true });
      expect(text(parts(el).progress)).to.equal('Rimozione dell’account PayPal in corso…');
      expect(focused()).to.equal(describeNode(parts(el).progress));
      // While the request is out the dialog stays.
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.be.true;

      pending[0]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
      expect(text(parts(el).title)).to.equal('Account PayPal rimosso');
      expect(text(parts(el).result)).to.equal(
        'mario.rossi@example.it L’account non è più registrato per i pagamenti. I rinnovi automatici di PEC Standard — mario.rossi@pec.example.it e Conservazione a norma non sono più attivi.',
      );
      expect(removed).to.have.length(1);
      expect(removed[0]!.detail.account).to.deep.equal(mario);
      expect(removed[0]!.detail.services).to.deep.equal(services);
      expect(removed[0]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      await click(parts(el).cancel!);
      await settle(el);
      expect(parts(el).emails.map((node) => text(node))).to.deep.equal([anna.email]);
      // Its Rimuovi is gone: focus goes to the list.
      expect(focused()).to.equal(describeNode(parts(el).list));
    });

    it('still names the renewals that stopped when the host updates its services at once', async () => {
      host.answer('paypal-account-remove', () => ({ status: 'completed' }));
      const el = await accountsList({ services: [pecService()] });
      // The host's data follow the removal, as a real page does on paypal-account-removed.
      host.on('paypal-account-removed', () => {
        el.accounts = [anna];
        el.services = [];
      });
      await openRemoval(el, mario.email);
      await click(parts(el).confirm!);
      await untilPart(el, 'result');
      expect(text(parts(el).result)).to.contain(
        'Il rinnovo automatico di PEC Standard — mario.rossi@pec.example.it non è più attivo.',
      );
    });

    it('sends exactly one request for 100 rapid activations', async () => {
      const { requests, pending } = host.hold('paypal-account-remove');
      const el = await accountsList();
      await openRemoval(el, anna.email);
      const confirm = parts(el).confirm!;
      await click(confirm);
      for (let i = 0; i < 99; i++) confirm.click();
      await settle(el);
      expect(requests).to.have.length(1);
      pending[0]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
      expect(requests).to.have.length(1);
    });

    it('shows the host’s refusal in its words, with no Riprova, and keeps the account', async () => {
      const requests = host.answer('paypal-account-remove', () => ({
        status: 'declined',
        message: 'L’account paga un ordine in attesa di pagamento',
      }));
      const el = await accountsList({ services: [pecService()] });
      await openRemoval(el, mario.email);
      const errors = await errorsOf(async () => {
        await click(parts(el).confirm!);
        await untilPart(el, 'error');
      });
      expect(text(parts(el).title)).to.equal('Account PayPal non rimosso');
      expect(text(parts(el).error)).to.equal(
        'La richiesta non è stata accettata. L’account paga un ordine in attesa di pagamento.',
      );
      expect(parts(el).retry).to.be.null;
      expect(focused()).to.equal(describeNode(parts(el).cancel));
      expect(errors).to.deep.equal([
        '<paypal-accounts>: "paypal-account-remove" was declined: L’account paga un ordine in attesa di pagamento.',
      ]);
      await click(parts(el).cancel!);
      await settle(el);
      expect(parts(el).emails.map((node) => text(node))).to.deep.equal([mario.email, anna.email]);
      // A new attempt after a refusal gets a new requestId.
      await openRemoval(el, mario.email);
      await errorsOf(async () => {
        await click(parts(el).confirm!);
        await until(() => requests.length === 2, 'a new attempt');
        await untilPart(el, 'error');
      });
      expect(requests[1]!.detail.requestId).not.to.equal(requests[0]!.detail.requestId);
    });

    it('re-sends the same requestId on Riprova when the outcome is unknown (timeout)', async () => {
      const { requests, pending } = host.hold('paypal-account-remove');
      const el = await accountsList({ timeout: 20_000 });
      await openRemoval(el, anna.email);
      const errors = await withFakeClock((clock) =>
        errorsOf(async () => {
          await click(parts(el).confirm!);
          await until(() => requests.length === 1, 'the request');
          await clock.tickAsync(19_999);
          expect(parts(el).error).to.be.null;
          await clock.tickAsync(1);
          await untilPart(el, 'error');
        }),
      );
      expect(text(parts(el).title)).to.equal('Esito della modifica non confermato');
      expect(errors).to.deep.equal([
        '<paypal-accounts>: "paypal-account-remove" was not answered within request-timeout.',
      ]);
      expect(focused()).to.equal(describeNode(parts(el).retry));
      await click(parts(el).retry!);
      await until(() => requests.length === 2, 'Riprova');
      expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      pending[1]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
      expect(text(parts(el).title)).to.equal('Account PayPal rimosso');
    });

    it('says the page is not configured, naming the event to wire, when nothing answers', async () => {
      const el = await accountsList();
      await openRemoval(el, anna.email);
      const errors = await errorsOf(async () => {
        await click(parts(el).confirm!);
        await untilPart(el, 'error');
      });
      expect(text(parts(el).error)).to.equal(
        'La gestione degli account PayPal non è configurata in questa pagina.',
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('nothing answered "paypal-account-remove"');
    });
  });

  describe('Aggiungi account PayPal, without a payment', () => {
    let simulator: PayPalSimulator;
    beforeEach(() => {
      simulator = installPayPalSimulator({ autoPlay: true, delay: 0 });
    });
    afterEach(() => simulator.uninstall());

    it('asks for a setup token, opens PayPal’s save session, sends paypal-save and lists the account', async () => {
      const tokens = host.answer('paypal-setup-token', () => ({ id: 'SETUP-1' }));
      const saves = host.answer('paypal-save', () => ({ status: 'completed', account: fresh }));
      const added = host.record('paypal-account-added');
      const el = await accountsList(PAYPAL);
      await until(() => parts(el).add!.getAttribute('aria-disabled') === 'false', 'PayPal ready');
      expect(text(el.shadowRoot!.getElementById('add-hint'))).to.equal(
        'Registri un account PayPal per i prossimi pagamenti e rinnovi, senza pagare nulla ora.',
      );
      await click(parts(el).add!);
      await until(() => text(parts(el).status).includes('registrato'), 'registered');
      expect(tokens).to.have.length(1);
      const { requestId } = tokens[0]!.detail;
      expect(requestId).to.match(UUID);
      expect(saves.map((event) => event.detail)).to.deep.equal([
        { vaultSetupToken: 'SETUP-1', payerId: 'SIMPAYER4242X', requestId },
      ]);
      expect(added.map((event) => event.detail)).to.deep.equal([{ account: fresh, requestId }]);
      expect(text(parts(el).status)).to.equal('Account PayPal registrato: nuovo.conto@example.it');
      expect(announced(el)).to.equal('Account PayPal registrato: nuovo.conto@example.it');
      expect(parts(el).emails.map((node) => text(node))).to.deep.equal([
        mario.email,
        anna.email,
        fresh.email,
      ]);
      // A save session, never a payment.
      expect(simulator.calls.map((call) => call.method)).to.deep.equal([
        'createInstance',
        'createSaveSession',
        'start',
      ]);
    });

    it('says nothing was registered when the customer closes PayPal, and sends no paypal-save', async () => {
      simulator.setScenario('cancel');
      host.answer('paypal-setup-token', () => 'SETUP-2');
      const saves = host.record('paypal-save');
      const el = await accountsList(PAYPAL);
      await until(() => parts(el).add!.getAttribute('aria-disabled') === 'false', 'PayPal ready');
      await click(parts(el).add!);
      await until(() => text(parts(el).status) !== '', 'the notice');
      expect(text(parts(el).status)).to.equal(
        'Hai chiuso la finestra di PayPal: nessun account è stato registrato.',
      );
      expect(saves).to.have.length(0);
      expect(parts(el).emails).to.have.length(2);
    });

    it('shows the host’s refusal of paypal-save, and Riprova opens PayPal again', async () => {
      host.answer('paypal-setup-token', () => 'SETUP-3');
      const saves = host.answer('paypal-save', () => ({
        status: 'declined',
        message: 'Account PayPal già registrato',
      }));
      const el = await accountsList(PAYPAL);
      await until(() => parts(el).add!.getAttribute('aria-disabled') === 'false', 'PayPal ready');
      const errors = await errorsOf(async () => {
        await click(parts(el).add!);
        await untilPart(el, 'addError');
      });
      expect(text(parts(el).addError)).to.equal(
        'Account PayPal non registrato L’account PayPal non è stato registrato. Account PayPal già registrato. Riprova',
      );
      expect(errors).to.have.length(1);
      expect(saves).to.have.length(1);
      expect(parts(el).emails).to.have.length(2);
    });

    it('says what is missing when PayPal is not configured, logging it once', async () => {
      const tokens = host.record('paypal-setup-token');
      const errors = await errorsOf(async () => {
        const el = await accountsList({ clientId: 'sim-client' });
        await click(parts(el).add!);
        await untilPart(el, 'addError');
        expect(text(parts(el).addError)).to.equal(
          'Account PayPal non registrato Per registrare un nuovo account PayPal manca la configurazione di PayPal (paypal-client-id, paypal-environment).',
        );
        expect(parts(el).addRetry).to.be.null;
        // A second click says it again, without a second console.error.
        await click(parts(el).add!);
        await settle(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('missing or invalid: paypal-environment');
      expect(tokens).to.have.length(0);
    });
  });

  describe('bad input', () => {
    it('shows hostile strings as text', async () => {
      const email = 'hostile@example.it';
      const label = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
      const el = await accountsList({
        accounts: [{ id: 'h-1', email, label }],
        services: [
          pecService({
            name: '<b onmouseover="window.hacked=3">PEC</b>',
            renewal: { enabled: true, period: 'P1Y', account: { id: 'h-1', email } },
          }),
        ],
      });
      await openRemoval(el, email);
      expect(el.shadowRoot!.querySelector('img, script, b')).to.be.null;
      expect(text(parts(el).emails[0])).to.equal(`${email} ${label}`);
      expect(text(parts(el).dialog)).to.contain('<b onmouseover="window.hacked=3">PEC</b>');
      expect((window as { hacked?: number }).hacked).to.be.undefined;
    });

    for (const [what, options, message, logged] of [
      [
        'an account without e-mail',
        { accounts: [{ id: 'pp-9' }] },
        'Gli account PayPal non possono essere mostrati: i dati ricevuti non sono validi. Campo «accounts[0].email»: manca.',
        'invalid "accounts[0].email" (required)',
      ],
      [
        'a renewal charged to an account that is not registered',
        { services: [pecService({ renewal: { enabled: true, period: 'P1Y', account: fresh } })] },
        'Gli account PayPal non possono essere mostrati: i dati dei servizi non sono validi. Campo «services[0].renewal.account»: non è tra gli account PayPal registrati.',
        'invalid "services[0].renewal.account" (unlisted)',
      ],
      [
        'a service with an unknown kind',
        { services: [pecService({ kind: 'posta-ordinaria' })] },
        'Gli account PayPal non possono essere mostrati: i dati dei servizi non sono validi. Campo «services[0].kind»: valore non riconosciuto.',
        'invalid "services[0].kind" (unknown)',
      ],
    ] as const) {
      it(`says so for ${what}, logging the field once, throwing nothing`, async () => {
        let el: PayPalAccounts | undefined;
        const errors = await errorsOf(async () => {
          el = await accountsList(options as never);
          el.requestUpdate();
          await settle(el);
        });
        expect(text(parts(el!).error)).to.equal(message);
        expect(parts(el!).removes).to.have.length(0);
        expect(errors).to.deep.equal([`<paypal-accounts>: ${logged}.`]);
      });
    }

    it('says so for malformed JSON in an attribute', async () => {
      let el: PayPalAccounts | undefined;
      const errors = await errorsOf(async () => {
        el = await fixture<PayPalAccounts>(
          html`<paypal-accounts lang="it" accounts="[{"></paypal-accounts>`,
        );
      });
      expect(text(parts(el!).error)).to.contain('Campo «accounts»: JSON non valido.');
      expect(errors).to.have.length(1);
    });
  });
});
