import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PartySelectEvent } from '../../events/party-select-event.js';
import { KitElement } from '../../internal/kit-element.js';
import { partySwitch } from '../../translations/party-switch.js';
import type * as it from '../../translations/it.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import { errorStyles, hostStyles } from '../../internal/shared.styles.js';
import { isWellKnownRole, parseParties, type Party } from '../../model/party.js';
import { isRecord, jsonAttribute, MalformedJson, type Validated } from '../../model/validation.js';
import type { PartyPanel } from './panel.js';
import { styles } from './party-switch.styles.js';

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
 * @csspart error - The message shown in place of the button when the data are invalid, or under
 *   it when the panel could not be loaded (the next opening tries again).
 *
 * @cssproperty --cak-color-primary - Focus of the active option, current mark. Default `#0066cc`.
 * @cssproperty --cak-color-surface - Panel background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the panel).
 * @cssproperty --cak-color-text-muted - Roles and secondary lines. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Borders. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-radius - Corners. Default `4px`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 * @cssproperty --cak-radius-dialog - Corners of the panel. Default `8px`.
 * @cssproperty --cak-color-hover - Background of the option under the pointer, and of the active
 *   one. Default `#f2f7fc`.
 * @cssproperty --cak-color-monogram - Background of an organisation's monogram (no logo).
 *   Default `#e6f0fa`.
 * @cssproperty --cak-color-on-monogram - Initials of the monogram. Default `#17324d`.
 * @cssproperty --cak-color-mark - Background of the search words matched in a name.
 *   Default `#fff1c2`.
 * @cssproperty --cak-color-on-mark - Text of the matched words. Default `#17324d`.
 * @cssproperty --cak-color-warning-text - Why an organisation cannot be chosen. Default `#a0410d`.
 */
export class PartySwitch extends KitElement<typeof it.partySwitch> {
  static override terms = partySwitch;

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
  #isOpen = false;
  /** What the live region next to the button says (a choice made without an active option). */
  #announcement = '';
  #brokenLogos = new Set<string>();
  /**
   * The open panel — search, virtual list, options, their keys (`./panel.ts`) — is loaded when
   * it is first needed: a page whose switcher stays closed never loads it.
   */
  #panel: PartyPanel | undefined;
  #panelLoad: Promise<PartyPanel | undefined> | undefined;
  /** The panel's code could not be loaded when the customer opened it: say so. */
  #loadFailed = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#panel?.closed();
    this.#isOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('parties')) {
      this.#validated = this.parties === undefined ? undefined : parseParties(this.parties);
      if (this.#validated?.ok === false) logIssue(this.localName, this.#validated.issue);
      this.#panel?.partiesChanged();
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
    if (this.#isOpen) this.#panel?.position();
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

  get #panelElement(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="panel"]');
  }

  get #listbox(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="listbox"]');
  }

  /**
   * Loads the panel's code, once (on the first open, or as soon as the pointer or the focus
   * reaches the button). A failed load is logged and tried again on the next open.
   */
  #loadPanel(): Promise<PartyPanel | undefined> {
    this.#panelLoad ??= import('./panel.js').then(
      ({ PartyPanel }) =>
        (this.#panel = new PartyPanel(this, {
          localize: this.localize,
          parties: () => this.#validParties ?? [],
          currentPartyId: () => this.currentPartyId,
          searchable: () => this.#searchable,
          roleLabel: (role) => this.#roleLabel(role),
          isOpen: () => this.#isOpen,
          logo: (party) => this.#renderLogo(party),
          choose: (party, announce) => this.#choose(party, { announce }),
          close: (returnFocus) => this.#close(returnFocus),
        })),
      (error: unknown) => {
        this.#panelLoad = undefined;
        console.error(`<${this.localName}>: the list of organisations could not be loaded.`, error);
        return undefined;
      },
    );
    return this.#panelLoad;
  }

  /** While the panel's code loads (the first open), an update is not complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.#panelLoad && !this.#panel) await this.#panelLoad;
    return super.getUpdateComplete();
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

  /**
   * Opens the panel. `activate`: `none` leaves every option inactive (the APG combobox's manual
   * selection); `first` / `last` activate the current party, else the first / last option.
   */
  async #open(activate: 'none' | 'first' | 'last'): Promise<void> {
    if (this.#isOpen || !this.#validParties?.length) return;
    const panelCode = this.#panel ?? (await this.#loadPanel());
    if (this.#loadFailed !== !panelCode) {
      this.#loadFailed = !panelCode;
      this.requestUpdate();
    }
    if (!panelCode || this.#isOpen || !this.#validParties?.length) return;
    this.#isOpen = true;
    this.#announcement = '';
    panelCode.opened();
    this.requestUpdate();
    await this.updateComplete;
    const panel = this.#panelElement;
    if (!panel || !this.#isOpen) return;
    panel.showPopover();
    panelCode.shown();
    (this.#input ?? this.#listbox)?.focus();
    if (activate !== 'none') await panelCode.activate(activate);
  }

  #close(returnFocus: boolean): void {
    if (!this.#isOpen) return;
    this.#isOpen = false;
    this.#panel?.closed();
    const panel = this.#panelElement;
    if (panel?.matches(':popover-open')) panel.hidePopover();
    if (returnFocus) this.#button?.focus();
    this.requestUpdate();
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

  #onButtonClick(): void {
    if (this.#isOpen) this.#close(true);
    // A listbox takes the focus on its current option; a search box starts with none active.
    else void this.#open(this.#searchable ? 'none' : 'first');
  }

  /** The pointer or the focus reached the button: the panel may be next, fetch its code now. */
  #onButtonIntent(): void {
    void this.#loadPanel();
  }

  #onButtonKeydown(event: KeyboardEvent): void {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !this.#isOpen) {
      event.preventDefault();
      if (event.altKey) void this.#open('none');
      else void this.#open(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  #onPanelPointerDown(event: Event): void {
    // A press on the panel's background, its label or its count keeps the focus where it is
    // (the search box or the list) instead of dropping it on the page's body.
    if (event.target !== this.#input) event.preventDefault();
  }

  #onPanelFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next === null || next === this.#button) return;
    if (this.#panelElement?.contains(next)) return;
    this.#close(false);
  }

  #onLogoError(url: string): void {
    this.#brokenLogos.add(url);
    this.requestUpdate();
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
        @pointerenter=${this.#onButtonIntent}
        @focus=${this.#onButtonIntent}
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
        ${this.#isOpen ? this.#panel?.render() : nothing}
      </div>
      ${
        this.#loadFailed
          ? html`<p class="error" role="alert" part="error">
              ${this.localize.term('partLoadFailed')}
            </p>`
          : nothing
      }
    `;
  }
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

declare global {
  interface HTMLElementTagNameMap {
    'party-switch': PartySwitch;
  }
}
