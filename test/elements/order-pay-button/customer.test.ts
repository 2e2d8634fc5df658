/**
 * The pay flow as the customer lives it: what is seen and heard at each step, at the sizes of a
 * laptop (1280×800) and a phone (390×844).
 */
import { expect } from '@open-wc/testing';
import * as it_ from '../../../src/translations/it.js';
import { conservazioneOrder, mario, pecOrder } from '../../kit/fixtures.js';
import { host, TestHost } from '../../kit/host.js';
import {
  choose,
  confirm,
  forgetPayments,
  open,
  parts,
  payButton,
  payButtonIn,
  payButtonWithMethods,
  settle,
  summaryPart,
  toReview,
  untilStep,
} from '../../kit/pay-button.js';
import { speaking, text } from '../../kit/screen.js';
import { click, deepActiveElement, press } from '../../kit/user.js';
import { openFrame, setViewport } from '../../kit/viewport.js';
import { until } from '../../kit/wait.js';

describe('<order-pay-button> as the customer lives it', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    host.reset();
    forgetPayments();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  describe('the renewal price', () => {
    it('never shows a one-off fee as the renewal price: summary and notice', async () => {
      const el = await payButton(conservazioneOrder());
      await open(el);
      await choose(el, mario.id);
      const notice = parts(el).select!.shadowRoot!.querySelector('[part="renewal"]');
      expect(text(notice)).to.contain('Importo del rinnovo: 1.171,20 € IVA inclusa.');
      await click(parts(el).proceed!);
      await untilStep(el, 'reviewing');
      const renewal = text(summaryPart(el, 'renewal'));
      expect(renewal).to.contain('Importo del rinnovo 1.171,20 € IVA inclusa');
      expect(renewal).not.to.contain('1.234,64');
      expect(text(summaryPart(el, 'lines'))).to.contain('Attivazione del servizio (una tantum)');
      expect(text(summaryPart(el, 'total'))).to.contain('1.234,64 €');
    });

    it('shows the host’s renewal amount when it gives one', async () => {
      const order = conservazioneOrder({
        renewal: { period: 'P1Y', amount: { value: '1100.00', currency: 'EUR' } },
      });
      const el = await payButton(order);
      await toReview(el);
      expect(text(summaryPart(el, 'renewal'))).to.contain('1.100,00 € IVA inclusa');
    });
  });

  describe('seen and heard at every step', () => {
    it('says which step it is, in text and to assistive technology', async () => {
      const el = await payButton();
      await open(el);
      const step = el.shadowRoot!.getElementById('step')!;
      expect(text(step)).to.equal('Passo 1 di 2: scelta dell’account PayPal');
      expect(parts(el).dialog!.getAttribute('aria-describedby')).to.equal('step');
      await choose(el, mario.id);
      await click(parts(el).proceed!);
      await untilStep(el, 'reviewing');
      expect(text(el.shadowRoot!.getElementById('step'))).to.equal(
        'Passo 2 di 2: riepilogo e pagamento',
      );
      expect(text(parts(el).live)).to.equal('Passo 2 di 2: riepilogo e pagamento');
    });

    it('keeps Prosegui e paga in view at 1280×800 and on a phone, without scrolling', async () => {
      for (const [width, height] of [
        [1280, 800],
        [390, 844],
      ] as const) {
        // The laptop is this page; the phone a frame of its size (WebKitGTK's window cannot be
        // that narrow), in a page tall enough to show it whole.
        await setViewport({ width: 1280, height: width === 1280 ? 800 : 900 });
        const el =
          width === 1280
            ? await payButton(conservazioneOrder())
            : await payButtonIn(await openFrame(width, height), conservazioneOrder());
        await toReview(el);
        const view = el.ownerDocument.defaultView!;
        const confirmButton = parts(el).confirm!.getBoundingClientRect();
        expect(confirmButton.bottom, `${width}×${height}`).to.be.at.most(view.innerHeight);
        expect(confirmButton.top, `${width}×${height}`).to.be.at.least(0);
        expect(confirmButton.right, `${width}×${height}`).to.be.at.most(view.innerWidth);
        expect([view.innerWidth, view.innerHeight]).to.deep.equal([width, height]);
        if (width === 1280) await click(parts(el).close!);
      }
      await setViewport({ width: 1280, height: 800 });
    });

    it('sets the summary’s heading below the dialog’s title', async () => {
      const el = await payButton();
      await toReview(el);
      const size = (node: Element | null) => parseFloat(getComputedStyle(node!).fontSize);
      expect(size(summaryPart(el, 'heading'))).to.be.below(size(parts(el).title));
    });

    it('puts focus on the summary’s title, not around the whole summary', async () => {
      const el = await payButton();
      await toReview(el);
      await until(() => deepActiveElement() === summaryPart(el, 'heading'), 'focus on the title');
      expect(text(deepActiveElement())).to.equal('Riepilogo ordine');
    });

    it('moves focus only to things with a role, never to a bare container', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const el = await payButton();
      const focused: string[] = [];
      const note = () => {
        const node = deepActiveElement()!;
        const roleless = ['DIV', 'SPAN', 'SECTION', 'FORM'].includes(node.tagName);
        focused.push(
          roleless && !node.getAttribute('role') ? `bare ${node.tagName}` : node.tagName,
        );
      };
      await toReview(el);
      await until(() => deepActiveElement() === summaryPart(el, 'heading'), 'the summary');
      note();
      await confirm(el);
      await until(() => requests.length === 1, 'the request');
      await until(() => deepActiveElement() === parts(el).progress, 'the progress');
      note();
      pending[0]!.resolve({ status: 'completed' });
      await untilStep(el, 'result');
      await until(() => parts(el).result!.contains(deepActiveElement()), 'the result');
      note();
      await press('Escape');
      await settle(el);
      note();
      expect(focused).to.deep.equal(['H3', 'P', 'H3', 'SPAN']);
      expect(deepActiveElement()!.getAttribute('role')).to.equal('status');
    });

    it('announces “authorising” in one live region only', async () => {
      const { requests, pending } = host.hold('order-pay-authorize');
      const el = await payButton();
      await toReview(el);
      await confirm(el);
      await until(() => requests.length === 1, 'the request');
      await settle(el);
      expect(speaking(parts(el).dialog!)).to.deep.equal(['Autorizzazione del pagamento in corso…']);
      pending[0]!.resolve({ status: 'completed' });
      await untilStep(el, 'result');
    });

    it('exposes no page landmark inside the dialog', async () => {
      const el = await payButton();
      await open(el);
      const landmarks = parts(el).dialog!.querySelectorAll(
        'header, footer, [role="banner"], [role="contentinfo"]',
      );
      expect(landmarks).to.have.length(0);
    });

    it('does not call the account invalid before the customer acts, then says why in words', async () => {
      const el = await payButton();
      await open(el);
      const native = parts(el).nativeSelect!;
      expect(native.getAttribute('aria-invalid')).not.to.equal('true');
      expect(native).not.to.match(':invalid');
      await click(parts(el).proceed!);
      await settle(el);
      await until(() => native.getAttribute('aria-invalid') === 'true', 'marked invalid');
      const message = parts(el).select!.shadowRoot!.querySelector('[part="invalid"]')!;
      expect(text(message)).to.equal('Scegli un account PayPal oppure Nuovo account PayPal.');
      expect(native.getAttribute('aria-describedby')).to.contain(message.id);
      expect(deepActiveElement()).to.equal(native);
      // Choosing clears it.
      await choose(el, mario.id);
      expect(native.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('the receipt', () => {
    it('shows the payment reference and the account charged, e-mails unbroken at hyphens', async () => {
      const account = {
        id: 'pp-9',
        email: 'anna-maria.rossi-bianchi@comune-di-sant-angelo.example.it',
      };
      // On a phone: the page in a 390 × 844 frame, with its own host.
      await setViewport({ width: 1280, height: 900 });
      const page = await openFrame(390, 844);
      const phoneHost = new TestHost(page);
      const requests = phoneHost.answer('order-pay-authorize', () => ({
        status: 'completed',
        paymentId: '9JS12345AB678901C',
      }));
      const el = await payButtonIn(page, pecOrder(), [account]);
      await toReview(el, account.id);
      await confirm(el);
      await until(() => requests.length === 1, 'the request');
      await untilStep(el, 'result');
      const result = parts(el).result!;
      expect(text(result)).to.contain('Riferimento del pagamento: 9JS12345AB678901C');
      expect(text(result)).to.contain(`Addebitato su: ${account.email}`);
      // Each piece between "@" and "." stays on one line: a hyphen never ends a line.
      for (const piece of result.querySelectorAll('.email > span'))
        expect(piece.getClientRects(), text(piece)).to.have.length(1);
      await setViewport({ width: 1280, height: 800 });
    });
  });

  describe('PayPal among the host’s methods', () => {
    it('asks for the method first, PayPal saying what it means for renewal, before the account', async () => {
      const el = await payButtonWithMethods();
      await open(el);
      const group = el.shadowRoot!.querySelector('fieldset')!;
      expect(text(group.querySelector('legend'))).to.equal('Modalità di pagamento');
      const radios = [...group.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
      expect(radios.map((radio) => text(radio.parentElement))).to.deep.equal([
        'PayPal',
        'Carta di credito',
      ]);
      expect(deepActiveElement()).to.equal(radios[0]);
      expect(parts(el).select).to.be.null;
      await press(' ');
      await settle(el);
      const renewal = el.shadowRoot!.getElementById(radios[0]!.getAttribute('aria-describedby')!);
      expect(text(renewal)).to.equal(
        'Con PayPal il rinnovo automatico viene attivato per la successiva scadenza del servizio.',
      );
      // The consequence comes before the account choice.
      expect(
        renewal!.compareDocumentPosition(parts(el).select!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.be.greaterThan(0);
    });

    it('says in words when no method is chosen', async () => {
      const el = await payButtonWithMethods();
      await open(el);
      await click(parts(el).proceed!);
      await settle(el);
      const group = el.shadowRoot!.querySelector('fieldset')!;
      const error = el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!);
      expect(text(error)).to.equal('Scegli una modalità di pagamento.');
    });

    it('hands another method to the host with a cancelable order-pay-method, and nothing else runs', async () => {
      const order = pecOrder();
      const chosen = host.record('order-pay-method');
      host.on('order-pay-method', (event) => event.preventDefault());
      const requests = host.record('order-pay-authorize');
      const el = await payButtonWithMethods(order);
      await open(el);
      const card = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')[1]!;
      await click(card);
      await settle(el);
      expect(parts(el).select).to.be.null;
      await click(parts(el).proceed!);
      await settle(el);
      expect(chosen).to.have.length(1);
      expect(chosen[0]!.detail.order).to.equal(order);
      expect(chosen[0]!.detail.method).to.include({ id: 'card', label: 'Carta di credito' });
      expect(chosen[0]).to.have.property('cancelable', true);
      expect(parts(el).dialog).not.to.have.attribute('open');
      expect(location.hash).not.to.equal('#carta');
      expect(requests).to.have.length(0);
    });

    it('goes to the method’s page when the host does not take over', async () => {
      const before = location.href;
      const el = await payButtonWithMethods();
      await open(el);
      await click(el.shadowRoot!.querySelectorAll('input[name="method"]')[1]!);
      await settle(el);
      await click(parts(el).proceed!);
      await settle(el);
      expect(location.hash).to.equal('#carta');
      history.replaceState(null, '', before);
    });

    it('shows the PayPal dialog as it is when PayPal is the only method', async () => {
      const el = await payButton();
      el.methods = [{ id: 'paypal' }];
      await open(el);
      expect(el.shadowRoot!.querySelector('fieldset')).to.be.null;
      expect(text(parts(el).dialog)).to.contain('Modalità di pagamento: PayPal');
    });
  });

  describe('Italian copy', () => {
    it('uses the typographic apostrophe in every Italian string of the pay elements', () => {
      const catalogues = [
        it_.orderPayButton,
        it_.orderSummary,
        it_.paypalAccountSelect,
        it_.common,
      ];
      const strings = catalogues.flatMap((catalogue) =>
        Object.values(catalogue).map((value) =>
          typeof value === 'function'
            ? (value as (...a: string[]) => string)('X', 'Y', 'Z')
            : value,
        ),
      );
      expect(strings.filter((value) => /\p{L}'\p{L}/u.test(value))).to.deep.equal([]);
    });

    it('never tells the customer that Prosegui goes to PayPal (the summary comes first)', async () => {
      const el = await payButton(pecOrder(), { accounts: [] });
      await open(el);
      const note = text(parts(el).select!.shadowRoot!.querySelector('[part="new-account-note"]'));
      expect(note).not.to.contain('Cliccando su Prosegui');
      expect(note).to.contain('con Prosegui e paga accederai a PayPal');
    });
  });
});
