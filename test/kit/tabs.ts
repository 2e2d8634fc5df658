/**
 * Other tabs of the customer's browser: the order's page (test/kit/tab.html) in a same-origin
 * iframe shares localStorage, Web Locks and BroadcastChannel with the test page, as two tabs of
 * one browser profile do. The test reads and drives each tab through its `window.tab`.
 */
import type { Order } from '../../src/model/order.js';
import { mario } from './fixtures.js';
import { parts, settle, toReview } from './pay-button.js';
import type { Tab } from './tab.js';
import { until } from './wait.js';

export type { Tab };

export interface TabOptions {
  presentation?: string;
  /** The PayPal simulator's scenario. */
  scenario?: string;
  /** The customer does nothing in PayPal's window. */
  idle?: boolean;
}

/** The tab's page, once it has run (undefined while it loads). */
export const tabOf = (frame: HTMLIFrameElement) =>
  (frame.contentWindow as unknown as { tab?: Tab } | null)?.tab;

/** Waits until the frame's page has loaded (again, if it was `previous`) and rendered. */
export async function loaded(frame: HTMLIFrameElement, previous?: Tab): Promise<Tab> {
  await until(() => {
    const tab = tabOf(frame);
    return tab !== undefined && tab !== previous && tab.el.hasUpdated;
  }, 'the tab has loaded');
  const tab = tabOf(frame)!;
  await settle(tab.el);
  return tab;
}

/** Opens the order's page in another tab (an iframe of the same origin). */
export async function openTab(order: Order, options: TabOptions = {}): Promise<HTMLIFrameElement> {
  const url = new URL('/test/kit/tab.html', location.href);
  url.searchParams.set('order', JSON.stringify(order));
  if (options.presentation) url.searchParams.set('presentation', options.presentation);
  if (options.scenario) url.searchParams.set('scenario', options.scenario);
  if (options.idle) url.searchParams.set('autoplay', '0');
  const frame = document.createElement('iframe');
  // Side by side, as narrow as a phone: two tabs fit in the test page.
  frame.style.cssText = 'display:inline-block;inline-size:390px;block-size:580px;border:0';
  frame.src = url.href;
  document.body.append(frame);
  await loaded(frame);
  return frame;
}

/** Reloads the tab's page, as the customer pressing F5 does. */
export async function reload(frame: HTMLIFrameElement): Promise<Tab> {
  const before = tabOf(frame);
  frame.contentWindow!.location.reload();
  return loaded(frame, before);
}

/** Paga, Mario's account, Prosegui: the summary of the tab's page; gives Prosegui e paga. */
export async function reviewIn(tab: Tab, account = mario.id): Promise<HTMLButtonElement> {
  await toReview(tab.el, account);
  return parts(tab.el).confirm!;
}
