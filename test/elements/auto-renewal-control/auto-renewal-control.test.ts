import { expect, fixture, html } from '@open-wc/testing';
import type { AutoRenewalControl } from '../../../src/elements/auto-renewal-control/auto-renewal-control.js';
import { installPayPalSimulator, type PayPalSimulator } from '../../../src/testing.js';
import { captureConsole } from '../../kit/console.js';
import { describeNode, text } from '../../kit/screen.js';
import { focused, press } from '../../kit/user.js';
import { withFakeClock } from '../../kit/clock.js';
import {
  anna,
  conservazioneService,
  firmaService,
  fresh,
  mario,
  pecService,
} from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  choose,
  click,
  forgetChanges,
  open,
  parts,
  renewalControl,
  settle,
  untilPart,
} from '../../kit/renewal.js';
import { until } from '../../kit/wait.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Disattiva, then Disattiva rinnovo: the request goes out. */
async function switchOff(el: AutoRenewalControl): Promise<void> {
  await open(el);
  await click(parts(el).confirm!);
  await settle(el);
}

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

describe('<auto-renewal-control>', () => {
  afterEach(() => {
    host.reset();
    forgetChanges();
  });

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible switching off, in every state (${lang})`, async () => {
        const { pending } = host.hold('auto-renewal-change');
        const el = await renewalControl(pecService(), { lang });
        await expect(el).to.be.accessible(); // on
        await open(el);
        await expect(el).to.be.accessible(); // confirming
        await click(parts(el).confirm!);
        await untilPart(el, 'progress');
        await expect(el).to.be.accessible(); // submitting
        pending[0]!.resolve({ status: 'completed' });
        await untilPart(el, 'result');
        await expect(el).to.be.accessible(); // succeeded
        await click(parts(el).cancel!);
        await settle(el);
        await expect(el).to.be.accessible(); // off

        await open(el);
        await choose(el, anna.id);
        await click(parts(el).confirm!);
        await untilPart(el, 'progress');
        pending[1]!.resolve({ status: 'declined', message: 'Conto non abilitato' });
        await untilPart(el, 'error');
        await expect(el).to.be.accessible(); // failed
      });

      it(`is accessible choosing an account, loading them, failing, and when not available (${lang})`, async () => {
        const { pending } = host.hold('paypal-accounts');
        const el = await renewalControl(conservazioneService(), { lang, accounts: undefined });
        await open(el);
        await expect(el).to.be.accessible(); // loading the accounts
        pending[0]!.reject(new Error('Servizio non disponibile'));
        await untilPart(el, 'retry');
        await expect(el).to.be.accessible(); // accounts failed
        await click(parts(el).retry!);
        await until(() => pending.length === 2, 'asked again');
        pending[1]!.resolve([mario, anna]);
        await untilPart(el, 'select');
        await expect(el).to.be.accessible(); // choosing
        await click(parts(el).confirm!);
        await settle(el);
        await expect(el).to.be.accessible(); // the missing choice said

        await expect(await renewalControl(firmaService(), { lang })).to.be.accessible();
        const bad = await renewalControlQuietly({ id: 'x', kind: 'pec' }, lang);
        await expect(bad).to.be.accessible();
      });
    }
  });

  describe('the state in words', () => {
    it('says the renewal is on, with the amount IVA inclusa, the period, the next charge and the account', async () => {
      const el = await renewalControl(pecService());
      expect(text(parts(el).state)).to.equal('Rinnovo automatico attivo');
      expect(text(parts(el).terms)).to.equal(
        'Importo del rinnovo 24,40 € IVA inclusa Durata del rinnovo 1 anno Prossimo addebito 20 novembre 2027 Addebito su mario.rossi@example.it',
      );
      expect(text(parts(el).button)).to.equal('Disattiva');
      expect(parts(el).button!.getAttribute('aria-label')).to.equal(
        'Disattiva il rinnovo automatico di PEC Standard — mario.rossi@pec.example.it',
      );
      expect(parts(el).button!.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('says the renewal is off, with the expiry date, and offers Attiva', async () => {
      const el = await renewalControl(conservazioneService());
      expect(text(parts(el).state)).to.equal('Rinnovo automatico non attivo');
      expect(text(el.shadowRoot!.querySelector('.detail'))).to.equal(
        'Il servizio scade il 21 novembre 2027.',
      );
      expect(parts(el).terms).to.be.null;
      expect(text(parts(el).button)).to.equal('Attiva');
    });

    for (const [what, service, reason] of [
      ['Firma Digitale', firmaService(), 'Non è previsto per Firma Digitale e Marca Temporale.'],
      [
        'Marca Temporale',
        firmaService({ kind: 'marca-temporale', name: 'Marca Temporale' }),
        'Non è previsto per Firma Digitale e Marca Temporale.',
      ],
      [
        'a service with autoRenew: false',
        pecService({ autoRenew: false }),
        'Non è previsto per questo servizio.',
      ],
    ] as const) {
      it(`says why automatic renewal is not available for ${what}, with no action`, async () => {
        const el = await renewalControl(service);
        expect(text(parts(el).state)).to.equal('Rinnovo automatico non disponibile');
        expect(text(el.shadowRoot!.querySelector('.detail'))).to.equal(reason);
        expect(parts(el).button).to.be.null;
        expect(parts(el).dialog).to.be.null;
      });
    }

    it('speaks English', async () => {
      const el = await renewalControl(pecService(), { lang: 'en' });
      expect(text(parts(el).state)).to.equal('Automatic renewal on');
      expect(text(parts(el).terms)).to.equal(
        'Renewal amount €24.40 incl. VAT Renewal period 1 year Next charge 20 November 2027 Charged to mario.rossi@example.it',
      );
      expect(text(parts(el).button)).to.equal('Turn off');
      el.setAttribute('lang', 'it');
      await settle(el);
      expect(text(parts(el).button)).to.equal('Disattiva');
    });

    it('accepts the service and the accounts as JSON attributes', async () => {
      const service = JSON.stringify(conservazioneService({ name: 'Conservazione 2' }));
      const el = await fixture<AutoRenewalControl>(html`
        <auto-renewal-control
          service=${service}
          accounts=${JSON.stringify([mario])}
        ></auto-renewal-control>
      `);
      expect(parts(el).button!.getAttribute('aria-label')).to.equal(
        'Attiva il rinnovo automatico di Conservazione 2',
      );
    });

    it('dispatches nothing when the host sets or changes the service', async () => {
      const events = (
        ['auto-renewal-change', 'auto-renewal-changed', 'paypal-accounts'] as const
      ).map((type) => host.record(type));
      const el = await renewalControl(pecService(), { accounts: undefined });
      el.service = conservazioneService();
      await settle(el);
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0]);
      expect(text(parts(el).state)).to.equal('Rinnovo automatico non attivo');
    });
  });

  describe('Disattiva', () => {
    it('asks in a modal dialog what happens, focusing Annulla, and Annulla sends nothing', async () => {
      const requests = host.record('auto-renewal-change');
      const el = await renewalControl(pecService());
      await open(el);
      const { dialog } = parts(el);
      expect(dialog!.matches(':modal')).to.be.true;
      expect(
        text(el.shadowRoot!.getElementById(dialog!.getAttribute('aria-labelledby')!)),
      ).to.equal('Disattivare il rinnovo automatico di PEC Standard — mario.rossi@pec.example.it?');
      expect(text(dialog)).to.contain(
        'Il servizio non verrà rinnovato: scadrà il 20 novembre 2027 e non ti verrà addebitato nulla.',
      );
      expect(text(parts(el).confirm)).to.equal('Disattiva rinnovo');
      expect(focused()).to.equal(describeNode(parts(el).cancel));
      await press('Enter'); // Annulla
      await settle(el);
      expect(parts(el).dialog!.open).to.be.false;
      expect(focused()).to.equal(describeNode(parts(el).button));
      expect(requests).to.have.length(0);
    });

    it('works from the keyboard alone: Enter on Disattiva, Tab to Disattiva rinnovo, Enter', async () => {
      const requests = host.answer('auto-renewal-change', () => ({ status: 'completed' }));
      const el = await renewalControl(pecService());
      parts(el).button!.focus();
      await press('Enter');
      await until(() => parts(el).dialog?.open === true, 'the dialog opens');
      await settle(el);
      await press('Tab');
      expect(focused()).to.equal(describeNode(parts(el).confirm));
      await press('Enter');
      await untilPart(el, 'result');
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail.enabled).to.be.false;
      await press('Escape');
      await settle(el);
      expect(focused()).to.equal(describeNode(parts(el).button));
      expect(text(parts(el).button)).to.equal('Attiva');
    });

    it('has one live region on the page and one in the dialog, which says the progress and outcome', async () => {
      const { pending } = host.hold('auto-renewal-change');
      const el = await renewalControl(pecService());
      const regions = () => {
        const all = [
          ...el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]'),
        ];
        const inDialog = all.filter((node) => node.closest('dialog'));
        return { page: all.length - inDialog.length, dialog: inDialog.length };
      };
      expect(regions()).to.deep.equal({ page: 1, dialog: 1 });
      await switchOff(el);
      expect(regions()).to.deep.equal({ page: 1, dialog: 1 });
      expect(text(parts(el).live)).to.equal('Disattivazione del rinnovo automatico in corso…');
      pending[0]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
      expect(text(parts(el).live)).to.equal('Rinnovo automatico disattivato');
    });

    it('closes on Escape and gives focus back to Disattiva', async () => {
      const el = await renewalControl(pecService());
      await open(el);
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.be.false;
      expect(focused()).to.equal(describeNode(parts(el).button));
    });

    it('sends auto-renewal-change, shows progress, then the new state and the confirmation e-mail', async () => {
      const service = pecService();
      const { requests, pending } = host.hold('auto-renewal-change');
      const changed = host.record('auto-renewal-changed');
      const el = await renewalControl(service);
      await switchOff(el);
      expect(requests).to.have.length(1);
      const { detail } = requests[0]!;
      expect(detail.service).to.equal(service);
      expect(detail.enabled).to.be.false;
      expect(detail.account).to.be.undefined;
      expect(detail.requestId).to.match(UUID);
      expect(requests[0]).to.include({ bubbles: true, composed: true });
      expect(text(parts(el).progress)).to.equal('Disattivazione del rinnovo automatico in corso…');
      expect(focused()).to.equal(describeNode(parts(el).progress));
      // While the request is out the dialog stays.
      await press('Escape');
      await settle(el);
      expect(parts(el).dialog!.open).to.be.true;

      pending[0]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
      expect(text(parts(el).title)).to.equal('Rinnovo automatico disattivato');
      expect(text(parts(el).result)).to.equal(
        'Il servizio non verrà rinnovato: scadrà il 20 novembre 2027 e non ti verrà addebitato nulla. Riceverai un’e-mail di conferma della disattivazione.',
      );
      expect(focused()).to.equal(describeNode(parts(el).result));
      expect(changed).to.have.length(1);
      expect(changed[0]!.detail).to.deep.equal({
        service,
        enabled: false,
        requestId: detail.requestId,
      });
      await click(parts(el).cancel!);
      await settle(el);
      expect(text(parts(el).state)).to.equal('Rinnovo automatico non attivo');
      expect(text(parts(el).button)).to.equal('Attiva');
      expect(focused()).to.equal(describeNode(parts(el).button));
    });

    it('sends exactly one request for 100 rapid activations', async () => {
      const { requests, pending } = host.hold('auto-renewal-change');
      const el = await renewalControl(pecService());
      await open(el);
      const confirm = parts(el).confirm!;
      await click(confirm);
      for (let i = 0; i < 99; i++) confirm.click();
      await settle(el);
      expect(requests).to.have.length(1);
      pending[0]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
      expect(requests).to.have.length(1);
    });

    it('re-sends the same requestId on Riprova and after Disattiva again when the outcome is unknown (timeout)', async () => {
      const { requests, pending } = host.hold('auto-renewal-change');
      const el = await renewalControl(pecService(), { timeout: 30_000 });
      const errors = await withFakeClock((clock) =>
        errorsOf(async () => {
          await switchOff(el);
          await until(() => requests.length === 1, 'the request');
          await clock.tickAsync(29_999);
          expect(parts(el).error).to.be.null;
          await clock.tickAsync(1);
          await untilPart(el, 'error');
        }),
      );
      expect(text(parts(el).title)).to.equal('Esito della modifica non confermato');
      expect(text(parts(el).error)).to.equal(
        'Nessuna risposta entro il tempo previsto: non sappiamo se la modifica è stata fatta. Riprova: se lo era, non verrà ripetuta.',
      );
      expect(errors).to.deep.equal([
        '<auto-renewal-control>: "auto-renewal-change" was not answered within request-timeout.',
      ]);
      expect(focused()).to.equal(describeNode(parts(el).retry));
      await click(parts(el).retry!);
      await until(() => requests.length === 2, 'Riprova');
      expect(requests[1]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      pending[1]!.reject(new Error('Servizio momentaneamente non disponibile'));
      await untilPart(el, 'retry');
      expect(text(parts(el).error)).to.contain('Servizio momentaneamente non disponibile.');
      // Closed and opened again: the same change keeps its key.
      await click(parts(el).cancel!);
      await settle(el);
      expect(text(parts(el).state)).to.equal('Rinnovo automatico attivo');
      await switchOff(el);
      await until(() => requests.length === 3, 'Disattiva again');
      expect(requests[2]!.detail.requestId).to.equal(requests[0]!.detail.requestId);
      pending[2]!.resolve({ status: 'completed' });
      await untilPart(el, 'result');
    });

    it('shows the host’s refusal, with no Riprova, and the next attempt gets a new requestId', async () => {
      const requests = host.answer('auto-renewal-change', () => ({
        status: 'declined',
        message: 'Il rinnovo è già in elaborazione per questa scadenza',
      }));
      const el = await renewalControl(pecService());
      const errors = await errorsOf(async () => {
        await switchOff(el);
        await untilPart(el, 'error');
      });
      expect(text(parts(el).title)).to.equal('Rinnovo automatico non disattivato');
      expect(text(parts(el).error)).to.equal(
        'La richiesta non è stata accettata. Il rinnovo è già in elaborazione per questa scadenza.',
      );
      expect(parts(el).retry).to.be.null;
      expect(errors).to.deep.equal([
        '<auto-renewal-control>: "auto-renewal-change" was declined: Il rinnovo è già in elaborazione per questa scadenza.',
      ]);
      await click(parts(el).cancel!);
      await settle(el);
      expect(text(parts(el).state)).to.equal('Rinnovo automatico attivo');
      await switchOff(el);
      await until(() => requests.length === 2, 'a new attempt');
      expect(requests[1]!.detail.requestId).not.to.equal(requests[0]!.detail.requestId);
    });

    it('says the page is not configured, naming the event to wire, when nothing answers', async () => {
      const el = await renewalControl(pecService());
      const errors = await errorsOf(async () => {
        await switchOff(el);
        await untilPart(el, 'error');
      });
      expect(text(parts(el).error)).to.equal(
        'La gestione del rinnovo automatico non è configurata in questa pagina.',
      );
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('nothing answered "auto-renewal-change"');
    });

    it('takes an answer that does not say what happened as an unknown outcome, naming the field', async () => {
      host.answer('auto-renewal-change', () => ({ ok: true }));
      const el = await renewalControl(pecService());
      const errors = await errorsOf(async () => {
        await switchOff(el);
        await untilPart(el, 'error');
      });
      expect(text(parts(el).title)).to.equal('Esito della modifica non confermato');
      expect(parts(el).retry).not.to.be.null;
      expect(errors).to.deep.equal([
        '<auto-renewal-control>: invalid "auto-renewal-change result.status" (required).',
      ]);
      expect(text(parts(el).state)).to.equal('Rinnovo automatico attivo');
    });
  });

  describe('Attiva', () => {
    it('asks which PayPal account to charge, saying what a renewal costs, and switches it on', async () => {
      const service = conservazioneService();
      const requests = host.answer('auto-renewal-change', () => ({ status: 'completed' }));
      const el = await renewalControl(service);
      await open(el);
      expect(text(parts(el).title)).to.equal(
        'Attivare il rinnovo automatico di Conservazione a norma?',
      );
      expect(text(parts(el).dialog)).to.contain(
        'Importo del rinnovo 1.171,20 € IVA inclusa Durata del rinnovo 1 anno',
      );
      expect(focused()).to.equal(describeNode(parts(el).nativeSelect));
      // Attiva rinnovo without a choice: said under the drop-down, nothing sent.
      await click(parts(el).confirm!);
      await settle(el);
      expect(text(parts(el).select!.shadowRoot!.querySelector('[part="invalid"]'))).to.equal(
        'Scegli un account PayPal oppure Nuovo account PayPal.',
      );
      expect(requests).to.have.length(0);
      await choose(el, anna.id);
      expect(text(parts(el).confirm)).to.equal('Attiva rinnovo');
      await click(parts(el).confirm!);
      await untilPart(el, 'result');
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail).to.deep.include({ service, enabled: true, account: anna });
      expect(text(parts(el).title)).to.equal('Rinnovo automatico attivato');
      expect(text(parts(el).result)).to.contain('Addebito su anna.bianchi@example.it');
      expect(text(parts(el).result)).to.contain(
        'Riceverai un’e-mail di conferma dell’attivazione del rinnovo automatico.',
      );
      await press('Escape');
      await settle(el);
      expect(text(parts(el).state)).to.equal('Rinnovo automatico attivo');
      expect(text(parts(el).terms)).to.contain('Addebito su anna.bianchi@example.it');
    });

    it('asks the host for the accounts with paypal-accounts when the property is unset, with Riprova', async () => {
      const service = conservazioneService({
        renewal: { enabled: false, period: 'P1Y', account: anna },
      });
      const { requests, pending } = host.hold('paypal-accounts');
      const el = await renewalControl(service, { accounts: undefined });
      let errors: string[] = [];
      errors = await errorsOf(async () => {
        await open(el);
        expect(text(parts(el).progress)).to.equal('Caricamento degli account PayPal…');
        expect(requests[0]!.detail).to.deep.equal({ service });
        pending[0]!.reject(new Error('servizio non disponibile'));
        await untilPart(el, 'retry');
      });
      expect(text(parts(el).error)).to.equal(
        'Non è stato possibile caricare gli account PayPal. servizio non disponibile.',
      );
      expect(errors).to.deep.equal([
        '<auto-renewal-control>: "paypal-accounts" was rejected: servizio non disponibile.',
      ]);
      await click(parts(el).retry!);
      await until(() => requests.length === 2, 'asked again');
      pending[1]!.resolve([mario, anna]);
      await untilPart(el, 'select');
      // The account the renewal used last is chosen already.
      expect(parts(el).select!.value).to.equal(anna.id);
    });

    describe('with a new PayPal account, registered without a payment', () => {
      let simulator: PayPalSimulator;
      beforeEach(() => {
        simulator = installPayPalSimulator({ autoPlay: true, delay: 0 });
      });
      afterEach(() => simulator.uninstall());

      it('goes through PayPal’s save session, then paypal-save, then switches the renewal on', async () => {
        const service = conservazioneService();
        const tokens = host.answer('paypal-setup-token', () => ({ id: 'SETUP-7' }));
        const saves = host.answer('paypal-save', () => ({ status: 'completed', account: fresh }));
        const changes = host.answer('auto-renewal-change', () => ({ status: 'completed' }));
        const added = host.record('paypal-account-added');
        const el = await renewalControl(service);
        await open(el);
        await choose(el, 'new');
        await until(() => text(parts(el).confirm) === 'Prosegui su PayPal', 'PayPal is ready');
        expect(
          text(parts(el).select!.shadowRoot!.querySelector('[part="new-account-note"]')),
        ).to.equal(
          'Con Prosegui su PayPal accederai a PayPal per registrare il nuovo account, senza pagare nulla ora.',
        );
        await click(parts(el).confirm!);
        await untilPart(el, 'result');
        expect(tokens).to.have.length(1);
        expect(tokens[0]!.detail.service).to.equal(service);
        const { requestId } = tokens[0]!.detail;
        expect(requestId).to.match(UUID);
        expect(saves.map((event) => event.detail)).to.deep.equal([
          { vaultSetupToken: 'SETUP-7', payerId: 'SIMPAYER4242X', requestId, service },
        ]);
        expect(changes[0]!.detail).to.deep.include({ enabled: true, account: fresh });
        expect(added.map((event) => event.detail)).to.deep.equal([{ account: fresh, requestId }]);
        // A save session, never a payment.
        const methods = simulator.calls.map((call) => call.method);
        expect(methods).to.include('createSaveSession');
        expect(methods).not.to.include('createSession');
        expect(text(parts(el).result)).to.contain(
          'Account PayPal registrato: nuovo.conto@example.it',
        );
        expect(text(parts(el).result)).to.contain('Addebito su nuovo.conto@example.it');
      });

      it('goes back to the choice when the customer closes PayPal, having sent nothing more', async () => {
        simulator.setScenario('cancel');
        const saves = host.record('paypal-save');
        host.answer('paypal-setup-token', () => 'SETUP-8');
        const el = await renewalControl(conservazioneService(), { accounts: [] });
        await open(el);
        await until(() => text(parts(el).confirm) === 'Prosegui su PayPal', 'PayPal is ready');
        await click(parts(el).confirm!);
        await untilPart(el, 'notice');
        expect(text(parts(el).notice)).to.equal(
          'Hai chiuso la finestra di PayPal: nessun account è stato registrato e il rinnovo non è stato attivato.',
        );
        expect(focused()).to.equal(describeNode(parts(el).notice));
        expect(saves).to.have.length(0);
      });

      it('re-sends paypal-save with the same requestId and setup token, without PayPal again, after an unknown outcome', async () => {
        host.answer('paypal-setup-token', () => 'SETUP-9');
        const { requests, pending } = host.hold('paypal-save');
        host.answer('auto-renewal-change', () => ({ status: 'completed' }));
        const el = await renewalControl(conservazioneService());
        await open(el);
        await choose(el, 'new');
        await until(() => text(parts(el).confirm) === 'Prosegui su PayPal', 'PayPal is ready');
        await click(parts(el).confirm!);
        await until(() => requests.length === 1, 'paypal-save');
        expect(text(parts(el).progress)).to.equal('Registrazione dell’account PayPal in corso…');
        const errors = await errorsOf(async () => {
          pending[0]!.reject(new TypeError('Failed to fetch'));
          await untilPart(el, 'retry');
        });
        expect(text(parts(el).title)).to.equal('Registrazione dell’account non confermata');
        expect(errors).to.deep.equal([
          '<auto-renewal-control>: "paypal-save" failed: the network is unreachable.',
        ]);
        const starts = simulator.calls.filter((call) => call.method === 'start').length;
        await click(parts(el).retry!);
        await until(() => requests.length === 2, 'Riprova');
        expect(requests[1]!.detail).to.deep.equal(requests[0]!.detail);
        expect(simulator.calls.filter((call) => call.method === 'start')).to.have.length(starts);
        pending[1]!.resolve({ status: 'completed', account: fresh });
        await untilPart(el, 'result');
      });

      it('says what is missing when PayPal is not configured, naming the attributes', async () => {
        const el = await renewalControl(conservazioneService(), {
          accounts: [],
          environment: undefined,
        });
        const errors = await errorsOf(async () => {
          await open(el);
          await click(parts(el).confirm!);
          await untilPart(el, 'error');
        });
        expect(text(parts(el).error)).to.equal(
          'Per registrare un nuovo account PayPal manca la configurazione di PayPal (paypal-client-id, paypal-environment).',
        );
        expect(parts(el).retry).to.be.null;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('missing or invalid: paypal-environment');
      });
    });
  });

  describe('bad input', () => {
    it('shows hostile strings as text', async () => {
      const name = '<img src=x onerror="window.hacked=1">PEC';
      const el = await renewalControl(pecService({ name }));
      await open(el);
      expect(el.shadowRoot!.querySelector('img')).to.be.null;
      expect(text(parts(el).title)).to.equal(`Disattivare il rinnovo automatico di ${name}?`);
      expect((window as { hacked?: number }).hacked).to.be.undefined;
    });

    for (const [what, service, message, logged] of [
      [
        'a service without id',
        { ...pecService(), id: undefined },
        'Campo «service.id»: manca.',
        'invalid "service.id" (required)',
      ],
      [
        'an unknown kind',
        pecService({ kind: 'posta-ordinaria' }),
        'Campo «service.kind»: valore non riconosciuto.',
        'invalid "service.kind" (unknown)',
      ],
      [
        'a negative amount',
        pecService({
          renewal: { enabled: true, period: 'P1Y', amount: { value: '-24.40', currency: 'EUR' } },
        }),
        'Campo «service.renewal.amount.value»: importo negativo.',
        'invalid "service.renewal.amount.value" (negative)',
      ],
      [
        'an account that is not among the accounts',
        pecService({ renewal: { enabled: true, period: 'P1Y', account: fresh } }),
        'Campo «service.renewal.account»: non è tra gli account PayPal registrati.',
        'invalid "service.renewal.account" (unlisted)',
      ],
    ] as const) {
      it(`says so for ${what}, logging the field once, throwing nothing`, async () => {
        const errors = captureConsole('error');
        let el: AutoRenewalControl;
        try {
          el = await renewalControl(service);
          el.requestUpdate();
          await settle(el);
        } finally {
          errors.restore();
        }
        expect(text(parts(el).error)).to.equal(
          `Il rinnovo automatico non può essere mostrato: i dati del servizio non sono validi. ${message}`,
        );
        expect(parts(el).button).to.be.null;
        expect(errors.calls.map((call) => String(call[0]))).to.deep.equal([
          `<auto-renewal-control>: ${logged}.`,
        ]);
      });
    }

    it('takes an unknown kind when the host says whether it renews (autoRenew)', async () => {
      const el = await renewalControl(pecService({ kind: 'posta-ordinaria', autoRenew: true }));
      expect(text(parts(el).state)).to.equal('Rinnovo automatico attivo');
    });

    it('says so for malformed JSON in the attribute', async () => {
      const errors = captureConsole('error');
      let el: AutoRenewalControl;
      try {
        el = await fixture<AutoRenewalControl>(
          html`<auto-renewal-control service='{"id":'></auto-renewal-control>`,
        );
      } finally {
        errors.restore();
      }
      expect(text(parts(el).error)).to.contain('Campo «service»: JSON non valido.');
      expect(errors.calls).to.have.length(1);
    });
  });

  describe('in every element and tab of the service', () => {
    it('shows the change in progress in another element of the same service, then its outcome', async () => {
      const service = pecService();
      const { requests, pending } = host.hold('auto-renewal-change');
      const first = await renewalControl(service);
      const second = await renewalControl(service);
      await switchOff(first);
      await until(() => requests.length === 1, 'the request');
      await untilPart(second, 'busy');
      expect(text(parts(second).busy)).to.equal('Modifica del rinnovo automatico in corso…');
      expect(parts(second).button).to.be.null;
      pending[0]!.resolve({ status: 'completed' });
      await until(
        () => text(parts(second).state) === 'Rinnovo automatico non attivo',
        'the outcome',
      );
      expect(text(parts(second).button)).to.equal('Attiva');
      expect(requests).to.have.length(1);
    });
  });
});

/** A control for invalid data, with its console.error swallowed. */
async function renewalControlQuietly(service: unknown, lang: string): Promise<AutoRenewalControl> {
  const errors = captureConsole('error');
  try {
    return await renewalControl(service, { lang });
  } finally {
    errors.restore();
  }
}
