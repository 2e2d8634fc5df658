import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { PartySelectEvent } from '../../events/party-select-event.js';
import { KitElement } from '../../internal/kit-element.js';
import * as en from '../../translations/en.js';
import * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { isWellKnownRole, parseParties, type Party } from '../../model/party.js';
import { buildIndex, search, type SearchIndex } from '../../model/search.js';
import { isRecord, jsonAttribute, MalformedJson, type Validated } from '../../model/validation.js';
import { styles } from './party-switch.styles.js';

/** Height of one option in px (fixed, so that the virtualised list needs no measuring). */
const OPTION_HEIGHT = 56;
/** Options visible at once before the list scrolls. */
const VISIBLE_OPTIONS = 6.5;
const PAGE = 10;
const GAP = 8;
/** Preferred width of the panel in px: long names of enti need room. */
const PANEL_WIDTH = 448;

type VirtualizerHost = HTMLElement & {
  [virtualizerRef]?: {
    element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  };
};

/**
 * The organisation switcher of the page header (right side): the current ente or partner
 * (logo, name, the user's role) on a button that opens a panel listing the others. Above
 * `search-threshold` entries the panel has a search box (accent- and case-insensitive over
 * name, tax code and IPA code) and announces the number of results. The list is virtualised,
 * so tens of thousands of entries stay fast.
 *
 * Keyboard: on the button, Enter / Space / ArrowDown open the panel. In the panel, focus stays
 * on the search box (combobox with `aria-activedescendant`) or, without a search box, on the
 * listbox (again `aria-activedescendant`, so that virtualisation cannot drop the focused
 * option). ArrowDown / ArrowUp move, PageDown / PageUp move by ten, Enter selects, Escape
 * closes and returns focus to the button. Home / End go to the first / last entry in the
 * listbox; in the search box they keep moving the text caret (as the APG combobox pattern
 * says) unless the box is empty, and Ctrl+Home / Ctrl+End always go to the first / last entry.
 * Disabled and pending entries are reachable but cannot be selected.
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
 * @csspart count - The number of results of a search.
 * @csspart error - The message shown in place of the button when the data are invalid.
 *
 * @cssproperty --cak-color-primary - Focus of the active option, selected mark. Default `#0066cc`.
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

  /** The id of the party shown on the button and marked as selected in the list. */
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
  #index: SearchIndex | undefined;
  #isOpen = false;
  #query = '';
  #results: Party[] = [];
  /** Index in `#results` of the active (visually focused) option; -1 for none. */
  #active = -1;
  /** The index a move is scrolling to, before it becomes active. */
  #pending: number | undefined;
  #moveToken = 0;
  #brokenLogos = new Set<string>();
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
      this.#index = this.#validated?.ok
        ? buildIndex(this.#validated.value, (p) => [p.name, p.taxCode, p.ipaCode])
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

  get #listbox(): VirtualizerHost | null {
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

  #filter(): void {
    const parties = this.#validParties ?? [];
    const found = this.#index ? search(this.#index, this.#query) : null;
    this.#results = found === null ? parties : found.map((i) => parties[i] as Party);
    this.#active = -1;
    this.#pending = undefined;
    this.#moveToken++;
  }

  async #open(): Promise<void> {
    if (this.#isOpen || !this.#validParties?.length) return;
    this.#isOpen = true;
    this.#query = '';
    this.#filter();
    this.requestUpdate();
    await this.updateComplete;
    const panel = this.#panel;
    if (!panel || !this.#isOpen) return;
    panel.showPopover();
    this.#position();
    this.#addListeners();
    (this.#input ?? this.#listbox)?.focus();
    // The virtualiser lays out asynchronously: wait for its first options.
    for (let frame = 0; frame < 30 && this.#isOpen && !this.#optionRendered(0); frame++) {
      await nextFrame();
    }
    if (!this.#isOpen) return;
    const current = this.#results.findIndex((p) => p.id === this.currentPartyId);
    if (current !== -1) await this.#moveTo(current);
    else if (!this.#searchable) await this.#moveTo(0);
  }

  #close(returnFocus: boolean): void {
    if (!this.#isOpen) return;
    this.#isOpen = false;
    this.#moveToken++;
    this.#removeListeners();
    const panel = this.#panel;
    if (panel?.matches(':popover-open')) panel.hidePopover();
    if (returnFocus) this.#button?.focus();
    this.requestUpdate();
  }

  /** Scrolls option `index` into view, then makes it the active descendant. */
  async #moveTo(index: number): Promise<void> {
    const count = this.#results.length;
    if (count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    const token = ++this.#moveToken;
    this.#pending = target;
    try {
      this.#listbox?.[virtualizerRef]?.element(target)?.scrollIntoView({ block: 'nearest' });
    } catch {
      // The virtualiser has no layout yet (panel closing): nothing to scroll.
    }
    for (let frame = 0; frame < 30 && !this.#optionRendered(target); frame++) {
      await nextFrame();
      if (token !== this.#moveToken) return;
    }
    if (token !== this.#moveToken) return;
    this.#pending = undefined;
    this.#active = target;
    this.requestUpdate();
    await this.updateComplete;
  }

  #optionRendered(index: number): boolean {
    return this.renderRoot.querySelector(`#party-${index}`) !== null;
  }

  #choose(party: Party): void {
    if (party.disabled || party.pending) return;
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
    const width = Math.min(PANEL_WIDTH, viewport - 2 * GAP);
    const left = Math.max(GAP, Math.min(rect.right - width, viewport - width - GAP));
    const top = rect.bottom + 4;
    Object.assign(panel.style, {
      left: `${left}px`,
      top: `${top}px`,
      width: `${width}px`,
      maxHeight: `${Math.max(160, window.innerHeight - top - GAP)}px`,
    });
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
    else void this.#open();
  }

  #onButtonKeydown(event: KeyboardEvent): void {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.#isOpen) {
      event.preventDefault();
      void this.#open();
    }
  }

  #onPanelKeydown(event: KeyboardEvent): void {
    const inInput = event.target === this.#input;
    const last = this.#results.length - 1;
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
        if (!toEdge) return;
        void this.#moveTo(0);
        break;
      case 'End':
        if (!toEdge) return;
        void this.#moveTo(last);
        break;
      case 'Enter':
      case ' ': {
        if (event.key === ' ' && inInput) return;
        const party = this.#pending === undefined ? this.#results[this.#active] : undefined;
        if (party) this.#choose(party);
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
    // Keep the focus on the search box (or the listbox) while choosing with the mouse.
    event.preventDefault();
  }

  #onListClick(event: Event): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    const party = this.#results[index];
    if (party) this.#choose(party);
  }

  #onLogoError(url: string): void {
    this.#brokenLogos.add(url);
    this.requestUpdate();
  }

  #countText(): string {
    if (this.#query.trim() === '') return '';
    const count = this.#results.length;
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

  #renderOption = (party: Party | undefined, index: number): TemplateResult => {
    // When the results shrink, the virtualiser may render once more with its previous range
    // before it lays out the new items: indexes past the end have no party.
    if (party === undefined) return html``;
    const unavailable = party.disabled || party.pending;
    const secondary = [
      party.parentName,
      party.taxCode ? this.localize.term('partyTaxCode', party.taxCode) : undefined,
    ].filter(Boolean);
    return html`
      <div
        id="party-${index}"
        class="option ${index === this.#active ? 'active' : ''}"
        part="option"
        role="option"
        data-index=${index}
        aria-selected=${party.id === this.currentPartyId ? 'true' : 'false'}
        aria-disabled=${unavailable ? 'true' : 'false'}
        aria-setsize=${this.#results.length}
        aria-posinset=${index + 1}
      >
        ${this.#renderLogo(party)}
        <span class="option-text">
          <span class="name">${party.name}</span>
          <span class="details">
            <span part="role">${this.#roleLabel(party.role)}</span>
            ${
              party.disabled
                ? html`<span class="status">${this.localize.term('partyDisabled')}</span>`
                : party.pending
                  ? html`<span class="status">${this.localize.term('partyPending')}</span>`
                  : nothing
            }
            ${secondary.length ? html`<span class="secondary">${secondary.join(' · ')}</span>` : nothing}
          </span>
        </span>
        <svg class="check" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 8.5l4 4 8-9" />
        </svg>
      </div>
    `;
  };

  #renderPanelContent(): TemplateResult {
    const searchable = this.#searchable;
    const results = this.#results;
    const activeId = this.#active >= 0 ? `party-${this.#active}` : undefined;
    const empty = results.length === 0;
    const height = Math.min(results.length, VISIBLE_OPTIONS) * OPTION_HEIGHT;
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
      <div
        id="listbox"
        class="listbox"
        part="listbox"
        role="listbox"
        aria-label=${this.localize.term('partyList')}
        tabindex=${searchable ? '-1' : '0'}
        aria-activedescendant=${(!searchable && activeId) || nothing}
        ?hidden=${empty}
        style=${styleMap({ height: `${height}px`, minHeight: '0px' })}
        @mousedown=${this.#onListPointerDown}
        @click=${this.#onListClick}
        @keydown=${this.#onPanelKeydown}
      >
        ${virtualize({ items: results, renderItem: this.#renderOption, scroller: true })}
      </div>
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
      <div
        id="panel"
        class="panel"
        part="panel"
        .popover=${'manual'}
        role="dialog"
        aria-label=${change}
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
