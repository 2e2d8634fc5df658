import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PartySelectEvent } from '../../events/party-select-event.js';
import { KitElement } from '../../internal/kit-element.js';
import { VirtualList } from '../../internal/virtual-list.js';
import * as en from '../../translations/en.js';
import * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { isWellKnownRole, parseParties, type Party } from '../../model/party.js';
import {
  buildIndex,
  explainsMatch,
  queryWords,
  search,
  type PreviousSearch,
  type SearchIndex,
} from '../../model/search.js';
import { isRecord, jsonAttribute, MalformedJson, type Validated } from '../../model/validation.js';
import { styles } from './party-switch.styles.js';

const PAGE = 10;
/** Searched as they are (ignoring case), not word by word. */
const CODES = [(party: Party) => party.taxCode, (party: Party) => party.ipaCode];
const GAP = 8;
/** Preferred width of the panel in em (448 px at 16 px): long names of enti need room. */
const PANEL_WIDTH = 28;

/**
 * The organisation switcher of the page header (right side): the current ente or partner
 * (logo, name, the user's role) on a button that opens a panel listing the others. Above
 * `search-threshold` entries the panel has a search box (words in any order, ignoring case,
 * accents and the kind of apostrophe, over name, parent organisation, tax code and IPA code)
 * and announces the number of results; a row found through its IPA code shows that code. Rows
 * grow with their text (names wrap). Long lists are virtualised, so 100 000 entries stay fast.
 *
 * Keyboard (WAI-ARIA combobox with a listbox popup, manual selection): on the button, Enter /
 * Space open the panel with the focus in the search box and no option active; ArrowDown /
 * ArrowUp open it with the current party (else the first / last) active; Alt+ArrowDown opens it
 * without activating an option. In the search box ArrowDown / ArrowUp activate an option (it is
 * `aria-selected`; the focus stays in the box through `aria-activedescendant`), PageDown /
 * PageUp move by ten, Enter chooses the active option — or, with none active after typing, the
 * first result that can be chosen, and says so. Left / Right / Home / End move the caret and
 * leave the options (Home / End go to the first / last entry when the box is empty, and
 * Ctrl+Home / Ctrl+End always). Escape closes and returns focus to the button. Without a search
 * box the listbox itself has the focus (single-select listbox: the active option is selected).
 * Disabled and pending entries are reachable but cannot be chosen.
 *
 * @tag party-switch
 * @summary Header switcher of the organisation (ente / partner), searchable and virtualised.
 *
 * @event {PartySelectEvent} party-select - The user chose another party. Detail `{ party }`.
 *   Cancelable: `preventDefault()` keeps the current party shown; otherwise the element
 *   updates `current-party-id` itself. Not fired when the current party is chosen again.
 *
 * @csspart button - The button showing the current party.
 * @csspart panel - The panel opened by the button.
 * @csspart search - The search box.
 * @csspart listbox - The list of parties.
 * @csspart option - One party of the list.
 * @csspart logo - A party's logo (or its monogram).
 * @csspart role - The user's role in a party.
 * @csspart current - The "current organisation" mark of the current party's option.
 * @csspart code - A tax or IPA code shown in an option.
 * @csspart count - The number of results of a search.
 * @csspart error - The message shown in place of the button when the data are invalid.
 *
 * @cssproperty --cak-color-primary - Focus of the active option, current mark. Default `#0066cc`.
 * @cssproperty --cak-color-surface - Panel background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the panel).
 * @cssproperty --cak-color-text-muted - Roles and secondary lines. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Borders. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-radius - Corners. Default `4px`.
 */
export class PartySwitch extends KitElement<typeof it.partySwitch> {
  static override terms = { it: it.partySwitch, en: en.partySwitch };

  static override styles = [hostStyles, errorStyles, styles];

  static override properties = {
    parties: { converter: jsonAttribute },
    currentPartyId: { attribute: 'current-party-id' },
    roleLabels: { attribute: 'role-labels', converter: jsonAttribute },
    searchThreshold: { type: Number, attribute: 'search-threshold' },
  };

  /**
   * The parties of the user: `[{ id, name, role, logoUrl?, parentName?, taxCode?, ipaCode?,
   * disabled?, pending? }]`. As an attribute, JSON.
   */
  parties: Party[] | undefined;

  /** The id of the party shown on the button and marked as current in the list. */
  currentPartyId: string | undefined;

  /**
   * Labels of roles by id, for roles other than the built-in `admin` (Amministratore) and
   * `operator` (Operatore), or to relabel those. As an attribute, JSON.
   */
  roleLabels: Record<string, string> | undefined;

  /** The search box is shown when there are more parties than this. */
  searchThreshold = 5;

  #validated: Validated<Party[]> | undefined;
  #labels: Record<string, string> = {};
  #index: SearchIndex<Party> | undefined;
  #isOpen = false;
  #query = '';
  #words: string[] = [];
  /** The entries of `parties` a search found (indices), or null when nothing is searched. */
  #matches: Int32Array | null = null;
  /** The searches of the panel opened now (a query typed, then erased, is not searched twice). */
  #searches = new Map<string, Int32Array | null>();
  #lastSearch: PreviousSearch | undefined;
  /** Index among the results of the active (visually focused, selected) option; -1 for none. */
  #active = -1;
  /** The index a move is scrolling to, before it becomes active. */
  #pending: number | undefined;
  #moveToken = 0;
  /** What the live region next to the button says (a choice made without an active option). */
  #announcement = '';
  #brokenLogos = new Set<string>();
  #list = new VirtualList(this, () => this.#listbox);
  #plural: { locale: string; rules: Intl.PluralRules; number: Intl.NumberFormat } | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeListeners();
    this.#isOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('parties')) {
      this.#validated = this.parties === undefined ? undefined : parseParties(this.parties);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
      this.#forgetSearches();
      this.#index = this.#validated?.ok
        ? buildIndex(this.#validated.value, (p) => [p.name, p.parentName], CODES)
        : undefined;
      this.#filter();
    }
    if (changed.has('roleLabels')) this.#labels = this.#parseLabels();
    if ((changed.has('parties') || changed.has('roleLabels')) && this.#validated?.ok) {
      const parties = this.#validated.value;
      const unknown = parties.findIndex((p) => !this.#knowsRole(p.role));
      if (unknown !== -1) {
        logIssue(this.localName, { field: `parties[${unknown}].role`, problem: 'unknown' });
      }
    }
    if (this.#isOpen && !this.#validParties?.length) this.#close(false);
  }

  protected override updated(): void {
    if (this.#isOpen) this.#position();
  }

  get #validParties(): Party[] | undefined {
    return this.#validated?.ok ? this.#validated.value : undefined;
  }

  get #searchable(): boolean {
    return (this.#validParties?.length ?? 0) > this.searchThreshold;
  }

  get #button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part="button"]');
  }

  get #panel(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="panel"]');
  }

  get #listbox(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="listbox"]');
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('[part="search"]');
  }

  #parseLabels(): Record<string, string> {
    const value: unknown = this.roleLabels;
    if (value === undefined || value === null) return {};
    if (value instanceof MalformedJson) {
      logIssue(this.localName, { field: 'roleLabels', problem: 'json' });
      return {};
    }
    if (!isRecord(value) || Object.values(value).some((label) => typeof label !== 'string')) {
      logIssue(this.localName, { field: 'roleLabels', problem: 'type' });
      return {};
    }
    return value as Record<string, string>;
  }

  #knowsRole(role: string): boolean {
    return Object.hasOwn(this.#labels, role) || isWellKnownRole(role);
  }

  #roleLabel(role: string): string {
    if (Object.hasOwn(this.#labels, role)) return this.#labels[role] as string;
    if (role === 'admin') return this.localize.term('partyRoleAdmin');
    if (role === 'operator') return this.localize.term('partyRoleOperator');
    return role;
  }

  get #resultCount(): number {
    return this.#matches?.length ?? this.#validParties?.length ?? 0;
  }

  /** Result `index` (the results are not copied: a search only keeps indices). */
  #result(index: number): Party | undefined {
    const parties = this.#validParties;
    if (!parties || index < 0 || index >= this.#resultCount) return undefined;
    return parties[this.#matches ? (this.#matches[index] as number) : index];
  }

  /** Where the current party is among the results; -1 when it is not there. */
  #currentResult(): number {
    const parties = this.#validParties ?? [];
    const current = parties.findIndex((p) => p.id === this.currentPartyId);
    if (current === -1 || !this.#matches) return current;
    return this.#matches.indexOf(current);
  }

  #filter(): void {
    // One more letter only narrows the last results; a letter erased finds them again.
    const cached = this.#searches.get(this.#query);
    const found =
      cached !== undefined
        ? cached
        : this.#index
          ? search(this.#index, this.#query, this.#lastSearch)
          : null;
    this.#remember(this.#query, found);
    this.#words = found === null ? [] : queryWords(this.#query);
    this.#matches = found;
    this.#list.reset(this.#resultCount);
    this.#deactivate();
  }

  #remember(query: string, found: Int32Array | null): void {
    this.#lastSearch = { query, found };
    this.#searches.delete(query);
    this.#searches.set(query, found);
    // The last few queries: what Backspace goes back through.
    if (this.#searches.size > 8)
      this.#searches.delete(this.#searches.keys().next().value as string);
  }

  #forgetSearches(): void {
    this.#searches.clear();
    this.#lastSearch = undefined;
  }

  /** No option active (typing, or moving the caret): `aria-activedescendant` goes away. */
  #deactivate(): void {
    this.#active = -1;
    this.#pending = undefined;
    this.#moveToken++;
  }

  /**
   * Opens the panel. `activate`: `none` leaves every option inactive (the APG combobox's manual
   * selection); `first` / `last` activate the current party, else the first / last option.
   */
  async #open(activate: 'none' | 'first' | 'last'): Promise<void> {
    if (this.#isOpen || !this.#validParties?.length) return;
    this.#isOpen = true;
    this.#query = '';
    this.#announcement = '';
    this.#filter();
    this.requestUpdate();
    await this.updateComplete;
    const panel = this.#panel;
    if (!panel || !this.#isOpen) return;
    panel.showPopover();
    this.#position();
    this.#addListeners();
    (this.#input ?? this.#listbox)?.focus();
    if (activate === 'none') return;
    // The virtualiser lays out asynchronously: wait for its first options.
    for (let frame = 0; frame < 30 && this.#isOpen && !this.#optionRendered(0); frame++) {
      await nextFrame();
    }
    if (!this.#isOpen) return;
    const current = this.#currentResult();
    if (current !== -1) await this.#moveTo(current);
    else await this.#moveTo(activate === 'last' ? this.#resultCount - 1 : 0);
  }

  #close(returnFocus: boolean): void {
    if (!this.#isOpen) return;
    this.#isOpen = false;
    this.#forgetSearches();
    this.#moveToken++;
    this.#removeListeners();
    const panel = this.#panel;
    if (panel?.matches(':popover-open')) panel.hidePopover();
    if (returnFocus) this.#button?.focus();
    this.requestUpdate();
  }

  /** Scrolls option `index` into view, then makes it the active descendant. */
  async #moveTo(index: number): Promise<void> {
    const count = this.#resultCount;
    if (count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    const token = ++this.#moveToken;
    this.#pending = target;
    this.#scrollTo(target);
    await this.updateComplete;
    for (let frame = 0; frame < 30 && !this.#optionRendered(target); frame++) {
      await nextFrame();
      if (token !== this.#moveToken) return;
    }
    if (token !== this.#moveToken) return;
    this.#pending = undefined;
    this.#active = target;
    this.requestUpdate();
    await this.updateComplete;
    this.#scrollTo(target);
  }

  /** Scrolls the list (and nothing else) so that option `index` is in view. */
  #scrollTo(index: number): void {
    this.#list.reveal(index);
  }

  #optionRendered(index: number): boolean {
    return this.renderRoot.querySelector(`#party-${index}`) !== null;
  }

  /** The first result that can be chosen: what Enter takes when no option is active. */
  #firstEnabled(): Party | undefined {
    for (let index = 0; index < this.#resultCount; index++) {
      const party = this.#result(index);
      if (party && !party.disabled && !party.pending) return party;
    }
    return undefined;
  }

  #choose(party: Party, { announce = false } = {}): void {
    if (party.disabled || party.pending) return;
    // Chosen without hearing it as an option: say which one it was.
    if (announce) this.#announcement = this.localize.term('partyChosen', party.name);
    if (party.id !== this.currentPartyId) {
      const event = new PartySelectEvent({ party });
      this.dispatchEvent(event);
      if (!event.defaultPrevented) this.currentPartyId = party.id;
    }
    this.#close(true);
  }

  #position(): void {
    const button = this.#button;
    const panel = this.#panel;
    if (!button || !panel) return;
    const rect = button.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth || window.innerWidth;
    // In em, so that the panel widens with the text (200 %) as far as the viewport allows.
    const em = parseFloat(getComputedStyle(panel).fontSize) || 16;
    const width = Math.min(PANEL_WIDTH * em, viewport - 2 * GAP);
    const left = Math.max(GAP, Math.min(rect.right - width, viewport - width - GAP));
    const top = rect.bottom + 4;
    const maxHeight = Math.max(160, window.innerHeight - top - GAP);
    // The list gets the height left under the search box, so that the panel itself rarely
    // scrolls (at 200 % text on a phone it still may: then both do).
    const listbox = this.#listbox;
    const above = listbox
      ? listbox.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop
      : 0;
    const style = {
      left: `${left}px`,
      top: `${top}px`,
      width: `${width}px`,
      maxHeight: `${maxHeight}px`,
    };
    // Write only what changed: this runs after every render, a keystroke included.
    for (const [key, value] of Object.entries(style) as Array<[keyof typeof style, string]>) {
      if (panel.style[key] !== value) panel.style[key] = value;
    }
    const listMax = `${Math.max(112, Math.floor(maxHeight - above - 2 * GAP))}px`;
    if (panel.style.getPropertyValue('--_list-max') !== listMax) {
      panel.style.setProperty('--_list-max', listMax);
    }
  }

  #addListeners(): void {
    document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
    window.addEventListener('resize', this.#onViewportChange);
    window.addEventListener('scroll', this.#onViewportChange, true);
  }

  #removeListeners(): void {
    document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
    window.removeEventListener('resize', this.#onViewportChange);
    window.removeEventListener('scroll', this.#onViewportChange, true);
  }

  #onDocumentPointerDown = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.#close(false);
  };

  #onViewportChange = (): void => {
    this.#position();
  };

  #onButtonClick(): void {
    if (this.#isOpen) this.#close(true);
    // A listbox takes the focus on its current option; a search box starts with none active.
    else void this.#open(this.#searchable ? 'none' : 'first');
  }

  #onButtonKeydown(event: KeyboardEvent): void {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.#isOpen) {
      event.preventDefault();
      if (event.altKey) void this.#open('none');
      else void this.#open(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  #onPanelKeydown(event: KeyboardEvent): void {
    const inInput = event.target === this.#input;
    const last = this.#resultCount - 1;
    const from = this.#pending ?? this.#active;
    const toEdge = !inInput || this.#query === '' || event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        void this.#moveTo(from < 0 ? 0 : Math.min(last, from + 1));
        break;
      case 'ArrowUp':
        void this.#moveTo(from < 0 ? last : Math.max(0, from - 1));
        break;
      case 'PageDown':
        void this.#moveTo(Math.min(last, Math.max(0, from) + PAGE));
        break;
      case 'PageUp':
        void this.#moveTo(Math.max(0, from - PAGE));
        break;
      case 'Home':
      case 'End':
        if (!toEdge) {
          // The caret moves: the user is editing text, not looking at an option.
          this.#leaveOptions();
          return;
        }
        void this.#moveTo(event.key === 'Home' ? 0 : last);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (inInput) this.#leaveOptions();
        return;
      case 'Enter':
      case ' ': {
        if (event.key === ' ' && inInput) return;
        if (this.#pending !== undefined) break;
        const active = this.#result(this.#active);
        if (active) this.#choose(active);
        else if (inInput && this.#words.length > 0) {
          const first = this.#firstEnabled();
          if (first) this.#choose(first, { announce: true });
        }
        break;
      }
      case 'Escape':
        this.#close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  #leaveOptions(): void {
    if (this.#active === -1 && this.#pending === undefined) return;
    this.#deactivate();
    this.requestUpdate();
  }

  #onPanelPointerDown(event: Event): void {
    // A press on the panel's background, its label or its count keeps the focus where it is
    // (the search box or the list) instead of dropping it on the page's body.
    if (event.target !== this.#input) event.preventDefault();
  }

  #onPanelFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next === null || next === this.#button) return;
    if (this.#panel?.contains(next)) return;
    this.#close(false);
  }

  #onInput(event: InputEvent): void {
    this.#query = (event.target as HTMLInputElement).value;
    this.#filter();
    const listbox = this.#listbox;
    if (listbox) listbox.scrollTop = 0;
    this.requestUpdate();
  }

  #onListPointerDown(event: Event): void {
    // Keep the focus on the search box (or the listbox) while choosing with the mouse; a drag
    // of the scrollbar is the user's scrolling.
    this.#list.release();
    event.preventDefault();
  }

  #onListClick(event: Event): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    const party = this.#result(index);
    if (party) this.#choose(party);
  }

  #onLogoError(url: string): void {
    this.#brokenLogos.add(url);
    this.requestUpdate();
  }

  #countText(): string {
    if (this.#query.trim() === '') return '';
    const count = this.#resultCount;
    if (count === 0) return this.localize.term('partyNoResults');
    const locale = this.localize.locale;
    if (this.#plural?.locale !== locale) {
      this.#plural = {
        locale,
        rules: new Intl.PluralRules(locale),
        number: new Intl.NumberFormat(locale),
      };
    }
    return this.localize.term(
      'partyResults',
      this.#plural.number.format(count),
      this.#plural.rules.select(count),
    );
  }

  #renderLogo(party: Party): TemplateResult {
    const url = party.logoUrl;
    if (url && !this.#brokenLogos.has(url)) {
      return html`<img
        class="logo"
        part="logo"
        src=${url}
        alt=""
        width="32"
        height="32"
        @error=${() => this.#onLogoError(url)}
      />`;
    }
    return html`<span class="logo monogram" part="logo" aria-hidden="true"
      >${monogram(party.name)}</span
    >`;
  }

  /**
   * The secondary line of an option. Its parts are laid out apart visually; for the accessible
   * name a hidden ", " goes between them, so that it reads "Amministratore, C.F. 8000…" and not
   * "AmministratoreC.F. 8000…".
   */
  #renderDetails(party: Party, current: boolean): TemplateResult {
    const t = this.localize;
    const ipa = explainsMatch(this.#words, party.ipaCode, [
      party.name,
      party.parentName,
      party.taxCode,
    ]);
    const parts: TemplateResult[] = [html`<span part="role">${this.#roleLabel(party.role)}</span>`];
    if (party.disabled) parts.push(html`<span class="status">${t.term('partyDisabled')}</span>`);
    else if (party.pending) {
      parts.push(html`<span class="status">${t.term('partyPending')}</span>`);
    }
    if (current) {
      parts.push(
        html`<span class="current" part="current"
          ><svg class="check" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2 8.5l4 4 8-9" /></svg
          >${t.term('partyCurrent')}</span
        >`,
      );
    }
    if (party.taxCode) {
      parts.push(
        html`<span class="code" part="code">${t.term('partyTaxCode', party.taxCode)}</span>`,
      );
    }
    if (ipa && party.ipaCode) {
      parts.push(
        html`<mark class="code" part="code">${t.term('partyIpaCode', party.ipaCode)}</mark>`,
      );
    }
    return html`<span class="details"
      >${parts.map((part) => html`<span class="visually-hidden">, </span>${part}`)}</span
    >`;
  }

  #renderOption = (party: Party | undefined, index: number): TemplateResult => {
    // When the results shrink, the virtualiser may render once more with its previous range
    // before it lays out the new items: indexes past the end have no party.
    if (party === undefined) return html``;
    const unavailable = party.disabled || party.pending;
    const current = party.id === this.currentPartyId;
    return html`
      <div
        id="party-${index}"
        class="option ${index === this.#active ? 'active' : ''}"
        part="option"
        role="option"
        data-index=${index}
        aria-selected=${index === this.#active ? 'true' : 'false'}
        aria-disabled=${unavailable ? 'true' : 'false'}
        aria-setsize=${this.#resultCount}
        aria-posinset=${index + 1}
      >
        ${this.#renderLogo(party)}
        <span class="option-text"
          ><span class="name">${party.name}</span>${
            party.parentName
              ? html`<span class="visually-hidden">, </span
                  ><span class="parent">${party.parentName}</span>`
              : nothing
          }${this.#renderDetails(party, current)}</span
        >
      </div>
    `;
  };

  #renderList(): TemplateResult {
    const searchable = this.#searchable;
    const count = this.#resultCount;
    const activeId = this.#active >= 0 ? `party-${this.#active}` : undefined;
    const { first, end, before, after } = this.#list.window(count);
    const options: TemplateResult[] = [];
    for (let index = first; index < end; index++) {
      options.push(this.#renderOption(this.#result(index), index));
    }
    return html`<div
      id="listbox"
      class="listbox"
      part="listbox"
      role="listbox"
      aria-label=${this.localize.term('partyList')}
      tabindex=${searchable ? '-1' : '0'}
      aria-activedescendant=${(!searchable && activeId) || nothing}
      ?hidden=${count === 0}
      @scroll=${this.#list.onScroll}
      @wheel=${this.#list.release}
      @touchstart=${this.#list.release}
      @mousedown=${this.#onListPointerDown}
      @click=${this.#onListClick}
      @keydown=${this.#onPanelKeydown}
    >
      <div class="spacer" aria-hidden="true" style="block-size: ${before}px"></div>
      ${options}
      <div class="spacer" aria-hidden="true" style="block-size: ${after}px"></div>
    </div>`;
  }

  #renderPanelContent(): TemplateResult {
    const searchable = this.#searchable;
    const activeId = this.#active >= 0 ? `party-${this.#active}` : undefined;
    const empty = this.#resultCount === 0;
    return html`
      ${
        searchable
          ? html`
              <label class="search-label" id="search-label" for="search"
                >${this.localize.term('partySearch')}</label
              >
              <input
                id="search"
                class="search"
                part="search"
                type="text"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-labelledby="search-label"
                aria-autocomplete="list"
                aria-controls="listbox"
                aria-expanded=${empty ? 'false' : 'true'}
                aria-activedescendant=${activeId ?? nothing}
                .value=${this.#query}
                @input=${this.#onInput}
                @keydown=${this.#onPanelKeydown}
              />
              <p id="count" class="count" part="count" role="status">${this.#countText()}</p>
            `
          : nothing
      }
      ${this.#renderList()}
    `;
  }

  protected override render(): unknown {
    const validated = this.#validated;
    if (validated === undefined) return nothing;
    if (!validated.ok) {
      return renderIssue(this.localize, this.localize.term('partyInvalid'), validated.issue);
    }
    if (validated.value.length === 0) return nothing;
    const current = validated.value.find((p) => p.id === this.currentPartyId);
    const change = this.localize.term('partyChange');
    return html`
      <button
        type="button"
        class="trigger"
        part="button"
        aria-haspopup="dialog"
        aria-expanded=${this.#isOpen ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.#onButtonClick}
        @keydown=${this.#onButtonKeydown}
      >
        ${
          current
            ? html`${this.#renderLogo(current)}<span class="trigger-text"
                  ><span class="name">${current.name}</span><span class="visually-hidden">, </span
                  ><span class="role" part="role">${this.#roleLabel(current.role)}</span></span
                ><span class="visually-hidden">. ${change}</span>`
            : html`<span class="trigger-text"
                ><span class="name">${this.localize.term('partyChoose')}</span></span
              >`
        }
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 6l5 5 5-5" />
        </svg>
      </button>
      <span class="visually-hidden" role="status">${this.#announcement}</span>
      <div
        id="panel"
        class="panel"
        part="panel"
        popover="manual"
        role="dialog"
        aria-label=${change}
        @mousedown=${this.#onPanelPointerDown}
        @focusout=${this.#onPanelFocusOut}
      >
        ${this.#isOpen ? this.#renderPanelContent() : nothing}
      </div>
    `;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

const SMALL_WORDS = new Set(['di', 'del', 'della', 'dei', 'delle', 'e', 'ed', 'la', 'il', 'lo']);

/** Up to two initials of a name ("Comune di Milano" → "CM"), for parties without a logo. */
export function monogram(name: string): string {
  const words = name
    .split(/[\s'’-]+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toUpperCase() || ([...name.trim()][0] ?? '?').toUpperCase();
}
