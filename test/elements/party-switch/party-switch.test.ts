import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openFrame } from '../../kit/viewport.js';
import '../../../src/elements/party-switch/define.js';
import type { PartySwitch } from '../../../src/elements/party-switch/party-switch.js';
import type { PartySelectEvent } from '../../../src/events/party-select-event.js';
import type { Party } from '../../../src/model/party.js';
import {
  chord,
  captureConsole,
  click,
  deepActiveElement,
  domSettled,
  press,
  text,
  until,
} from '../../helpers/user.js';

const enti = (): Party[] => [
  {
    id: 'milano',
    name: 'Comune di Milano',
    role: 'admin',
    taxCode: '01199250158',
    ipaCode: 'c_f205',
  },
  { id: 'castello', name: 'Città di Castello', role: 'operator', ipaCode: 'c_c745' },
  { id: 'roma', name: 'Roma Capitale', role: 'operator', taxCode: '02438750586' },
  {
    id: 'lombardia',
    name: 'Regione Lombardia',
    role: 'admin',
    disabled: true,
    taxCode: '80050050154',
  },
  { id: 'napoli', name: 'Comune di Napoli', role: 'admin', pending: true },
  {
    id: 'partner',
    name: 'PagoTech S.p.A.',
    role: 'admin',
    parentName: 'Partner tecnologico',
  },
  { id: 'forli', name: 'Comune di Forlì', role: 'operator', ipaCode: 'c_d704' },
];

const generated = (count: number): Party[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `ente-${i}`,
    name: `Ente numero ${i}`,
    role: i % 2 ? 'admin' : 'operator',
    taxCode: String(10_000_000_000 + i),
  }));

const parts = (el: PartySwitch) => {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part="button"]'),
    panel: root.querySelector<HTMLElement>('[part="panel"]'),
    search: root.querySelector<HTMLInputElement>('[part="search"]'),
    listbox: root.querySelector<HTMLElement>('[part="listbox"]'),
    options: [...root.querySelectorAll<HTMLElement>('[role="option"]')],
    count: root.querySelector<HTMLElement>('[part="count"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
  };
};

const isOpen = (el: PartySwitch) => parts(el).panel?.matches(':popover-open') === true;

/** Options in list order (the virtualiser may keep DOM order different from list order). */
const optionNames = (el: PartySwitch) =>
  parts(el)
    .options.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
    .map((o) => text(o.querySelector('.name')));

/** The id the keyboard focus points at (aria-activedescendant of the focused control). */
const activeId = () =>
  (deepActiveElement() as HTMLElement | null)?.getAttribute('aria-activedescendant') ?? '';

const activeOption = (el: PartySwitch) => {
  const id = activeId();
  return id ? el.shadowRoot!.getElementById(id) : null;
};

/** Waits for the element's update and for the virtualiser to finish laying out. */
async function settle(el: PartySwitch) {
  await el.updateComplete;
  await domSettled(el.shadowRoot!);
  await el.updateComplete;
}

function record(el: HTMLElement, { cancel = false } = {}) {
  const events: PartySelectEvent[] = [];
  el.addEventListener('party-select', (event) => {
    events.push(event);
    if (cancel) event.preventDefault();
  });
  return events;
}

async function partySwitch(
  parties: unknown = enti(),
  attrs: { lang?: string; current?: string; threshold?: number } = {},
) {
  return fixture<PartySwitch>(
    html`<party-switch
      lang=${attrs.lang ?? 'it'}
      .parties=${parties}
      current-party-id=${attrs.current ?? 'milano'}
      search-threshold=${attrs.threshold ?? 5}
    ></party-switch>`,
  );
}

async function openByClick(el: PartySwitch) {
  await click(parts(el).button!);
  await settle(el);
}

async function type(el: PartySwitch, textToType: string) {
  await sendKeys({ type: textToType });
  await settle(el);
}

async function quietly<T>(run: () => Promise<T>): Promise<{ value: T; calls: unknown[][] }> {
  const errors = captureConsole('error');
  try {
    const value = await run();
    await settle(value as PartySwitch);
    return { value, calls: errors.calls };
  } finally {
    errors.restore();
  }
}

/** Text a person hears: without aria-hidden decorations (the monogram). */
const spoken = (node: Element | null) => {
  const copy = node?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
};

describe('<party-switch>', () => {
  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible closed, open, searching, without results and in error (${lang})`, async () => {
        const el = await partySwitch(enti(), { lang });
        await expect(el).to.be.accessible();
        await openByClick(el);
        expect(isOpen(el)).to.equal(true);
        await expect(el).to.be.accessible();
        await type(el, 'comune');
        await expect(el).to.be.accessible();
        await type(el, 'zzz');
        expect(parts(el).options.length).to.equal(0);
        await expect(el).to.be.accessible();
        await press('Escape');
        const { value: broken } = await quietly(() => partySwitch([{ id: 'x' }], { lang }));
        expect(parts(broken).error === null).to.equal(false);
        await expect(broken).to.be.accessible();
      });
    }

    it('is accessible open without a search box', async () => {
      const el = await partySwitch(enti().slice(0, 3));
      await openByClick(el);
      expect(parts(el).search === null).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('the button', () => {
    it('shows the current party and is named “name, role. Cambia ente”', async () => {
      const el = await partySwitch();
      const button = parts(el).button!;
      expect(spoken(button)).to.equal('Comune di Milano, Amministratore. Cambia ente');
      expect(text(button.querySelector('.name'))).to.equal('Comune di Milano');
      expect(text(button.querySelector('[part="role"]'))).to.equal('Amministratore');
      expect(button.querySelector('[part="logo"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    });

    it('shows an http(s) logo and falls back to the monogram when it fails to load', async () => {
      const parties = enti();
      parties[0]!.logoUrl = 'https://127.0.0.1:1/missing-logo.png';
      const el = await partySwitch(parties);
      const logo = () => parts(el).button!.querySelector('[part="logo"]')!;
      expect(logo().localName).to.equal('img');
      expect(logo().getAttribute('alt')).to.equal('');
      await until(() => logo().localName !== 'img');
      expect(logo().localName).to.equal('span');
      expect(text(logo())).to.equal('CM');
    });

    it('renders nothing until the host gives parties', async () => {
      const el = await fixture<PartySwitch>(html`<party-switch></party-switch>`);
      expect(el.shadowRoot!.querySelector('[part]') === null).to.equal(true);
    });

    it('reads parties, current party, role labels and threshold from attributes', async () => {
      const el = await fixture<PartySwitch>(
        html`<party-switch
          current-party-id="b"
          search-threshold="1"
          role-labels='{"viewer":"Osservatore"}'
          parties='[{"id":"a","name":"Ente A","role":"admin"},{"id":"b","name":"Ente B","role":"viewer"}]'
        ></party-switch>`,
      );
      expect(text(parts(el).button)).to.contain('Ente B, Osservatore');
      await openByClick(el);
      expect(parts(el).search === null).to.equal(false);
    });

    it('opens with the keyboard and focuses the search box', async () => {
      const el = await partySwitch();
      parts(el).button!.focus();
      await press('Enter');
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      expect(deepActiveElement() === parts(el).search).to.equal(true);
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      await settle(el);
      expect(isOpen(el)).to.equal(false);
      await press('ArrowDown');
      await settle(el);
      expect(isOpen(el)).to.equal(true);
    });
  });

  describe('the panel', () => {
    it('lists every party as an option, none active, the current one marked “Ente attuale”', async () => {
      const el = await partySwitch();
      await openByClick(el);
      const { listbox, search, options } = parts(el);
      expect(listbox!.getAttribute('role')).to.equal('listbox');
      expect(optionNames(el)).to.deep.equal(enti().map((p) => p.name));
      const marked = options.filter((o) => o.querySelector('[part="current"]'));
      expect(marked.map((o) => text(o.querySelector('.name')))).to.deep.equal(['Comune di Milano']);
      expect(text(marked[0]!.querySelector('[part="current"]'))).to.equal('Ente attuale');
      expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).to.have.length(0);
      expect(options.every((o) => o.getAttribute('aria-setsize') === '7')).to.equal(true);
      expect(search!.getAttribute('role')).to.equal('combobox');
      expect(search!.getAttribute('aria-controls')).to.equal(listbox!.id);
      expect(search!.getAttribute('aria-expanded')).to.equal('true');
      expect(search!.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(text(el.shadowRoot!.getElementById('search-label'))).to.equal(
        'Cerca per nome, codice fiscale o codice IPA',
      );
    });

    it('sits under the button and inside a 320 px viewport', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px; display: flex; justify-content: flex-end">
          <party-switch current-party-id="milano" .parties=${enti()}></party-switch>
        </div>`,
      );
      const el = wrapper.querySelector('party-switch')!;
      await openByClick(el);
      const panel = parts(el).panel!.getBoundingClientRect();
      const button = parts(el).button!.getBoundingClientRect();
      expect(panel.top >= button.bottom).to.equal(true);
      expect(panel.left >= 0 && panel.right <= document.documentElement.clientWidth).to.equal(true);
    });

    it('marks disabled and pending parties and does not select them', async () => {
      const el = await partySwitch();
      const events = record(el);
      await openByClick(el);
      const byName = (name: string) =>
        parts(el).options.find((o) => text(o.querySelector('.name')) === name)!;
      const disabled = byName('Regione Lombardia');
      const pending = byName('Comune di Napoli');
      expect(disabled.getAttribute('aria-disabled')).to.equal('true');
      expect(text(disabled)).to.contain('Disattivato');
      expect(pending.getAttribute('aria-disabled')).to.equal('true');
      expect(text(pending)).to.contain('In attesa di adesione');
      await click(disabled);
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      for (let i = 0; i < 5; i++) await press('ArrowDown');
      await settle(el);
      expect(activeId()).to.equal('party-4');
      expect(text(activeOption(el)?.querySelector('.name'))).to.equal('Comune di Napoli');
      await press('Enter');
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      expect(events).to.have.length(0);
    });
  });

  describe('search', () => {
    it('is shown only above search-threshold', async () => {
      const few = await partySwitch(enti().slice(0, 5));
      await openByClick(few);
      expect(parts(few).search === null).to.equal(true);
      await press('Escape');
      const many = await partySwitch(enti().slice(0, 6));
      await openByClick(many);
      expect(parts(many).search === null).to.equal(false);
    });

    it('finds by name ignoring case and accents, and announces the count', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await type(el, 'citta');
      expect(optionNames(el)).to.deep.equal(['Città di Castello']);
      expect(text(parts(el).count)).to.equal('1 ente trovato');
      expect(parts(el).count!.getAttribute('role')).to.equal('status');
      parts(el).search!.select();
      await type(el, 'CITTÀ');
      expect(optionNames(el)).to.deep.equal(['Città di Castello']);
      parts(el).search!.select();
      await type(el, 'comune');
      expect(optionNames(el)).to.deep.equal([
        'Comune di Milano',
        'Comune di Napoli',
        'Comune di Forlì',
      ]);
      expect(text(parts(el).count)).to.equal('3 enti trovati');
      await type(el, ' forli');
      expect(optionNames(el)).to.deep.equal(['Comune di Forlì']);
    });

    it('finds by tax code and by IPA code', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await type(el, '02438750586');
      expect(optionNames(el)).to.deep.equal(['Roma Capitale']);
      parts(el).search!.select();
      await type(el, 'C_C745');
      expect(optionNames(el)).to.deep.equal(['Città di Castello']);
    });

    it('says “Nessun ente trovato” and hides the list when nothing matches', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await type(el, 'Torino');
      expect(text(parts(el).count)).to.equal('Nessun ente trovato');
      expect(parts(el).options).to.have.length(0);
      expect(parts(el).listbox!.hidden).to.equal(true);
      expect(parts(el).search!.getAttribute('aria-expanded')).to.equal('false');
      expect(parts(el).search!.hasAttribute('aria-activedescendant')).to.equal(false);
      await press('Backspace');
      await press('Backspace');
      await press('Backspace');
      await press('Backspace');
      await press('Backspace');
      await press('Backspace');
      await settle(el);
      expect(parts(el).options.length).to.equal(7);
      expect(text(parts(el).count)).to.equal('');
    });

    it('selects a search result with ArrowDown and Enter', async () => {
      const el = await partySwitch();
      const events = record(el);
      await openByClick(el);
      await type(el, 'roma');
      expect(activeId()).to.equal('');
      await press('ArrowDown');
      await settle(el);
      expect(activeId()).to.equal('party-0');
      await press('Enter');
      await settle(el);
      expect(events.map((e) => e.detail.party.id)).to.deep.equal(['roma']);
      expect(isOpen(el)).to.equal(false);
      expect(deepActiveElement() === parts(el).button).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('moves with ArrowDown / ArrowUp and Home / End in the empty search box', async () => {
      const el = await partySwitch();
      parts(el).button!.focus();
      await press('Enter');
      await settle(el);
      expect(activeId()).to.equal('');
      await press('ArrowDown');
      await settle(el);
      expect(activeId()).to.equal('party-0');
      await press('ArrowDown');
      await settle(el);
      expect(activeId()).to.equal('party-1');
      expect(activeOption(el)!.classList.contains('active')).to.equal(true);
      await press('ArrowUp');
      await settle(el);
      expect(activeId()).to.equal('party-0');
      await press('End');
      await settle(el);
      expect(activeId()).to.equal('party-6');
      await press('Home');
      await settle(el);
      expect(activeId()).to.equal('party-0');
    });

    it('leaves the option when Left / Right / Home / End move the caret', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await type(el, 'com');
      for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) {
        await press('ArrowDown');
        await settle(el);
        expect(activeId(), `before ${key}`).to.equal('party-0');
        expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
        await press(key);
        await settle(el);
        expect(parts(el).search!.hasAttribute('aria-activedescendant'), `after ${key}`).to.equal(
          false,
        );
        const selected = parts(el).options.filter(
          (o) => o.getAttribute('aria-selected') === 'true',
        );
        expect(selected, `after ${key}`).to.have.length(0);
      }
      expect(parts(el).search!.selectionStart).to.equal(3);
      await press('Home');
      expect(parts(el).search!.selectionStart).to.equal(0);
    });

    it('uses aria-activedescendant on the listbox when there is no search box', async () => {
      const el = await partySwitch(enti().slice(0, 3), { current: 'roma' });
      const events = record(el);
      parts(el).button!.focus();
      await press('Enter');
      await settle(el);
      expect(deepActiveElement() === parts(el).listbox).to.equal(true);
      expect(activeId()).to.equal('party-2');
      await press('Home');
      await settle(el);
      expect(activeId()).to.equal('party-0');
      await press('End');
      await settle(el);
      expect(activeId()).to.equal('party-2');
      await press('ArrowUp');
      await settle(el);
      await press('Enter');
      await settle(el);
      expect(events.map((e) => e.detail.party.id)).to.deep.equal(['castello']);
    });

    it('closes on Escape without an event and returns focus to the button', async () => {
      const el = await partySwitch();
      const events = record(el);
      await openByClick(el);
      await press('ArrowDown');
      await press('Escape');
      await settle(el);
      expect(isOpen(el)).to.equal(false);
      expect(events).to.have.length(0);
      expect(deepActiveElement() === parts(el).button).to.equal(true);
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps the focus in the search box when the panel background is clicked', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await type(el, 'comune');
      await click(parts(el).count!);
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      expect(deepActiveElement()).to.equal(parts(el).search);
      await type(el, ' milano');
      expect(optionNames(el)).to.deep.equal(['Comune di Milano']);
    });

    it('closes without an event when clicking outside', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <p style="block-size: 400px">Pagina</p>
          <party-switch current-party-id="milano" .parties=${enti()}></party-switch>
        </div>`,
      );
      const el = wrapper.querySelector('party-switch')!;
      const events = record(el);
      await openByClick(el);
      await click(wrapper.querySelector('p')!);
      await settle(el);
      expect(isOpen(el)).to.equal(false);
      expect(events).to.have.length(0);
    });
  });

  describe('WAI-ARIA combobox', () => {
    it('selects the option the user arrows to and marks the current party apart', async () => {
      const el = await partySwitch(enti(), { current: 'roma' });
      await openByClick(el);
      await press('ArrowDown');
      await settle(el);
      const selected = parts(el).options.filter((o) => o.getAttribute('aria-selected') === 'true');
      expect(selected.map((o) => o.id)).to.deep.equal([activeId()]);
      expect(text(selected[0]!.querySelector('.name'))).to.equal('Comune di Milano');
      const roma = parts(el).options.find(
        (o) => text(o.querySelector('.name')) === 'Roma Capitale',
      )!;
      expect(roma.getAttribute('aria-selected')).to.equal('false');
      expect(spoken(roma)).to.contain('Ente attuale');
      expect(roma.querySelector('[part="current"] svg')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('opens with Alt+ArrowDown without activating an option', async () => {
      const el = await partySwitch();
      parts(el).button!.focus();
      await chord('Alt+ArrowDown');
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      expect(deepActiveElement()).to.equal(parts(el).search);
      expect(parts(el).search!.hasAttribute('aria-activedescendant')).to.equal(false);
      const selected = parts(el).options.filter((o) => o.getAttribute('aria-selected') === 'true');
      expect(selected).to.have.length(0);
    });

    it('opens with ArrowDown on the current party, selected', async () => {
      const el = await partySwitch(enti(), { current: 'roma' });
      parts(el).button!.focus();
      await press('ArrowDown');
      await settle(el);
      expect(text(activeOption(el)?.querySelector('.name'))).to.equal('Roma Capitale');
      expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('Enter right after typing', () => {
    it('chooses the first result that can be chosen, and says which', async () => {
      const parties: Party[] = [
        { id: 'bari-old', name: 'Comune di Bari (cessato)', role: 'admin', disabled: true },
        { id: 'bari', name: 'Comune di Bari', role: 'admin' },
        ...enti(),
      ];
      const el = await partySwitch(parties, { current: 'roma' });
      const events = record(el);
      await openByClick(el);
      await type(el, 'bari');
      expect(activeId()).to.equal('');
      await press('Enter');
      await settle(el);
      expect(events.map((e) => e.detail.party.id)).to.deep.equal(['bari']);
      expect(isOpen(el)).to.equal(false);
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(text(status)).to.equal('Hai scelto Comune di Bari');
      expect(deepActiveElement()).to.equal(parts(el).button);
      expect(spoken(parts(el).button)).to.contain('Comune di Bari, Amministratore');
    });

    it('does nothing when no result can be chosen, or nothing was typed', async () => {
      const el = await partySwitch(enti(), { current: 'roma' });
      const events = record(el);
      await openByClick(el);
      await press('Enter');
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      await type(el, 'lombardia');
      await press('Enter');
      await settle(el);
      expect(isOpen(el)).to.equal(true);
      expect(events).to.have.length(0);
    });
  });

  describe('reading at 200 % text and at 320 px', () => {
    const long: Party[] = [
      {
        id: 'ic',
        name: 'Istituto Comprensivo Statale di Montecchio Maggiore “Alessandro Manzoni”',
        role: 'admin',
        parentName: 'Ufficio Scolastico Regionale per il Veneto',
        taxCode: '80016000244',
      },
      ...enti(),
    ];

    afterEach(() => {
      document.documentElement.style.fontSize = '';
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    });

    /** Every rendered option shows all of its text: nothing clipped, no row over another. */
    function expectReadable(el: PartySwitch) {
      const options = parts(el).options.sort(
        (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
      );
      expect(options.length).to.be.greaterThan(0);
      for (const option of options) {
        const name = option.querySelector<HTMLElement>('.name')!;
        expect(option.scrollHeight, text(name)).to.be.at.most(option.clientHeight + 1);
        expect(name.scrollWidth, text(name)).to.be.at.most(name.clientWidth + 1);
      }
      for (let i = 1; i < options.length; i++) {
        const above = options[i - 1]!.getBoundingClientRect();
        const below = options[i]!.getBoundingClientRect();
        expect(below.top, text(options[i])).to.be.at.least(above.bottom - 1);
      }
    }

    it('grows the rows with their text at 200 %', async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<PartySwitch>(
        html`<div style="font-size: 1rem">
          <party-switch current-party-id="ic" .parties=${long}></party-switch>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('party-switch')!);
      await openByClick(el);
      expectReadable(el);
      const name = parts(el).button!.querySelector<HTMLElement>('.name')!;
      expect(name.scrollWidth).to.be.at.most(name.clientWidth + 1);
      await expect(el).to.be.accessible();
    });

    it('wraps long names on a 320 px wide screen, the button included', async () => {
      // A page 320 px wide (a frame: WebKitGTK's window cannot be made that narrow).
      const page = await openFrame(320, 640);
      const el = page.createElement('party-switch');
      el.lang = 'it';
      el.parties = long as PartySwitch['parties'];
      el.setAttribute('current-party-id', 'ic');
      page.body.append(el);
      await el.updateComplete;
      await openByClick(el);
      expectReadable(el);
      const panel = parts(el).panel!.getBoundingClientRect();
      expect(panel.right).to.be.at.most(320);
      const button = parts(el).button!;
      expect(button.getBoundingClientRect().right).to.be.at.most(320);
      const name = button.querySelector<HTMLElement>('.name')!;
      expect(name.scrollWidth).to.be.at.most(name.clientWidth + 1);
    });

    it('measures rows of 10 000 parties at 200 % and reaches the last one with End', async () => {
      document.documentElement.style.fontSize = '200%';
      const many = generated(10_000).map((party, i) =>
        i % 7 ? party : { ...party, name: `${party.name} — ${long[0]!.name}` },
      );
      const el = await fixture<PartySwitch>(
        html`<div style="font-size: 1rem">
          <party-switch current-party-id="ente-1" .parties=${many}></party-switch>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('party-switch')!);
      await openByClick(el);
      await press('ArrowDown');
      await settle(el);
      expectReadable(el);
      await press('End');
      await settle(el);
      expect(activeId()).to.equal('party-9999');
      expectReadable(el);
      const list = parts(el).listbox!.getBoundingClientRect();
      const last = activeOption(el)!.getBoundingClientRect();
      expect(last.top).to.be.at.least(list.top - 1);
      expect(last.bottom).to.be.at.most(list.bottom + 1);
    });
  });

  describe('accessible names', () => {
    it('separates name, role, state and codes as a person would say them', async () => {
      const el = await partySwitch(enti(), { current: 'roma' });
      await openByClick(el);
      const byName = (name: string) =>
        parts(el).options.find((o) => text(o.querySelector('.name')) === name)!;
      expect(spoken(byName('Comune di Milano'))).to.equal(
        'Comune di Milano, Amministratore, C.F. 01199250158',
      );
      expect(spoken(byName('Regione Lombardia'))).to.equal(
        'Regione Lombardia, Amministratore, Disattivato, C.F. 80050050154',
      );
      expect(spoken(byName('PagoTech S.p.A.'))).to.equal(
        'PagoTech S.p.A., Partner tecnologico, Amministratore',
      );
      expect(spoken(byName('Roma Capitale'))).to.equal(
        'Roma Capitale, Operatore, Ente attuale, C.F. 02438750586',
      );
    });
  });

  describe('search finds what people type', () => {
    const more = (): Party[] => [
      ...enti(),
      { id: 'sa', name: 'Comune di Sant’Angelo Lodigiano', role: 'admin' },
      { id: 'aq', name: "ASL Avezzano-Sulmona-L'Aquila", role: 'operator' },
      {
        id: 'pm',
        name: 'Polizia Municipale',
        role: 'operator',
        parentName: 'Unione dei Comuni della Bassa Romagna',
      },
      { id: 'm13', name: 'Comune di Monteverde 13', role: 'admin', ipaCode: 'c_m129' },
      { id: 'm12', name: 'Comune di Monteverde 12', role: 'admin', ipaCode: 'c_m128' },
    ];

    async function searchFor(el: PartySwitch, query: string) {
      parts(el).search!.select();
      await type(el, query);
      return optionNames(el);
    }

    it('matches a plain apostrophe with a typographic one, either way', async () => {
      const el = await partySwitch(more());
      await openByClick(el);
      expect(await searchFor(el, "sant'angelo")).to.deep.equal(['Comune di Sant’Angelo Lodigiano']);
      expect(await searchFor(el, 'l’aquila')).to.deep.equal(["ASL Avezzano-Sulmona-L'Aquila"]);
      expect(await searchFor(el, 'l`aquila')).to.deep.equal(["ASL Avezzano-Sulmona-L'Aquila"]);
    });

    it('finds by parent organisation and by words in any order', async () => {
      const el = await partySwitch(more());
      await openByClick(el);
      expect(await searchFor(el, 'bassa romagna')).to.deep.equal(['Polizia Municipale']);
      expect(await searchFor(el, 'milano comune')).to.deep.equal(['Comune di Milano']);
    });

    it('shows the IPA code that made a row match', async () => {
      const el = await partySwitch(more());
      await openByClick(el);
      expect(await searchFor(el, 'monteverde 12')).to.deep.equal([
        'Comune di Monteverde 13',
        'Comune di Monteverde 12',
      ]);
      const [m13, m12] = parts(el).options.sort(
        (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
      );
      expect(text(m13!.querySelector('mark[part="code"]'))).to.equal('Codice IPA c_m129');
      expect(spoken(m13!)).to.contain('Codice IPA c_m129');
      expect(m12!.querySelector('mark[part="code"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('party-select', () => {
    it('fires once per choice by click, then shows the new party and closes', async () => {
      const el = await partySwitch();
      const events = record(el);
      await openByClick(el);
      const roma = parts(el).options.find(
        (o) => text(o.querySelector('.name')) === 'Roma Capitale',
      );
      await click(roma!);
      await settle(el);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.detail.party.id).to.equal('roma');
      expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
      expect(el.currentPartyId).to.equal('roma');
      expect(text(parts(el).button)).to.contain('Roma Capitale, Operatore');
      expect(isOpen(el)).to.equal(false);
      expect(deepActiveElement() === parts(el).button).to.equal(true);
    });

    it('keeps the current party when the host cancels', async () => {
      const el = await partySwitch();
      const events = record(el, { cancel: true });
      await openByClick(el);
      await press('ArrowDown');
      await press('ArrowDown');
      await settle(el);
      await press('Enter');
      await settle(el);
      expect(events).to.have.length(1);
      expect(events[0]!.defaultPrevented).to.equal(true);
      expect(el.currentPartyId).to.equal('milano');
      expect(text(parts(el).button)).to.contain('Comune di Milano');
      expect(isOpen(el)).to.equal(false);
    });

    it('just closes when the current party is chosen', async () => {
      const el = await partySwitch();
      const events = record(el);
      await openByClick(el);
      await press('ArrowDown');
      await settle(el);
      await press('Enter');
      await settle(el);
      expect(events).to.have.length(0);
      expect(isOpen(el)).to.equal(false);
    });

    it('fires nothing on programmatic changes', async () => {
      const el = await partySwitch();
      const events = record(el);
      el.currentPartyId = 'roma';
      await settle(el);
      el.parties = enti().slice(1);
      await settle(el);
      el.searchThreshold = 0;
      await settle(el);
      expect(events).to.have.length(0);
      expect(text(parts(el).button)).to.contain('Roma Capitale');
    });
  });

  describe('ten thousand parties', () => {
    it('renders only a window of options and reaches the last one with End', async () => {
      const el = await partySwitch(generated(10_000), { current: 'ente-5000' });
      parts(el).button!.focus();
      await press('ArrowDown');
      await settle(el);
      const rendered = parts(el).options.length;
      expect(rendered > 0 && rendered < 100).to.equal(true);
      expect(activeId()).to.equal('party-5000');
      await press('End');
      await settle(el);
      expect(activeId()).to.equal('party-9999');
      const last = activeOption(el);
      expect(text(last?.querySelector('.name'))).to.equal('Ente numero 9999');
      expect(last?.getAttribute('aria-posinset')).to.equal('10000');
      expect(last?.getAttribute('aria-setsize')).to.equal('10000');
      const list = parts(el).listbox!.getBoundingClientRect();
      const box = last!.getBoundingClientRect();
      expect(box.top >= list.top - 1 && box.bottom <= list.bottom + 1).to.equal(true);
      expect(parts(el).options.length < 100).to.equal(true);
    });

    it('counts the results with grouped numbers', async () => {
      const el = await partySwitch(generated(10_000), { current: 'ente-1' });
      await openByClick(el);
      await type(el, 'ente');
      expect(text(parts(el).count)).to.equal('10.000 enti trovati');
      await type(el, ' numero 9999');
      expect(text(parts(el).count)).to.equal('1 ente trovato');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, string]> = [
      ['a party without an id', [{ name: 'Ente', role: 'admin' }], 'parties[0].id'],
      ['a party without a name', [{ id: 'a', name: ' ', role: 'admin' }], 'parties[0].name'],
      [
        'a duplicate id',
        [
          { id: 'a', name: 'A', role: 'admin' },
          { id: 'a', name: 'B', role: 'admin' },
        ],
        'parties[1].id',
      ],
      [
        'a javascript: logo',
        [{ id: 'a', name: 'A', role: 'admin', logoUrl: 'javascript:alert(1)' }],
        'parties[0].logoUrl',
      ],
      [
        'a data: logo',
        [{ id: 'a', name: 'A', role: 'admin', logoUrl: 'data:image/png;base64,AAAA' }],
        'parties[0].logoUrl',
      ],
      ['parties that are not an array', { id: 'a' }, 'parties'],
    ];
    for (const [name, parties, field] of cases) {
      it(`shows a localised error and logs once for ${name}`, async () => {
        const { value: el, calls } = await quietly(() => partySwitch(parties));
        expect(parts(el).button === null).to.equal(true);
        expect(parts(el).error!.getAttribute('role')).to.equal('alert');
        expect(text(parts(el).error)).to.contain('Gli enti non possono essere mostrati');
        expect(text(parts(el).error)).to.contain(`«${field}»`);
        expect(calls).to.have.length(1);
        expect(String(calls[0]?.[0])).to.contain(`"${field}"`);
        expect(String(calls[0]?.[0])).to.contain('<party-switch>');
      });
    }

    it('reports malformed JSON in English', async () => {
      const { value: el, calls } = await quietly(() =>
        fixture<PartySwitch>(html`<party-switch lang="en" parties='[{"id": }'></party-switch>`),
      );
      expect(text(parts(el).error)).to.contain('The organisations cannot be shown');
      expect(text(parts(el).error)).to.contain('malformed JSON');
      expect(calls).to.have.length(1);
    });

    it('shows an unknown role by its id and logs once naming parties[i].role', async () => {
      const parties = enti();
      parties[2]!.role = 'auditor';
      parties[3]!.role = 'auditor';
      const { value: el, calls } = await quietly(() => partySwitch(parties, { current: 'roma' }));
      expect(text(parts(el).button)).to.contain('Roma Capitale, auditor');
      el.currentPartyId = 'milano';
      await settle(el);
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"parties[2].role"');
    });

    it('logs once for malformed role-labels and keeps the built-in labels', async () => {
      const { value: el, calls } = await quietly(() =>
        fixture<PartySwitch>(
          html`<party-switch
            role-labels="{oops"
            current-party-id="a"
            parties='[{"id":"a","name":"A","role":"admin"}]'
          ></party-switch>`,
        ),
      );
      expect(text(parts(el).button)).to.contain('A, Amministratore');
      expect(calls).to.have.length(1);
      expect(String(calls[0]?.[0])).to.contain('"roleLabels"');
    });

    it('renders hostile HTML in names as text', async () => {
      const hostile = '<img src=x onerror="window.__partyPwned=1">';
      const el = await partySwitch([{ id: 'x', name: hostile, role: 'admin' }], { current: 'x' });
      await openByClick(el);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(parts(el).button!.querySelector('.name'))).to.equal(hostile);
      expect((window as { __partyPwned?: number }).__partyPwned).to.equal(undefined);
    });

    it('recovers when the host fixes the parties', async () => {
      const { value: el } = await quietly(() => partySwitch([{ id: 'a' }]));
      el.parties = enti();
      await settle(el);
      expect(parts(el).error === null).to.equal(true);
      expect(text(parts(el).button)).to.contain('Comune di Milano');
    });
  });

  describe('languages', () => {
    it('speaks English, ARIA text included', async () => {
      const el = await partySwitch(enti(), { lang: 'en' });
      expect(spoken(parts(el).button)).to.equal(
        'Comune di Milano, Administrator. Change organisation',
      );
      await openByClick(el);
      expect(parts(el).panel!.getAttribute('aria-label')).to.equal('Change organisation');
      expect(parts(el).listbox!.getAttribute('aria-label')).to.equal('Your organisations');
      expect(text(parts(el).options.find((o) => o.id === 'party-3'))).to.contain('Disabled');
      expect(text(parts(el).options.find((o) => o.id === 'party-4'))).to.contain(
        'Membership pending',
      );
      await type(el, 'comune');
      expect(text(parts(el).count)).to.equal('3 organisations found');
      await type(el, ' milano');
      expect(text(parts(el).count)).to.equal('1 organisation found');
      await type(el, 'x');
      expect(text(parts(el).count)).to.equal('No organisation found');
    });

    it('follows a change of language', async () => {
      const el = await partySwitch();
      el.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(text(parts(el).button)).to.contain('Administrator. Change organisation');
    });
  });
});
