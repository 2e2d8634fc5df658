import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { KitElement } from '../../src/internal/kit-element.js';
import { toLanguage } from '../../src/internal/localize.js';
import { nextFrame } from '../kit/wait.js';

/** An element with a catalogue of its own, as every element of the kit has. */
const probeTerms = { manage: 'Gestisci', missing: (field: string) => `Manca ${field}` };
class LocalizeProbe extends KitElement<typeof probeTerms> {
  static override terms = {
    it: probeTerms,
    en: { manage: 'Manage', missing: (field: string) => `Missing ${field}` },
  };

  override render() {
    return html`<span>${this.localize.term('manage')}</span>`;
  }
}
LocalizeProbe.define('localize-probe');

/** A host with its own shadow root, to check that the language crosses it. */
class ShadowParent extends LitElement {
  override render() {
    return html`<localize-probe></localize-probe>`;
  }
}
customElements.define('localize-shadow-parent', ShadowParent);

const shown = (probe: Element) => probe.shadowRoot?.querySelector('span')?.textContent;

async function settle(probe: LocalizeProbe) {
  await nextFrame();
  await probe.updateComplete;
}

describe('LocalizeController', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('uses the element’s own lang first', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    expect(shown(probe)).to.equal('Manage');
  });

  it('uses the nearest ancestor’s lang when the element has none', async () => {
    const wrapper = await fixture(
      html`<div lang="it">
        <section lang="en"><localize-probe></localize-probe></section>
      </div>`,
    );
    expect(shown(wrapper.querySelector('localize-probe')!)).to.equal('Manage');
  });

  it('falls back to <html lang>', async () => {
    document.documentElement.lang = 'en';
    const probe = await fixture<LocalizeProbe>(html`<localize-probe></localize-probe>`);
    expect(shown(probe)).to.equal('Manage');
  });

  it('crosses shadow roots to find the language', async () => {
    const parent = await fixture(html`<localize-shadow-parent lang="en"></localize-shadow-parent>`);
    await (parent as ShadowParent).updateComplete;
    const probe = parent.shadowRoot!.querySelector<LocalizeProbe>('localize-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('Manage');
  });

  it('re-renders when the element’s, an ancestor’s or the page’s lang changes', async () => {
    document.documentElement.lang = 'it';
    const wrapper = await fixture(html`<div><localize-probe></localize-probe></div>`);
    const probe = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
    expect(shown(probe)).to.equal('Gestisci');

    document.documentElement.lang = 'en';
    await settle(probe);
    expect(shown(probe)).to.equal('Manage');

    wrapper.setAttribute('lang', 'it');
    await settle(probe);
    expect(shown(probe)).to.equal('Gestisci');

    probe.lang = 'en-GB';
    await settle(probe);
    expect(shown(probe)).to.equal('Manage');
  });

  it('gives each element its own language on the same page', async () => {
    const wrapper = await fixture(
      html`<div>
        <localize-probe lang="it"></localize-probe><localize-probe lang="en"></localize-probe>
      </div>`,
    );
    const [italian, english] = wrapper.querySelectorAll('localize-probe');
    expect(shown(italian!)).to.equal('Gestisci');
    expect(shown(english!)).to.equal('Manage');
  });

  it('gives an element its own strings and the shared ones, with parameters', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    const localize = (probe as unknown as { localize: LocalizeProbe['localize'] }).localize;
    expect(localize.term('missing', 'name')).to.equal('Missing name');
    expect(localize.term('problemDuplicate')).to.equal('repeated value');
    expect(localize.locale).to.equal('en-GB');
    probe.lang = 'it';
    expect(localize.term('missing', 'nome')).to.equal('Manca nome');
    expect(localize.locale).to.equal('it-IT');
  });

  it('maps language tags to the built-in languages, Italian by default', () => {
    expect(toLanguage('en')).to.equal('en');
    expect(toLanguage('EN-us')).to.equal('en');
    expect(toLanguage('it-IT')).to.equal('it');
    expect(toLanguage('')).to.equal('it');
    expect(toLanguage('de-DE')).to.equal('it');
  });
});
