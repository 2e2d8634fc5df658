/**
 * The demo's Area Clienti on a phone (390×844) and a laptop (1280×800): the page fits the screen,
 * every order shows its status, and Paga is within reach. Loads the built CDN file, as the demo
 * does (npm test builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { text } from '../kit/screen.js';
import { click } from '../kit/user.js';
import { nextFrame, until } from '../kit/wait.js';

async function openDemo(width: number, height: number): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size:${width}px;block-size:${height}px;border:0`;
  frame.src = '/demo/area-clienti.html';
  document.body.append(frame);
  await until(() => {
    const buttons = frame.contentDocument?.querySelectorAll('order-pay-button') ?? [];
    return buttons.length > 0 && [...buttons].every((el) => el.shadowRoot?.querySelector('[part]'));
  }, 'the demo shows its orders');
  return frame.contentDocument!;
}

describe('demo: Area Clienti', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`fits ${width}×${height}, with a status for every order and Paga in reach`, async () => {
      const page = await openDemo(width, height);
      const root = page.documentElement;
      expect(root.scrollWidth, 'page width').to.be.at.most(width);
      const rows = [...page.querySelectorAll('#orders tr')];
      expect(rows.map((row) => text(row.querySelector('.state')))).to.deep.equal([
        'Attesa pagamento',
        'Attesa pagamento',
        'Attesa pagamento',
        'Pagato',
      ]);
      for (const el of page.querySelectorAll('order-pay-button')) {
        const target = el.shadowRoot!.querySelector('[part="button"], [part="status"]')!;
        const box = target.getBoundingClientRect();
        expect(box.left, text(target)).to.be.at.least(0);
        expect(box.right, text(target)).to.be.at.most(width);
      }
      // A paid order's row is as tall as one with Paga: nothing jumps when an order is paid.
      const heights = rows.map((row) => {
        const cell = row.querySelector('order-pay-button')!;
        return cell.getBoundingClientRect().height;
      });
      expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.equal(1);
    });
  }
});

describe('demo: Area Clienti in five languages', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.removeItem('customer-area-kit-demo:lang');
  });

  for (const [language, name, services, renewalOn] of [
    ['de', 'Deutsch', 'Dienste', 'Automatische Verlängerung aktiv'],
    ['fr', 'Français', 'Services', 'Renouvellement automatique activé'],
    ['sl', 'Slovenščina', 'Storitve', 'Samodejno podaljšanje je aktivno'],
  ] as const) {
    it(`switches the page and the elements to ${name}`, async () => {
      const page = await openDemo(390, 844);
      const button = page.querySelector<HTMLElement>(`[data-lang="${language}"]`)!;
      await click(button);
      expect(button.getAttribute('aria-pressed'), `${name} pressed`).to.equal('true');
      expect(page.documentElement.lang).to.equal(language);
      expect(text(page.querySelector('#services-title'))).to.equal(services);
      const control = page.querySelector('auto-renewal-control')!;
      await until(
        () => text(control.shadowRoot?.querySelector('[part="state"]')).startsWith(renewalOn),
        `the first service's renewal in ${name}`,
      );
    });
  }
});

describe('demo: Area Clienti, Servizi and Account PayPal', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    for (const key of Object.keys(localStorage))
      if (key.startsWith('customer-area-kit:change:')) localStorage.removeItem(key);
  });

  /** The demo page, once its services and accounts are on screen. */
  async function openServices(width: number, height: number): Promise<Document> {
    const page = await openDemo(width, height);
    await until(() => {
      const controls = [...page.querySelectorAll('auto-renewal-control')];
      const accounts = page.querySelector('paypal-accounts');
      return (
        controls.length > 0 &&
        controls.every((el) => el.shadowRoot?.querySelector('[part="state"]')) &&
        accounts?.shadowRoot?.querySelector('[part="list"]') !== null
      );
    }, 'the demo shows its services');
    return page;
  }

  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    it(`shows one control per service and the accounts, within ${width} px`, async () => {
      const page = await openServices(width, height);
      expect(page.documentElement.scrollWidth, 'page width').to.be.at.most(width);
      const services = [...page.querySelectorAll('#services > li')];
      expect(services.map((item) => text(item.querySelector('h3')))).to.deep.equal([
        'PEC Standard — mario.rossi@pec.example.it',
        'SPID Professionale',
        'Conservazione a norma',
        'Firma Digitale Remota',
      ]);
      const states = services.map((item) =>
        text(
          item.querySelector('auto-renewal-control')!.shadowRoot!.querySelector('[part="state"]'),
        ),
      );
      expect(states).to.deep.equal([
        'Rinnovo automatico attivo',
        'Rinnovo automatico non attivo',
        'Rinnovo automatico attivo',
        'Rinnovo automatico non disponibile',
      ]);
      for (const el of page.querySelectorAll('auto-renewal-control, paypal-accounts')) {
        for (const target of el.shadowRoot!.querySelectorAll('button')) {
          const box = target.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, text(target)).to.be.at.most(width);
          expect(box.height, text(target)).to.be.at.least(24);
        }
      }
    });
  }

  it('lets a customer switch a renewal off and on, remove an account and register one without paying', async () => {
    const page = await openServices(1280, 800);
    const pec = page.querySelector('auto-renewal-control')!;
    const part = (el: Element, name: string) =>
      el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
    // Off.
    await click(part(pec, 'button')!);
    await until(() => part(pec, 'confirm') !== null, 'the confirmation');
    await click(part(pec, 'confirm')!);
    await until(() => part(pec, 'result') !== null, 'switched off');
    await click(part(pec, 'cancel')!);
    await until(() => text(part(pec, 'state')) === 'Rinnovo automatico non attivo', 'off');
    // On again, with a registered account.
    await click(part(pec, 'button')!);
    await until(() => part(pec, 'confirm') !== null, 'the choice');
    const select = pec.shadowRoot!.querySelector('paypal-account-select')!;
    await until(() => select.shadowRoot?.querySelector('select') != null, 'the accounts');
    const native = select.shadowRoot!.querySelector('select')!;
    native.value = 'vault-1';
    native.dispatchEvent(new Event('change', { bubbles: true }));
    await click(part(pec, 'confirm')!);
    await until(() => part(pec, 'result') !== null, 'switched on');
    await click(part(pec, 'cancel')!);
    await until(() => text(part(pec, 'state')) === 'Rinnovo automatico attivo', 'on');

    // Remove the account Conservazione renews with: its renewal stops.
    const accounts = page.querySelector('paypal-accounts')!;
    const remove = [...accounts.shadowRoot!.querySelectorAll<HTMLElement>('[part="remove"]')][1]!;
    await click(remove);
    await until(() => part(accounts, 'confirm') !== null, 'the confirmation');
    expect(text(accounts.shadowRoot!.querySelector('dialog'))).to.contain('Conservazione a norma');
    await click(part(accounts, 'confirm')!);
    await until(() => part(accounts, 'result') !== null, 'removed');
    await click(part(accounts, 'cancel')!);
    const conservazione = page.querySelectorAll('auto-renewal-control')[2]!;
    await until(
      () => text(part(conservazione, 'state')) === 'Rinnovo automatico non attivo',
      'the renewal it paid stopped',
    );

    // Register one without paying, through the PayPal simulator.
    await until(() => part(accounts, 'add')!.getAttribute('aria-disabled') === 'false', 'PayPal');
    await click(part(accounts, 'add')!);
    // The customer goes through the simulated PayPal window: log in, continue, agree.
    const registered = () => text(part(accounts, 'status')).includes('registrato');
    while (!registered()) {
      const next = page.querySelector<HTMLElement>('dialog.cak-pps[open] .cak-pps__primary');
      if (next) await click(next);
      else await nextFrame();
    }
    expect(accounts.shadowRoot!.querySelectorAll('[part="account"]')).to.have.length(2);
  });
});
