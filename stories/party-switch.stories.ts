import '../src/elements/party-switch/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { PartySwitch } from '../src/elements/party-switch/party-switch.js';
import type { PartySelectDetail, PartySelectEvent } from '../src/events/party-select-event.js';
import type { Party } from '../src/model/party.js';

interface PartySwitchArgs {
  parties: Party[] | undefined;
  currentPartyId: string | undefined;
  roleLabels: Record<string, string> | undefined;
  searchThreshold: number;
  /** Receives every `party-select` detail (shown in the Actions panel). */
  onPartySelect: (detail: PartySelectDetail) => void;
}

const enti: Party[] = [
  {
    id: 'c_f205',
    name: 'Comune di Milano',
    role: 'admin',
    taxCode: '01199250158',
    ipaCode: 'c_f205',
  },
  {
    id: 'r_lombar',
    name: 'Regione Lombardia',
    role: 'operator',
    taxCode: '80050050154',
    ipaCode: 'r_lombar',
  },
  {
    id: 'c_c745',
    name: 'Città di Castello',
    role: 'admin',
    taxCode: '00372420547',
    ipaCode: 'c_c745',
  },
  {
    id: 'c_d704',
    name: 'Comune di Forlì',
    role: 'operator',
    taxCode: '00606620409',
    ipaCode: 'c_d704',
  },
  {
    id: 'asl-roma1',
    name: 'ASL Roma 1',
    role: 'referente',
    parentName: 'Regione Lazio',
    taxCode: '13664791004',
  },
  {
    id: 'pt-digitalpa',
    name: 'DigitalPA S.r.l.',
    role: 'admin',
    parentName: 'Partner tecnologico',
    taxCode: '03553050927',
  },
];

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
    parties: enti,
    currentPartyId: 'c_f205',
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

/** Six enti and a technology partner, with the user's role in each: a search box above five. */
export const Default: Story = {};

/** Three parties: no search box, the listbox itself takes the keyboard. */
export const FewNoSearch: Story = {
  args: { parties: enti.slice(0, 3) },
};

/** The panel, opened by a click. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/** Typing “citta” finds Città di Castello (accents and case do not matter); the count is announced. */
export const SearchResults: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    const root = shadow(canvasElement);
    await userEvent.type(root.getByRole('combobox'), 'comune');
    await waitFor(() =>
      expect(root.getByRole('status')).toHaveTextContent(/2 (enti|organisations)/),
    );
  },
};

/** Nothing matches: *Nessun ente trovato*. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
    const root = shadow(canvasElement);
    await userEvent.type(root.getByRole('combobox'), 'Torino');
    await waitFor(() =>
      expect(root.getByRole('status')).toHaveTextContent(/Nessun ente|No organisation/),
    );
  },
};

/** Disabled and pending parties are listed and marked, but cannot be chosen. */
export const DisabledAndPending: Story = {
  args: {
    parties: [...enti.slice(0, 2), { ...enti[2]!, disabled: true }, { ...enti[3]!, pending: true }],
  },
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
    parties: [enti[0]!, { ...enti[1]!, id: enti[0]!.id }],
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/parties\[1\]\.id/);
  },
};

/** `lang="en"` on an ancestor switches every string, ARIA text included (panel opened). */
export const English: Story = {
  render: (args) => html`<div lang="en">${partySwitch(args)}</div>`,
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};
