/**
 * The open panel of `<party-switch>`: the search box, the result count, the virtualised list of
 * options and the keys that move through them. `<party-switch>` loads this module when its panel
 * is first opened (or the pointer or focus reaches its button): a page whose switcher is never
 * opened does not load it, the search or the virtual list.
 */
import {
  adoptStyles,
  html,
  nothing,
  type ReactiveControllerHost,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { blockSize, VirtualList } from '../../internal/virtual-list.js';
import type { Party } from '../../model/party.js';
import {
  buildIndex,
  explainsMatch,
  queryWords,
  search,
  type PreviousSearch,
  type SearchIndex,
} from '../../model/search.js';
import type * as it from '../../translations/it.js';
import { panelStyles } from './panel.styles.js';

const PAGE = 10;
/** The panel's margin to the viewport's edges, in px. */
const GAP = 8;
/** Preferred width of the panel in em (448 px at 16 px): long names of enti need room. */
const PANEL_WIDTH = 28;
/** Searched as they are (ignoring case), not word by word. */
const CODES = [(party: Party) => party.taxCode, (party: Party) => party.ipaCode];

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/** What the panel reads from its `<party-switch>` and asks of it. */
export interface PanelOptions {
  readonly localize: LocalizeController<typeof it.partySwitch>;
  /** The valid parties (an empty list when there are none). */
  parties(): readonly Party[];
  currentPartyId(): string | undefined;
  /** Whether there is a search box (more parties than `search-threshold`). */
  searchable(): boolean;
  roleLabel(role: string): string;
  /** Whether the panel is still open (a wait for the list may outlast it). */
  isOpen(): boolean;
  logo(party: Party): TemplateResult;
  /** The customer chose `party` (`announce`: it was never heard as an option). */
  choose(party: Party, announce: boolean): void;
  close(returnFocus: boolean): void;
}

/**
 * The panel's state and view: what is typed, what it found (indices into the parties), the
 * active option, and the rows the virtual list renders. A search returns an `Int32Array`; one
 * more letter only narrows the last results, and a letter erased finds them again.
 */
export class PartyPanel implements EventListenerObject {
  readonly #host: Host;
  readonly #options: PanelOptions;
  readonly #list: VirtualList;
  #index: SearchIndex<Party> | undefined;
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
  #plural: { locale: string; rules: Intl.PluralRules; number: Intl.NumberFormat } | undefined;

  constructor(host: Host, options: PanelOptions) {
    this.#host = host;
    this.#options = options;
    this.#list = new VirtualList(host, () => this.#listbox);
    // The panel's styles join the element's (constructable style sheets: no CSP exception).
    const root = host.renderRoot;
    if (root instanceof ShadowRoot)
      adoptStyles(root, [
        ...(host.constructor as typeof ReactiveElement).elementStyles,
        panelStyles,
      ]);
    this.partiesChanged();
  }

  get #listbox(): HTMLElement | null {
    return this.#host.renderRoot.querySelector('[part="listbox"]');
  }

  get #input(): HTMLInputElement | null {
    return this.#host.renderRoot.querySelector('[part="search"]');
  }

  /** The parties changed: index them again (searches are not kept across lists). */
  partiesChanged(): void {
    this.#forgetSearches();
    const parties = this.#options.parties();
    this.#index = parties.length
      ? buildIndex(parties, (p) => [p.name, p.parentName], CODES)
      : undefined;
    this.#filter();
  }

  /** The panel opens: nothing typed, no option active. */
  opened(): void {
    this.#query = '';
    this.#filter();
  }

  /**
   * The panel is shown (a popover in the top layer): placed under the button, and kept there as
   * the page scrolls or resizes; a press outside the element closes it.
   */
  shown(): void {
    this.position();
    document.addEventListener('pointerdown', this, true);
    window.addEventListener('resize', this);
    window.addEventListener('scroll', this, true);
  }

  /** The panel closed, or the element left the page. */
  closed(): void {
    document.removeEventListener('pointerdown', this, true);
    window.removeEventListener('resize', this);
    window.removeEventListener('scroll', this, true);
    this.#forgetSearches();
    this.#moveToken++;
  }

  /**
   * While the panel is shown: a press outside the element closes it; a resize or a scroll
   * places it again.
   */
  handleEvent(event: Event): void {
    if (event.type !== 'pointerdown') this.position();
    else if (!event.composedPath().includes(this.#host)) this.#options.close(false);
  }

  /** Places the open panel under the button, as wide and tall as the viewport allows. */
  position(): void {
    const root = this.#host.renderRoot;
    const button = root.querySelector('[part="button"]');
    const panel = root.querySelector<HTMLElement>('[part="panel"]');
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

  /**
   * Activates an option as the panel opens from the keyboard: the current party, else the
   * first (`first`) or last (`last`) option.
   */
  async activate(edge: 'first' | 'last'): Promise<void> {
    // The list lays out after the panel's first render: wait for its first options.
    const open = this.#options.isOpen;
    for (let frame = 0; frame < 30 && open() && !this.#optionRendered(0); frame++) {
      await nextFrame();
    }
    if (!open()) return;
    const current = this.#currentResult();
    if (current !== -1) await this.#moveTo(current);
    else await this.#moveTo(edge === 'last' ? this.#resultCount - 1 : 0);
  }

  get #resultCount(): number {
    return this.#matches?.length ?? this.#options.parties().length;
  }

  /** Result `index` (the results are not copied: a search only keeps indices). */
  #result(index: number): Party | undefined {
    const parties = this.#options.parties();
    if (index < 0 || index >= this.#resultCount) return undefined;
    return parties[this.#matches ? (this.#matches[index] as number) : index];
  }

  /** Where the current party is among the results; -1 when it is not there. */
  #currentResult(): number {
    const id = this.#options.currentPartyId();
    const current = this.#options.parties().findIndex((p) => p.id === id);
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

  /** Scrolls option `index` into view, then makes it the active descendant. */
  async #moveTo(index: number): Promise<void> {
    const count = this.#resultCount;
    if (count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    const token = ++this.#moveToken;
    this.#pending = target;
    this.#list.reveal(target);
    await this.#host.updateComplete;
    for (let frame = 0; frame < 30 && !this.#optionRendered(target); frame++) {
      await nextFrame();
      if (token !== this.#moveToken) return;
    }
    if (token !== this.#moveToken) return;
    this.#pending = undefined;
    this.#active = target;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#list.reveal(target);
  }

  #optionRendered(index: number): boolean {
    return this.#host.renderRoot.querySelector(`#party-${index}`) !== null;
  }

  /** The first result that can be chosen: what Enter takes when no option is active. */
  #firstEnabled(): Party | undefined {
    for (let index = 0; index < this.#resultCount; index++) {
      const party = this.#result(index);
      if (party && !party.disabled && !party.pending) return party;
    }
    return undefined;
  }

  // --- event handlers (arrow functions: Lit calls them with the element as `this`) ------------

  readonly #onKeydown = (event: KeyboardEvent): void => {
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
        if (active) this.#options.choose(active, false);
        else if (inInput && this.#words.length > 0) {
          const first = this.#firstEnabled();
          if (first) this.#options.choose(first, true);
        }
        break;
      }
      case 'Escape':
        this.#options.close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  #leaveOptions(): void {
    if (this.#active === -1 && this.#pending === undefined) return;
    this.#deactivate();
    this.#host.requestUpdate();
  }

  readonly #onInput = (event: InputEvent): void => {
    this.#query = (event.target as HTMLInputElement).value;
    this.#filter();
    const listbox = this.#listbox;
    if (listbox) listbox.scrollTop = 0;
    this.#host.requestUpdate();
  };

  readonly #onListPointerDown = (event: Event): void => {
    // Keep the focus on the search box (or the listbox) while choosing with the mouse; a drag
    // of the scrollbar is the user's scrolling.
    this.#list.release();
    event.preventDefault();
  };

  readonly #onListClick = (event: Event): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    const party = this.#result(index);
    if (party) this.#options.choose(party, false);
  };

  // --- render ---------------------------------------------------------------------------------

  #countText(): string {
    const t = this.#options.localize;
    if (this.#query.trim() === '') return '';
    const count = this.#resultCount;
    if (count === 0) return t.term('partyNoResults');
    const locale = t.locale;
    if (this.#plural?.locale !== locale) {
      this.#plural = {
        locale,
        rules: new Intl.PluralRules(locale),
        number: new Intl.NumberFormat(locale),
      };
    }
    return t.term(
      'partyResults',
      this.#plural.number.format(count),
      this.#plural.rules.select(count),
    );
  }

  /**
   * The secondary line of an option. Its parts are laid out apart visually; for the accessible
   * name a hidden ", " goes between them, so that it reads "Amministratore, C.F. 8000…" and not
   * "AmministratoreC.F. 8000…".
   */
  #renderDetails(party: Party, current: boolean): TemplateResult {
    const t = this.#options.localize;
    const ipa = explainsMatch(this.#words, party.ipaCode, [
      party.name,
      party.parentName,
      party.taxCode,
    ]);
    const parts: TemplateResult[] = [
      html`<span part="role">${this.#options.roleLabel(party.role)}</span>`,
    ];
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

  #renderOption(party: Party | undefined, index: number): TemplateResult {
    // When the results shrink, the list may render once more with its previous range before it
    // lays out the new items: indexes past the end have no party.
    if (party === undefined) return html``;
    const unavailable = party.disabled || party.pending;
    const current = party.id === this.#options.currentPartyId();
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
        ${this.#options.logo(party)}
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
  }

  #renderList(): TemplateResult {
    const searchable = this.#options.searchable();
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
      aria-label=${this.#options.localize.term('partyList')}
      tabindex=${searchable ? '-1' : '0'}
      aria-activedescendant=${(!searchable && activeId) || nothing}
      ?hidden=${count === 0}
      @scroll=${this.#list.onScroll}
      @wheel=${this.#list.release}
      @touchstart=${this.#list.release}
      @mousedown=${this.#onListPointerDown}
      @click=${this.#onListClick}
      @keydown=${this.#onKeydown}
    >
      <div class="spacer" aria-hidden="true" ${blockSize(before)}></div>
      ${options}
      <div class="spacer" aria-hidden="true" ${blockSize(after)}></div>
    </div>`;
  }

  /** The panel's content: the search box and its count (above the threshold), the list. */
  render(): TemplateResult {
    const t = this.#options.localize;
    const searchable = this.#options.searchable();
    const activeId = this.#active >= 0 ? `party-${this.#active}` : undefined;
    const empty = this.#resultCount === 0;
    return html`
      ${
        searchable
          ? html`
              <label class="search-label" id="search-label" for="search"
                >${t.term('partySearch')}</label
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
                @keydown=${this.#onKeydown}
              />
              <p id="count" class="count" part="count" role="status">${this.#countText()}</p>
            `
          : nothing
      }
      ${this.#renderList()}
    `;
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
