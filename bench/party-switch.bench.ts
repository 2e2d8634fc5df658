/**
 * Benchmark page entry (bundled by scripts/bench.mjs, not shipped). It measures what a person
 * waits for, the way the side-by-side benchmark of the shared folder does:
 *
 * - a frame clock: for every frame, when a ResizeObserver on a 1 px sentinel fired (after the
 *   frame's style and layout) and when a message posted from its rAF arrived (after its paint);
 *   a DOM change made at time t is on screen in the first frame whose observer fired after t;
 * - open: from the click (its event's timeStamp) to the paint of the first frame holding an
 *   option;
 * - keystroke: from the keydown (its timeStamp) to the paint of the frame holding the **last**
 *   DOM change that key caused (the DOM still for 300 ms), so work spread over several frames
 *   is counted.
 *
 * The clicks and keys come from the driver as real input (CDP), not from dispatched events.
 */
import '../src/elements/party-switch/define.js';
import type { PartySwitch } from '../src/elements/party-switch/party-switch.js';
import type { Party } from '../src/model/party.js';

interface Frame {
  ro: number;
  end: number;
  raf: number;
}

const frames: Frame[] = [];
let looping = false;
const channel = new MessageChannel();
const sentinel = document.createElement('div');
sentinel.style.cssText =
  'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;contain:strict';
document.documentElement.append(sentinel);
new ResizeObserver(() => {
  const frame = frames.at(-1);
  if (frame && !frame.ro) frame.ro = performance.now();
}).observe(sentinel);
channel.port1.onmessage = (event: MessageEvent<number>) => {
  const frame = frames[event.data];
  if (frame) frame.end = performance.now();
};

function tick(): void {
  if (!looping) return;
  frames.push({ raf: performance.now(), ro: 0, end: 0 });
  sentinel.style.width = `${1 + (frames.length % 2)}px`;
  channel.port2.postMessage(frames.length - 1);
  requestAnimationFrame(tick);
}

function startFrames(): void {
  frames.length = 0;
  if (!looping) {
    looping = true;
    requestAnimationFrame(tick);
  }
}

/** When the first frame showing a change made at `t` was painted; null while not known yet. */
function paintAfter(t: number): number | null {
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i] as Frame;
    const next = frames[i + 1];
    const mark = frame.ro || frame.end || next?.raf || 0;
    if (!mark) return null;
    if (mark > t) {
      const paint = Math.min(frame.end || Infinity, next?.raf ?? Infinity);
      return paint === Infinity ? null : paint;
    }
  }
  return null;
}

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function generate(count: number): Party[] {
  const kinds = ['Comune di', 'Unione dei comuni di', 'Città di', 'Istituto comprensivo di'];
  const places = ['Roma', 'Milano', 'Forlì', 'Cantù', 'Paternò', "Sant'Angelo", "L'Aquila", 'Bari'];
  return Array.from({ length: count }, (_, i) => ({
    id: `ente-${i}`,
    name: `${kinds[i % kinds.length]} ${places[(i * 7) % places.length]} ${i}`,
    role: i % 3 ? 'operator' : 'admin',
    taxCode: String(80_000_000_000 + i),
    ipaCode: `c_b${i}`,
  }));
}

let element: PartySwitch | undefined;
let parties: Party[] = [];
const part = (name: string) => element!.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

/** Mutations of the element's shadow root, with their time; the search box's own are left out. */
function watch(onChange: (at: number, records: MutationRecord[]) => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    const input = part('search');
    const counted = records.filter((record) => record.target !== input);
    if (counted.length) onChange(performance.now(), counted);
  });
  observer.observe(element!.shadowRoot!, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  return observer;
}

const bench = {
  /** A fresh element holding `count` parties; returns the ms to hand them over. */
  async setup(count: number): Promise<number> {
    element?.remove();
    parties = [];
    (window as { gc?: () => void }).gc?.();
    const el = document.createElement('party-switch');
    document.body.append(el);
    parties = generate(count);
    const start = performance.now();
    el.parties = parties;
    el.currentPartyId = 'ente-0';
    await el.updateComplete;
    element = el;
    return performance.now() - start;
  },

  /** Closes the panel when it is open, then waits for the page to be quiet. */
  async reset(): Promise<void> {
    const button = part('button');
    if (button?.getAttribute('aria-expanded') === 'true') button.click();
    await idle(200);
  },

  /** Arms the open measurement; the driver then clicks the button. */
  armOpen(): void {
    const state: { click?: number; shown?: number } = {};
    addEventListener('click', (event) => (state.click ??= event.timeStamp), {
      capture: true,
      once: true,
    });
    const observer = watch((at) => {
      if (state.shown === undefined && element!.shadowRoot!.querySelector('[role="option"]')) {
        state.shown = at;
      }
    });
    startFrames();
    (window as { openState?: unknown }).openState = { state, observer };
  },

  /** ms from the click to the paint of the first frame holding an option. */
  async openResult(): Promise<number> {
    const { state, observer } = (
      window as unknown as {
        openState: { state: { click?: number; shown?: number }; observer: MutationObserver };
      }
    ).openState;
    for (let i = 0; i < 600; i++) {
      const paint = state.shown === undefined ? null : paintAfter(state.shown);
      if (paint !== null && state.click !== undefined) {
        observer.disconnect();
        return paint - state.click;
      }
      await idle(5);
    }
    throw new Error('the list did not open');
  },

  /** Arms one keystroke's measurement; the driver then presses the key in the search box. */
  armKey(): void {
    const state: { down?: number; last?: number; changes: string[] } = { changes: [] };
    addEventListener('keydown', (event) => (state.down ??= event.timeStamp), {
      capture: true,
      once: true,
    });
    const observer = watch((at, records) => {
      state.last = at;
      if (state.down !== undefined) {
        const what = records.map(
          (r) => `${r.type}:${(r.target as Element).id || r.target.nodeName}`,
        );
        state.changes.push(`${(at - state.down).toFixed(1)} ${[...new Set(what)].join(' ')}`);
      }
    });
    startFrames();
    (window as { keyState?: unknown }).keyState = { state, observer };
  },

  /** ms from the keydown to the paint of the frame holding the key's last DOM change. */
  async keyResult(): Promise<{ ms: number; changes: string[]; results: number }> {
    const { state, observer } = (
      window as unknown as {
        keyState: {
          state: { down?: number; last?: number; changes: string[] };
          observer: MutationObserver;
        };
      }
    ).keyState;
    for (let i = 0; i < 1000; i++) {
      // A key that changed nothing is over at the first frame after it.
      const last = state.last ?? state.down;
      const quiet = last !== undefined && performance.now() - last >= 300;
      const paint = quiet ? paintAfter(last as number) : null;
      if (paint !== null && state.down !== undefined) {
        observer.disconnect();
        const option = element!.shadowRoot!.querySelector('[role="option"]');
        return {
          ms: paint - state.down,
          changes: state.changes,
          results: Number(option?.getAttribute('aria-setsize') ?? 0),
        };
      }
      await idle(10);
    }
    throw new Error('the keystroke was not painted');
  },

  /** The JS heap in MB after a garbage collection, with the panel open. */
  heap(): number | null {
    (window as { gc?: () => void }).gc?.();
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : null;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
