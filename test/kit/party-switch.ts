/** Driving a `<party-switch>` as a person does, reading what it shows and says. */
import './languages.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/party-switch/define.js';
import type { PartySwitch } from '../../src/elements/party-switch/party-switch.js';
import type { Party } from '../../src/model/party.js';
import { logging } from './console.js';
import { enti } from './fixtures.js';
import { text } from './screen.js';
import { click, deepActiveElement, type } from './user.js';
import { domSettled } from './wait.js';

/** The parts a person sees and uses. */
export function parts(el: PartySwitch) {
  const root = el.shadowRoot!;
  return {
    button: root.querySelector<HTMLButtonElement>('[part="button"]'),
    panel: root.querySelector<HTMLElement>('[part="panel"]'),
    search: root.querySelector<HTMLInputElement>('[part="search"]'),
    listbox: root.querySelector<HTMLElement>('[part="listbox"]'),
    options: [...root.querySelectorAll<HTMLElement>('[role="option"]')],
    count: root.querySelector<HTMLElement>('[part="count"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
    status: root.querySelector<HTMLElement>('[role="status"]'),
  };
}

/** The rendered options in list order (the virtual list may keep another DOM order). */
export const orderedOptions = (el: PartySwitch) =>
  parts(el).options.sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index']));

/** The names of the rendered options, in list order. */
export const optionNames = (el: PartySwitch) =>
  orderedOptions(el).map((option) => text(option.querySelector('.name')));

/** The rendered option named `name`. */
export const optionNamed = (el: PartySwitch, name: string) =>
  parts(el).options.find((option) => text(option.querySelector('.name')) === name);

/** The id the keyboard focus points at (aria-activedescendant of the focused control). */
export const activeId = () =>
  (deepActiveElement() as HTMLElement | null)?.getAttribute('aria-activedescendant') ?? '';

/** The option the keyboard focus points at. */
export const activeOption = (el: PartySwitch) => {
  const id = activeId();
  return id ? el.shadowRoot!.getElementById(id) : null;
};

/** Waits for the element's update and for the virtual list to finish laying out. */
export async function settle(el: PartySwitch): Promise<void> {
  await el.updateComplete;
  await domSettled(el.shadowRoot!);
  await el.updateComplete;
}

/** A `<party-switch>` over the customer's organisations, on Comune di Milano by default. */
export function partySwitch(
  parties: unknown = enti(),
  attrs: { lang?: string; current?: string; threshold?: number } = {},
): Promise<PartySwitch> {
  return fixture<PartySwitch>(
    html`<party-switch
      lang=${attrs.lang ?? 'it'}
      .parties=${parties}
      current-party-id=${attrs.current ?? 'milano'}
      search-threshold=${attrs.threshold ?? 5}
    ></party-switch>`,
  );
}

/** A `<party-switch>` in another page (a frame of a phone's size, test/kit/viewport.ts). */
export async function partySwitchIn(
  page: Document,
  parties: Party[],
  attrs: { current?: string } = {},
): Promise<PartySwitch> {
  const el = page.createElement('party-switch');
  el.lang = 'it';
  el.parties = parties;
  el.setAttribute('current-party-id', attrs.current ?? 'milano');
  page.body.append(el);
  await el.updateComplete;
  return el;
}

/** Makes a `<party-switch>` with `make`, recording the `console.error` calls it made. */
export async function quietly(
  make: () => Promise<PartySwitch>,
): Promise<{ value: PartySwitch; calls: unknown[][] }> {
  return logging(async () => {
    const el = await make();
    await settle(el);
    return el;
  });
}

/** Clicks the button: the panel opens. */
export async function openByClick(el: PartySwitch): Promise<void> {
  await click(parts(el).button!);
  await settle(el);
}

/** Types into the focused control (the search box) and waits for the list. */
export async function typeIn(el: PartySwitch, characters: string): Promise<void> {
  await type(characters);
  await settle(el);
}

/** Replaces the search with `query` and gives the names found. */
export async function searchFor(el: PartySwitch, query: string): Promise<string[]> {
  parts(el).search!.select();
  await typeIn(el, query);
  return optionNames(el);
}

/** Every rendered option shows all of its text: nothing clipped, no row over another. */
export function expectReadable(el: PartySwitch): void {
  const options = orderedOptions(el);
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
