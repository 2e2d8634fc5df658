import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { KitElement } from '../../src/internal/kit-element.js';
import {
  LANGUAGE_WAIT_MS,
  loadLanguages,
  setTerms,
  toLanguage,
} from '../../src/internal/localize.js';
import { catalogue, type Translation } from '../../src/internal/terms.js';
import { withFakeClock } from '../kit/clock.js';
import { logging } from '../kit/console.js';
import { deferred, nextFrame, until } from '../kit/wait.js';

/** An element with a catalogue of its own, as every element of the kit has. */
const probeTerms = { manage: 'Gestisci', missing: (field: string) => `Manca ${field}` };
const probeEnglish = { manage: 'Manage', missing: (field: string) => `Missing ${field}` };
class LocalizeProbe extends KitElement<typeof probeTerms> {
  static override terms = catalogue('localize-probe', probeTerms, {
    en: () => Promise.resolve({ default: probeEnglish }),
    de: () =>
      Promise.resolve({
        default: { manage: 'Verwalten', missing: (field: string) => `${field} fehlt` },
      }),
    fr: () =>
      Promise.resolve({
        default: { manage: 'Gérer', missing: (field: string) => `${field} manquant` },
      }),
    sl: () =>
      Promise.resolve({
        default: { manage: 'Upravljaj', missing: (field: string) => `Manjka ${field}` },
      }),
  });

  override render() {
    return html`<span>${this.localize.term('manage')}</span>`;
  }
}
LocalizeProbe.define('localize-probe');

declare module '../../src/internal/localize.js' {
  interface KitTerms {
    'localize-probe': typeof probeTerms;
  }
}

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
    // fixture() waits for the wrapper, a plain <div>: the probe's update is its own.
    const probe = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
    await settle(probe);
    expect(shown(probe)).to.equal('Manage');
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
    await settle(probe);
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
    const [italian, english] = wrapper.querySelectorAll<LocalizeProbe>('localize-probe');
    await settle(italian!);
    await settle(english!);
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
    expect(toLanguage('de-IT')).to.equal('de');
    expect(toLanguage('fr_CH')).to.equal('fr');
    expect(toLanguage('sl')).to.equal('sl');
    expect(toLanguage('')).to.equal('it');
    expect(toLanguage('pt-BR')).to.equal('it');
  });
});

let probes = 0;
/** A probe whose English arrives when the test says so; each its own catalogue and tag. */
function slowProbe() {
  const english = deferred<{ default: Translation<typeof probeTerms> }>();
  probes += 1;
  class SlowProbe extends KitElement<typeof probeTerms> {
    static override terms = catalogue(`slow-probe-${probes}`, probeTerms, {
      en: () => english.promise,
      de: () => english.promise,
      fr: () => english.promise,
      sl: () => english.promise,
    });

    override render() {
      return html`<span>${this.localize.term('manage')}</span>`;
    }
  }
  const tag = `slow-probe-${probes}`;
  SlowProbe.define(tag);
  const element = document.createElement(tag) as SlowProbe;
  element.lang = 'en';
  return { element, english };
}

describe('languages loaded on demand', () => {
  afterEach(() => {
    document.querySelectorAll('[data-probe]').forEach((probe) => probe.remove());
  });

  it('shows nothing until its language arrives, then that language, never Italian', async () => {
    const { element, english } = slowProbe();
    element.dataset['probe'] = '';
    // The clock stands still: however slow the machine, the wait for English does not run out.
    await withFakeClock(async () => {
      document.body.append(element);
      await nextFrame();
      expect(element.shadowRoot?.querySelector('span')).to.be.null;

      english.resolve({ default: probeEnglish });
      await element.updateComplete;
    });
    expect(shown(element)).to.equal('Manage');
  });

  it(`shows Italian after ${LANGUAGE_WAIT_MS} ms without its language, then switches`, async () => {
    const { element, english } = slowProbe();
    element.dataset['probe'] = '';
    await withFakeClock(async (clock) => {
      document.body.append(element);
      await clock.tickAsync(LANGUAGE_WAIT_MS);
    });
    await element.updateComplete;
    expect(shown(element)).to.equal('Gestisci');

    english.resolve({ default: probeEnglish });
    await until(() => shown(element) === 'Manage');
  });

  it('keeps its current language on screen while the next one loads', async () => {
    const { element, english } = slowProbe();
    element.dataset['probe'] = '';
    element.lang = 'it';
    document.body.append(element);
    await element.updateComplete;
    expect(shown(element)).to.equal('Gestisci');

    element.lang = 'en';
    await nextFrame();
    expect(shown(element)).to.equal('Gestisci');
    english.resolve({ default: probeEnglish });
    await until(() => shown(element) === 'Manage');
  });

  it('renders at once, in its language, when the host preloaded it (loadLanguages)', async () => {
    const { element, english } = slowProbe();
    element.dataset['probe'] = '';
    english.resolve({ default: probeEnglish });
    await loadLanguages(['en-US']);
    document.body.append(element);
    expect(element.isUpdatePending).to.be.true;
    await element.updateComplete;
    expect(shown(element)).to.equal('Manage');
  });

  it('falls back to Italian, with one console.error, when its language cannot load', async () => {
    const { element, english } = slowProbe();
    element.dataset['probe'] = '';
    const { calls } = await logging(async () => {
      english.reject(new TypeError('Failed to fetch'));
      document.body.append(element);
      await element.updateComplete;
    });
    expect(shown(element)).to.equal('Gestisci');
    expect(calls).to.have.length(1);
    expect(String(calls[0]![0])).to.contain('could not load the en strings of slow-probe');
  });
});

describe('terms overrides', () => {
  afterEach(() => {
    setTerms('en', 'common', {});
  });

  it('lets a host override any string of one element, in whatever language it shows', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    probe.terms = { manage: 'Open settings' };
    await probe.updateComplete;
    expect(shown(probe)).to.equal('Open settings');
    probe.lang = 'it';
    await settle(probe);
    expect(shown(probe)).to.equal('Open settings');
  });

  it('overrides a string in one language on every instance (setTerms), re-rendering them', async () => {
    const wrapper = await fixture(
      html`<div>
        <localize-probe lang="en"></localize-probe><localize-probe lang="it"></localize-probe>
      </div>`,
    );
    const [english, italian] = wrapper.querySelectorAll<LocalizeProbe>('localize-probe');
    setTerms('en', 'localize-probe', { manage: 'Administer' });
    await english!.updateComplete;
    expect(shown(english!)).to.equal('Administer');
    expect(shown(italian!)).to.equal('Gestisci');
    setTerms('en', 'localize-probe', {});
  });

  it('overrides the shared strings, parameterised ones with a function', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    const localize = (probe as unknown as { localize: LocalizeProbe['localize'] }).localize;
    setTerms('en', 'common', { invalidDetail: (field, problem) => `${field} – ${problem}` });
    expect(localize.term('invalidDetail', 'name', 'missing')).to.equal('name – missing');
    probe.terms = { problemRequired: 'required' };
    expect(localize.term('problemRequired')).to.equal('required');
  });

  it('names unknown keys in one console.error and ignores them', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    const { calls } = await logging(async () => {
      probe.terms = { manage: 'Open', payButon: 'Pay', colour: 'x' } as object;
      await probe.updateComplete;
      setTerms('en', 'common', { invalidProdcut: 'x' } as object);
    });
    expect(shown(probe)).to.equal('Open');
    expect(calls.map((call) => call[0])).to.deep.equal([
      'customer-area-kit: <localize-probe>.terms has no term "payButon", "colour"; ignored.',
      `customer-area-kit: setTerms('en', 'common') has no term "invalidProdcut"; ignored.`,
    ]);
  });
});
