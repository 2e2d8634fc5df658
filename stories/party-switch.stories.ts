import '../src/elements/party-switch/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { containing, inEnglish, storyLocale, terms } from './language.js';
import type { PartySwitch } from '../src/elements/party-switch/party-switch.js';
import type { PartySelectDetail, PartySelectEvent } from '../src/events/party-select-event.js';
import type { Party } from '../src/model/party.js';
import { enti, entiToSearch, longNamedEnti } from '../test/kit/fixtures.js';

interface PartySwitchArgs {
  parties: Party[] | undefined;
  currentPartyId: string | undefined;
  roleLabels: Record<string, string> | undefined;
  searchThreshold: number;
  /** Receives every `party-select` detail (shown in the Actions panel). */
  onPartySelect: (detail: PartySelectDetail) => void;
}

/** A health authority where the user has a role of the host's own (a `roleLabels` entry). */
const aslRoma: Party = {
  id: 'asl-roma1',
  name: 'ASL Roma 1',
  role: 'referente',
  parentName: 'Regione Lazio',
  taxCode: '13664791004',
};

/** The customer's organisations (test/kit), and the ASL with a host's role. */
const parties: Party[] = [...enti(), aslRoma];

const roleLabels = { referente: 'Referente tecnico' };

/** Stories never navigate: the listener cancels `party-select` and hands the detail to the spy. */
function onPartySelect(args: PartySwitchArgs) {
  return (event: PartySelectEvent): void => {
    event.preventDefault();
    args.onPartySelect(event.detail);
  };
}

function header(content: TemplateResult): TemplateResult {
  return html`<div
    style="display: flex; justify-content: flex-end; padding: 0.5rem; border-block-end: 1px solid #c5c7c9"
  >
    ${content}
  </div>`;
}

function partySwitch(args: PartySwitchArgs): TemplateResult {
  return header(html`
    <party-switch
      .parties=${args.parties}
      current-party-id=${args.currentPartyId ?? ''}
      .roleLabels=${args.roleLabels}
      search-threshold=${args.searchThreshold}
      @party-select=${onPartySelect(args)}
    ></party-switch>
  `);
}

/** The count of results (a status region; the other one, by the button, says what was chosen). */
function countIn(canvasElement: HTMLElement): HTMLElement | null {
  return switchIn(canvasElement).shadowRoot!.querySelector('[part="count"]');
}

function switchIn(canvasElement: HTMLElement): PartySwitch {
  const element = canvasElement.querySelector('party-switch');
  if (!element?.shadowRoot) throw new TypeError('<party-switch> is not rendered');
  return element;
}

function shadow(canvasElement: HTMLElement) {
  return within(switchIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

/** Clicks the button and waits for the panel and its first options. */
async function openPanel(canvasElement: HTMLElement): Promise<void> {
  const root = shadow(canvasElement);
  await userEvent.click(root.getByRole('button'));
  await waitFor(() => expect(root.getAllByRole('option').length).toBeGreaterThan(0));
}

const meta = {
  title: 'Elements/party-switch',
  component: 'party-switch',
  render: partySwitch,
  args: {
    parties,
    currentPartyId: 'milano',
    roleLabels,
    searchThreshold: 5,
    onPartySelect: fn(),
  },
  argTypes: {
    parties: { control: 'object' },
    roleLabels: { control: 'object' },
    searchThreshold: { control: { type: 'number', min: 0 } },
  },
} satisfies Meta<PartySwitchArgs>;

export default meta;
type Story = StoryObj<PartySwitchArgs>;

/**
 * Seven enti and a technology partner, with the user's role in each (the ASL's from the host's
 * `roleLabels`): a search box above five.
 */
export const Default: Story = {};

/** Three parties: no search box, the listbox itself takes the keyboard. */
export const FewNoSearch: Story = {
  args: { parties: enti().slice(0, 3) },
};

/** The panel, opened by a click. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/** Typing “citta” finds Città di Castello (accents and case do not matter); the count is announced. */
export const SearchResults: Story = {
  play: async ({ canvasElement, globals }) => {
    const one = terms(globals).partySwitch.partyResults(
      '1',
      new Intl.PluralRules(storyLocale(globals)).select(1),
    );
    await openPanel(canvasElement);
    const root = shadow(canvasElement);
    await userEvent.type(root.getByRole('combobox'), 'citta');
    await waitFor(() => expect(countIn(canvasElement)).toHaveTextContent(containing(one)));
  },
};

/** Nothing matches: *Nessun ente trovato*. */
export const NoResults: Story = {
  play: async ({ canvasElement, globals }) => {
    await openPanel(canvasElement);
    const root = shadow(canvasElement);
    await userEvent.type(root.getByRole('combobox'), 'Torino');
    await waitFor(() =>
      expect(countIn(canvasElement)).toHaveTextContent(
        containing(terms(globals).partySwitch.partyNoResults),
      ),
    );
  },
};

/**
 * ArrowDown in the search box: the option reached is active and `aria-selected` (outlined); the
 * current organisation is marked apart, with _Ente attuale_ and a check.
 */
export const ActiveOption: Story = {
  args: { currentPartyId: 'castello' },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    const root = shadow(canvasElement);
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(root.getByRole('option', { selected: true })).toHaveTextContent(/Comune di Milano/),
    );
  },
};

/**
 * Enter right after typing chooses the first result that can be chosen and says so (the live
 * region next to the button: _Hai scelto Comune di Forlì_).
 */
export const EnterAfterTyping: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    const root = shadow(canvasElement);
    await userEvent.type(root.getByRole('combobox'), 'forli{Enter}');
    await waitFor(() => expect(root.getByRole('status')).toHaveTextContent(/Comune di Forlì/));
  },
};

/** A school whose name and parent take several lines, and names people type differently. */
const long: Party[] = [longNamedEnti()[0]!, ...entiToSearch()];

/** Long names of public bodies wrap, in the button and in the rows: nothing is cut. */
export const LongNames: Story = {
  args: { parties: long, currentPartyId: 'ic' },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/** Text at 200 % (the page's root font size doubled, as a browser's text size does): rows grow. */
export const LargeText: Story = {
  args: { parties: long, currentPartyId: 'ic' },
  beforeEach: () => {
    document.documentElement.style.fontSize = '200%';
    return () => {
      document.documentElement.style.fontSize = '';
    };
  },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/** “dell’aquila” (typographic apostrophe) finds L'Aquila (plain one), and the other way round. */
export const ApostropheSearch: Story = {
  args: { parties: long },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    await userEvent.type(shadow(canvasElement).getByRole('combobox'), 'l’aquila');
    await waitFor(() => expect(shadow(canvasElement).getAllByRole('option')).toHaveLength(1));
  },
};

/** “bassa romagna” finds the Polizia Municipale of the Unione dei Comuni della Bassa Romagna. */
export const ParentNameSearch: Story = {
  args: { parties: long },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    await userEvent.type(shadow(canvasElement).getByRole('combobox'), 'bassa romagna');
    await waitFor(() => expect(shadow(canvasElement).getAllByRole('option')).toHaveLength(1));
  },
};

/** “monteverde 12” also finds Monteverde 13 through its IPA code c_m129: the row shows it. */
export const CodeThatMatched: Story = {
  args: { parties: long },
  play: async ({ canvasElement, globals }) => {
    await openPanel(canvasElement);
    await userEvent.type(shadow(canvasElement).getByRole('combobox'), 'monteverde 12');
    await waitFor(() =>
      expect(shadow(canvasElement).getAllByRole('option')[0]).toHaveTextContent(
        containing(terms(globals).partySwitch.partyIpaCode('c_m129')),
      ),
    );
  },
};

/**
 * Disabled and pending parties (Regione Lombardia, Comune di Napoli) are listed and marked, but
 * cannot be chosen.
 */
export const DisabledAndPending: Story = {
  args: { parties: enti() },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/** Ten thousand generated parties: only a window of options is in the DOM. */
export const TenThousand: Story = {
  args: {
    currentPartyId: 'ente-0',
    parties: Array.from({ length: 10_000 }, (_, i) => ({
      id: `ente-${i}`,
      name: `${i % 3 ? 'Comune' : 'Unione dei comuni'} di prova n. ${i + 1}`,
      role: i % 4 ? 'operator' : 'admin',
      taxCode: String(80_000_000_000 + i),
      ipaCode: `c_t${i}`,
    })),
  },
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/**
 * A duplicate id: the element shows a localised error instead of the button (and logs one
 * `console.error` naming the field, as designed).
 */
export const Error: Story = {
  args: {
    parties: [parties[0]!, { ...parties[1]!, id: parties[0]!.id }],
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/parties\[1\]\.id/);
  },
};

/** `lang="en"` on an ancestor switches every string, ARIA text included (panel opened). */
export const English: Story = {
  loaders: inEnglish,
  render: (args) => html`<div lang="en">${partySwitch(args)}</div>`,
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};
