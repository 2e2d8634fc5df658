/**
 * Driving a `<paypal-accounts>` the way a customer does: the real mouse and keyboard, reading
 * what is on screen.
 */
import './languages.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/paypal-accounts/define.js';
import type { PayPalAccounts } from '../../src/elements/paypal-accounts/paypal-accounts.js';
import type { PayPalAccount } from '../../src/model/paypal-account.js';
import type { Service } from '../../src/model/service.js';
import { click as mouseClick } from './user.js';
import { anna, mario } from './fixtures.js';
import { nextTask, until } from './wait.js';

export interface AccountsOptions {
  lang?: string;
  /** `undefined`: not set, the element asks the host. */
  accounts?: PayPalAccount[] | undefined;
  services?: Service[] | undefined;
  timeout?: number;
  clientId?: string | undefined;
  environment?: string | undefined;
}

/** A `<paypal-accounts>` with Mario's and Anna's accounts. */
export function accountsList(options: AccountsOptions = {}): Promise<PayPalAccounts> {
  const { lang = 'it', timeout = 60_000, services } = options;
  const accounts = 'accounts' in options ? options.accounts : [mario, anna];
  // PayPal only where a test installs the simulator: the element loads it as soon as it shows.
  const { clientId, environment } = options;
  return fixture<PayPalAccounts>(html`
    <paypal-accounts
      lang=${lang}
      .accounts=${accounts}
      .services=${services}
      .requestTimeout=${timeout}
      .paypalClientId=${clientId}
      .paypalEnvironment=${environment}
    ></paypal-accounts>
  `);
}

/** The parts a customer sees and uses. */
export function parts(el: PayPalAccounts) {
  const root = el.shadowRoot!;
  const q = <T extends HTMLElement = HTMLElement>(part: string) =>
    root.querySelector<T>(`[part="${part}"]`);
  const all = (part: string) => [...root.querySelectorAll<HTMLElement>(`[part="${part}"]`)];
  return {
    list: q('list'),
    items: all('account'),
    emails: all('email'),
    usages: all('usage'),
    removes: all('remove') as HTMLButtonElement[],
    busy: q('busy'),
    empty: q('empty'),
    add: q<HTMLButtonElement>('add'),
    status: q('status'),
    addError: q('add-error'),
    addRetry: q<HTMLButtonElement>('add-retry'),
    dialog: root.querySelector('dialog'),
    title: q('title'),
    confirm: q<HTMLButtonElement>('confirm'),
    cancel: q<HTMLButtonElement>('cancel'),
    retry: q<HTMLButtonElement>('retry'),
    notice: q('notice'),
    progress: q('progress'),
    result: q('result'),
    error: q('error'),
  };
}

/** The Rimuovi button of the account with `email`. */
export function removeButton(el: PayPalAccounts, email: string): HTMLButtonElement {
  const button = parts(el).removes.find((candidate) =>
    candidate.getAttribute('aria-label')?.endsWith(email),
  );
  if (!button) throw new Error(`No Rimuovi for ${email}`);
  return button;
}

/** Lets events, renders and focus moves settle (a few tasks; no clock involved). */
export async function settle(el: PayPalAccounts): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await nextTask();
    await el.updateComplete;
  }
}

/** Clicks with the real mouse, scrolling the target into view first. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await mouseClick(element);
}

/** Rimuovi on the account with `email`: the dialog opens. */
export async function openRemoval(el: PayPalAccounts, email: string): Promise<void> {
  await click(removeButton(el, email));
  await until(() => parts(el).dialog?.open === true, 'the dialog opens');
  await settle(el);
}

/** Waits until `part` is on screen. */
export async function untilPart(
  el: PayPalAccounts,
  part: keyof ReturnType<typeof parts>,
): Promise<void> {
  await until(() => {
    const found = parts(el)[part];
    return Array.isArray(found) ? found.length > 0 : found !== null;
  }, `the ${part} shows`);
  await settle(el);
}
