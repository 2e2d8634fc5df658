/**
 * Benchmark page entry (bundled by scripts/bench.mjs, not shipped): exposes helpers that time
 * <party-switch> in the page with performance.now().
 *
 * "Rendered" for a keystroke: the main-thread time from the input event until the filtered
 * options are in the DOM and laid out (the element's update, the virtualiser's microtask
 * layout, then a forced style + layout). Waiting for the display's next vsync is not work and
 * is reported apart ("to next frame").
 */
import '../src/elements/party-switch/define.js';
import type { PartySwitch } from '../src/elements/party-switch/party-switch.js';
import type { Party } from '../src/model/party.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function generate(count: number): Party[] {
  const kinds = ['Comune di', 'Unione dei comuni di', 'Città di', 'Istituto comprensivo di'];
  const places = ['Milano', 'Forlì', 'Città di Castello', 'Napoli', 'Aosta', 'Bari', 'Potenza'];
  return Array.from({ length: count }, (_, i) => ({
    id: `ente-${i}`,
    name: `${kinds[i % kinds.length]} ${places[(i * 7) % places.length]} ${i}`,
    role: i % 3 ? 'operator' : 'admin',
    taxCode: String(80_000_000_000 + i),
    ipaCode: `c_b${i}`,
  }));
}

async function rendered(el: PartySwitch): Promise<void> {
  await el.updateComplete;
  await frame();
  await frame();
}

/** Whether the rendered options are all results of the query (or "no results" is shown). */
function matches(options: NodeListOf<Element>, query: string): boolean {
  if (options.length === 0) return false;
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const folded = fold(query);
  return [...options].every((option) => fold(option.textContent ?? '').includes(folded));
}

let element: PartySwitch | undefined;

const bench = {
  /** Replaces the element with one holding `count` parties; returns the ms to set them. */
  async setup(count: number): Promise<number> {
    element?.remove();
    const el = document.createElement('party-switch');
    document.body.append(el);
    const parties = generate(count);
    const start = performance.now();
    el.parties = parties;
    el.currentPartyId = 'ente-0';
    await rendered(el);
    element = el;
    return performance.now() - start;
  },

  /** Clicks the button (closing first if needed) and times until the list is rendered. */
  async open(): Promise<number> {
    const el = element!;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    if (button.getAttribute('aria-expanded') === 'true') {
      button.click();
      await rendered(el);
    }
    const start = performance.now();
    button.click();
    await rendered(el);
    while (!el.shadowRoot!.querySelector('[role="option"]')) await frame();
    return performance.now() - start;
  },

  /** Empties the search box (untimed), then times one typed character until rendered. */
  async keystroke(char: string): Promise<{
    ms: number;
    updated: number;
    firstFrame: number;
    results: number;
    options: number;
  }> {
    const el = element!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.focus();
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await rendered(el);
    const start = performance.now();
    input.value = char;
    input.dispatchEvent(
      new InputEvent('input', {
        bubbles: true,
        composed: true,
        data: char,
        inputType: 'insertText',
      }),
    );
    await el.updateComplete;
    const updated = performance.now() - start;
    // The virtualiser lays its window out in microtasks after the element's update.
    const listbox = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]');
    let options = el.shadowRoot!.querySelectorAll('[role="option"]');
    for (let i = 0; i < 20 && !matches(options, char); i += 1) {
      await Promise.resolve();
      options = el.shadowRoot!.querySelectorAll('[role="option"]');
    }
    if (!matches(options, char))
      throw new Error(`the list does not show the results for "${char}"`);
    listbox?.getBoundingClientRect();
    const ms = performance.now() - start;
    await frame();
    const firstFrame = performance.now() - start;
    return {
      ms,
      updated,
      firstFrame,
      results: Number(options[0]?.getAttribute('aria-setsize') ?? 0),
      options: options.length,
    };
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
