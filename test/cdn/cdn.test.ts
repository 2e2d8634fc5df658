import { expect } from '@open-wc/testing';
import { text } from '../kit/screen.js';
import { click } from '../kit/user.js';

/**
 * The built CDN file (`npm run build` makes it) in a plain HTML page, in an iframe of its own:
 * no bundler, no framework, the elements registered by one `<script type="module">`.
 */
async function loadPlainPage(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/cdn/plain-page.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('env-picker');
  return frame.contentDocument!;
}

describe('the CDN build', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is a single file that registers the elements and completes the environment choice', async () => {
    const response = await fetch('/dist/cdn/customer-area-kit.js');
    expect(
      response,
      'run `npm run build` first: dist/cdn/customer-area-kit.js is missing',
    ).to.have.property('ok', true);
    const source = await response.text();
    expect(source).not.to.match(/from\s*["']lit/);

    const doc = await loadPlainPage();
    const picker = doc.querySelector('env-picker') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await picker.updateComplete;
    const root = picker.shadowRoot!;
    expect(text(root.querySelector('button'))).to.equal('Gestisci pagoPA');

    await click(root.querySelector('button')!);
    await picker.updateComplete;
    expect(root.querySelector('dialog')).to.have.attribute('open');
    await click(root.querySelectorAll('[part="option"]')[1]!);
    await picker.updateComplete;
    await click(root.querySelector('[part="confirm"]')!);

    expect(doc.getElementById('log')!.textContent).to.equal('produzione');
    expect(doc.defaultView!.location.hash).to.equal('#produzione');
  });
});
