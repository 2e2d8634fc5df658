/**
 * The demo's Area Clienti on a phone (390×844) and a laptop (1280×800): the page fits the screen,
 * every order shows its status, and Paga is within reach. Loads the built CDN file, as the demo
 * does (npm test builds before the browser tests).
 */
import { expect } from '@open-wc/testing';
import { text } from '../kit/screen.js';
import { until } from '../kit/wait.js';

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
