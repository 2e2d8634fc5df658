import { expect, fixture, html } from '@open-wc/testing';
import type { PartySwitch } from '../../../src/elements/party-switch/party-switch.js';
import type { Party } from '../../../src/model/party.js';
import { enti, entiToSearch, longNamedEnti, manyEnti } from '../../kit/fixtures.js';
import { host } from '../../kit/host.js';
import {
  activeId,
  activeOption,
  expectReadable,
  openByClick,
  optionNamed,
  optionNames,
  orderedOptions,
  parts,
  partySwitch,
  partySwitchIn,
  quietly,
  searchFor,
  settle,
  typeIn,
} from '../../kit/party-switch.js';
import { spoken, text } from '../../kit/screen.js';
import { click, deepActiveElement, press, pressChord } from '../../kit/user.js';
import { openFrame } from '../../kit/viewport.js';
import { nextTask, until } from '../../kit/wait.js';

describe('<party-switch>', () => {
  afterEach(() => host.reset());

  describe('accessibility', () => {
    for (const lang of ['it', 'en']) {
      it(`is accessible closed, open, searching, without results and in error (${lang})`, async () => {
        const el = await partySwitch(enti(), { lang });
        await expect(el).to.be.accessible();
        await openByClick(el);
        expect(parts(el).panel).to.match(':popover-open');
        await expect(el).to.be.accessible();
        await typeIn(el, 'comune');
        await expect(el).to.be.accessible();
        await typeIn(el, 'zzz');
        expect(parts(el).options.length).to.equal(0);
        await expect(el).to.be.accessible();
        await press('Escape');
        const { value: broken } = await quietly(() => partySwitch([{ id: 'x' }], { lang }));
        expect(parts(broken).error).not.to.be.null;
        await expect(broken).to.be.accessible();
      });
    }

    it('is accessible open without a search box', async () => {
      const el = await partySwitch(enti().slice(0, 3));
      await openByClick(el);
      expect(parts(el).search).to.be.null;
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
      expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
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
      expect(parts(el).search).not.to.be.null;
    });

    it('opens with the keyboard and focuses the search box', async () => {
      const el = await partySwitch();
      parts(el).button!.focus();
      await press('Enter');
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      expect(deepActiveElement()).to.equal(parts(el).search);
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('true');
      await press('Escape');
      await settle(el);
      expect(parts(el).panel).not.to.match(':popover-open');
      await press('ArrowDown');
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
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
      expect(options.map((o) => o.getAttribute('aria-setsize'))).to.deep.equal(Array(7).fill('7'));
      expect(search!.getAttribute('role')).to.equal('combobox');
      expect(search!.getAttribute('aria-controls')).to.equal(listbox!.id);
      expect(search!.getAttribute('aria-expanded')).to.equal('true');
      expect(search!).not.to.have.attribute('aria-activedescendant');
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
      expect(panel.top, 'the panel’s top').to.be.at.least(button.bottom);
      expect(panel.left, 'the panel’s left edge').to.be.at.least(0);
      expect(panel.right, 'the panel’s right edge').to.be.at.most(
        document.documentElement.clientWidth,
      );
    });

    it('marks disabled and pending parties and does not select them', async () => {
      const el = await partySwitch();
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      const disabled = optionNamed(el, 'Regione Lombardia')!;
      const pending = optionNamed(el, 'Comune di Napoli')!;
      expect(disabled.getAttribute('aria-disabled')).to.equal('true');
      expect(text(disabled)).to.contain('Disattivato');
      expect(pending.getAttribute('aria-disabled')).to.equal('true');
      expect(text(pending)).to.contain('In attesa di adesione');
      await click(disabled);
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      for (let i = 0; i < 5; i++) await press('ArrowDown');
      await settle(el);
      expect(activeId()).to.equal('party-4');
      expect(text(activeOption(el)?.querySelector('.name'))).to.equal('Comune di Napoli');
      await press('Enter');
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      expect(events).to.have.length(0);
    });
  });

  describe('search', () => {
    it('is shown only above search-threshold', async () => {
      const few = await partySwitch(enti().slice(0, 5));
      await openByClick(few);
      expect(parts(few).search).to.be.null;
      await press('Escape');
      const many = await partySwitch(enti().slice(0, 6));
      await openByClick(many);
      expect(parts(many).search).not.to.be.null;
    });

    it('finds by name ignoring case and accents, and announces the count', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await typeIn(el, 'citta');
      expect(optionNames(el)).to.deep.equal(['Città di Castello']);
      expect(text(parts(el).count)).to.equal('1 ente trovato');
      expect(parts(el).count!.getAttribute('role')).to.equal('status');
      parts(el).search!.select();
      await typeIn(el, 'CITTÀ');
      expect(optionNames(el)).to.deep.equal(['Città di Castello']);
      parts(el).search!.select();
      await typeIn(el, 'comune');
      expect(optionNames(el)).to.deep.equal([
        'Comune di Milano',
        'Comune di Napoli',
        'Comune di Forlì',
      ]);
      expect(text(parts(el).count)).to.equal('3 enti trovati');
      await typeIn(el, ' forli');
      expect(optionNames(el)).to.deep.equal(['Comune di Forlì']);
    });

    it('finds by tax code and by IPA code', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await typeIn(el, '02438750586');
      expect(optionNames(el)).to.deep.equal(['Roma Capitale']);
      parts(el).search!.select();
      await typeIn(el, 'C_C745');
      expect(optionNames(el)).to.deep.equal(['Città di Castello']);
    });

    it('says “Nessun ente trovato” and hides the list when nothing matches', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await typeIn(el, 'Torino');
      expect(text(parts(el).count)).to.equal('Nessun ente trovato');
      expect(parts(el).options).to.have.length(0);
      expect(parts(el).listbox).to.have.attribute('hidden');
      expect(parts(el).search!.getAttribute('aria-expanded')).to.equal('false');
      expect(parts(el).search!).not.to.have.attribute('aria-activedescendant');
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
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      await typeIn(el, 'roma');
      expect(activeId()).to.equal('');
      await press('ArrowDown');
      await settle(el);
      expect(activeId()).to.equal('party-0');
      await press('Enter');
      await settle(el);
      expect(events.map((e) => e.detail.party.id)).to.deep.equal(['roma']);
      expect(parts(el).panel).not.to.match(':popover-open');
      expect(deepActiveElement()).to.equal(parts(el).button);
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
      expect(activeOption(el)!).to.have.class('active');
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
      await typeIn(el, 'com');
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
      const events = host.record('party-select', { on: el });
      parts(el).button!.focus();
      await press('Enter');
      await settle(el);
      expect(deepActiveElement()).to.equal(parts(el).listbox);
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
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      await press('ArrowDown');
      await press('Escape');
      await settle(el);
      expect(parts(el).panel).not.to.match(':popover-open');
      expect(events).to.have.length(0);
      expect(deepActiveElement()).to.equal(parts(el).button);
      expect(parts(el).button!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('keeps the focus in the search box when the panel background is clicked', async () => {
      const el = await partySwitch();
      await openByClick(el);
      await typeIn(el, 'comune');
      await click(parts(el).count!);
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      expect(deepActiveElement()).to.equal(parts(el).search);
      await typeIn(el, ' milano');
      expect(optionNames(el)).to.deep.equal(['Comune di Milano']);
    });

    it('follows its button when the page scrolls, and no longer once closed', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <party-switch current-party-id="milano" .parties=${enti()}></party-switch>
          <p style="block-size: 300vh">Pagina</p>
        </div>`,
      );
      const el = wrapper.querySelector('party-switch')!;
      // From the button's bottom to the panel's top: the panel is in the top layer, fixed.
      const gap = () =>
        parts(el).panel!.getBoundingClientRect().top -
        parts(el).button!.getBoundingClientRect().bottom;
      try {
        await openByClick(el);
        const placed = gap();
        expect(placed).to.be.within(0, 8);
        window.scrollBy(0, 120);
        expect(window.scrollY, 'the page scrolled').to.be.greaterThan(0);
        await until(() => Math.abs(gap() - placed) < 1, 'the panel follows the button');

        await press('Escape');
        await settle(el);
        expect(parts(el).panel).not.to.match(':popover-open');
        const top = parts(el).panel!.style.top;
        // (The focus went back to the button, which may have scrolled the page back.)
        const scrolled = window.scrollY;
        window.scrollBy(0, 60);
        expect(window.scrollY, 'the page scrolled again').to.not.equal(scrolled);
        // Scroll events are dispatched before the next frame's callbacks.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(parts(el).panel!.style.top, 'a closed panel is not placed again').to.equal(top);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('closes without an event when clicking outside', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <p style="block-size: 400px">Pagina</p>
          <party-switch current-party-id="milano" .parties=${enti()}></party-switch>
        </div>`,
      );
      const el = wrapper.querySelector('party-switch')!;
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      await click(wrapper.querySelector('p')!);
      await settle(el);
      expect(parts(el).panel).not.to.match(':popover-open');
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
      const roma = optionNamed(el, 'Roma Capitale')!;
      expect(roma.getAttribute('aria-selected')).to.equal('false');
      expect(spoken(roma)).to.contain('Ente attuale');
      expect(roma.querySelector('[part="current"] svg')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('opens with Alt+ArrowDown without activating an option', async () => {
      const el = await partySwitch();
      parts(el).button!.focus();
      await pressChord('Alt+ArrowDown');
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      expect(deepActiveElement()).to.equal(parts(el).search);
      expect(parts(el).search!).not.to.have.attribute('aria-activedescendant');
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
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      await typeIn(el, 'bari');
      expect(activeId()).to.equal('');
      await press('Enter');
      await settle(el);
      expect(events.map((e) => e.detail.party.id)).to.deep.equal(['bari']);
      expect(parts(el).panel).not.to.match(':popover-open');
      expect(text(parts(el).status)).to.equal('Hai scelto Comune di Bari');
      expect(deepActiveElement()).to.equal(parts(el).button);
      expect(spoken(parts(el).button)).to.contain('Comune di Bari, Amministratore');
    });

    it('does nothing when no result can be chosen, or nothing was typed', async () => {
      const el = await partySwitch(enti(), { current: 'roma' });
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      await press('Enter');
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      await typeIn(el, 'lombardia');
      await press('Enter');
      await settle(el);
      expect(parts(el).panel).to.match(':popover-open');
      expect(events).to.have.length(0);
    });
  });

  describe('reading at 200 % text and at 320 px', () => {
    afterEach(() => {
      document.documentElement.style.fontSize = '';
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    });

    it('grows the rows with their text at 200 %', async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await fixture<PartySwitch>(
        html`<div style="font-size: 1rem">
          <party-switch current-party-id="ic" .parties=${longNamedEnti()}></party-switch>
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
      const el = await partySwitchIn(await openFrame(320, 640), longNamedEnti(), { current: 'ic' });
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
      const many = manyEnti(10_000).map((party, i) =>
        i % 7 ? party : { ...party, name: `${party.name} — ${longNamedEnti()[0]!.name}` },
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
      expect(spoken(optionNamed(el, 'Comune di Milano')!)).to.equal(
        'Comune di Milano, Amministratore, C.F. 01199250158',
      );
      expect(spoken(optionNamed(el, 'Regione Lombardia')!)).to.equal(
        'Regione Lombardia, Amministratore, Disattivato, C.F. 80050050154',
      );
      expect(spoken(optionNamed(el, 'PagoTech S.p.A.')!)).to.equal(
        'PagoTech S.p.A., Partner tecnologico, Amministratore',
      );
      expect(spoken(optionNamed(el, 'Roma Capitale')!)).to.equal(
        'Roma Capitale, Operatore, Ente attuale, C.F. 02438750586',
      );
    });
  });

  describe('search finds what people type', () => {
    it('matches a plain apostrophe with a typographic one, either way', async () => {
      const el = await partySwitch(entiToSearch());
      await openByClick(el);
      expect(await searchFor(el, "sant'angelo")).to.deep.equal(['Comune di Sant’Angelo Lodigiano']);
      expect(await searchFor(el, 'l’aquila')).to.deep.equal(["ASL Avezzano-Sulmona-L'Aquila"]);
      expect(await searchFor(el, 'l`aquila')).to.deep.equal(["ASL Avezzano-Sulmona-L'Aquila"]);
    });

    it('finds by parent organisation and by words in any order', async () => {
      const el = await partySwitch(entiToSearch());
      await openByClick(el);
      expect(await searchFor(el, 'bassa romagna')).to.deep.equal(['Polizia Municipale']);
      expect(await searchFor(el, 'milano comune')).to.deep.equal(['Comune di Milano']);
    });

    it('shows the IPA code that made a row match', async () => {
      const el = await partySwitch(entiToSearch());
      await openByClick(el);
      expect(await searchFor(el, 'monteverde 12')).to.deep.equal([
        'Comune di Monteverde 13',
        'Comune di Monteverde 12',
      ]);
      const [m13, m12] = orderedOptions(el);
      expect(text(m13!.querySelector('mark[part="code"]'))).to.equal('Codice IPA c_m129');
      expect(spoken(m13!)).to.contain('Codice IPA c_m129');
      expect(m12!.querySelector('mark[part="code"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('party-select', () => {
    it('fires once per choice by click, then shows the new party and closes', async () => {
      const el = await partySwitch();
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      const roma = optionNamed(el, 'Roma Capitale');
      await click(roma!);
      await settle(el);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.detail.party.id).to.equal('roma');
      expect(event!).to.include({ bubbles: true, composed: true, cancelable: true });
      expect(el.currentPartyId).to.equal('roma');
      expect(text(parts(el).button)).to.contain('Roma Capitale, Operatore');
      expect(parts(el).panel).not.to.match(':popover-open');
      expect(deepActiveElement()).to.equal(parts(el).button);
    });

    it('keeps the current party when the host cancels', async () => {
      const el = await partySwitch();
      const events = host.record('party-select', { on: el, cancel: true });
      await openByClick(el);
      await press('ArrowDown');
      await press('ArrowDown');
      await settle(el);
      await press('Enter');
      await settle(el);
      expect(events).to.have.length(1);
      expect(events[0], 'cancelled by the host').to.have.property('defaultPrevented', true);
      expect(el.currentPartyId).to.equal('milano');
      expect(text(parts(el).button)).to.contain('Comune di Milano');
      expect(parts(el).panel).not.to.match(':popover-open');
    });

    it('just closes when the current party is chosen', async () => {
      const el = await partySwitch();
      const events = host.record('party-select', { on: el });
      await openByClick(el);
      await press('ArrowDown');
      await settle(el);
      await press('Enter');
      await settle(el);
      expect(events).to.have.length(0);
      expect(parts(el).panel).not.to.match(':popover-open');
    });

    it('fires nothing on programmatic changes', async () => {
      const el = await partySwitch();
      const events = host.record('party-select', { on: el });
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
      const el = await partySwitch(manyEnti(10_000), { current: 'ente-5000' });
      parts(el).button!.focus();
      await press('ArrowDown');
      await settle(el);
      const rendered = parts(el).options.length;
      expect(rendered, 'options in the DOM').to.be.within(1, 99);
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
      expect(box.top, 'the last option’s top').to.be.at.least(list.top - 1);
      expect(box.bottom, 'the last option’s bottom').to.be.at.most(list.bottom + 1);
      expect(parts(el).options.length, 'options in the DOM').to.be.below(100);
    });

    it('counts the results with grouped numbers', async () => {
      const el = await partySwitch(manyEnti(10_000), { current: 'ente-1' });
      await openByClick(el);
      await typeIn(el, 'ente');
      expect(text(parts(el).count)).to.equal('10.000 enti trovati');
      await typeIn(el, ' numero 9999');
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
        expect(parts(el).button).to.be.null;
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
      expect(parts(el).error).to.be.null;
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
      await typeIn(el, 'comune');
      expect(text(parts(el).count)).to.equal('3 organisations found');
      await typeIn(el, ' milano');
      expect(text(parts(el).count)).to.equal('1 organisation found');
      await typeIn(el, 'x');
      expect(text(parts(el).count)).to.equal('No organisation found');
    });

    it('follows a change of language', async () => {
      const el = await partySwitch();
      el.setAttribute('lang', 'en');
      await nextTask();
      await el.updateComplete;
      expect(text(parts(el).button)).to.contain('Administrator. Change organisation');
    });
  });
});
