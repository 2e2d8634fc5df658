/**
 * Driving an `<auto-renewal-control>` the way a customer does: the real mouse and keyboard,
 * reading what is on screen.
 */
import './languages.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/auto-renewal-control/define.js';
import type { AutoRenewalControl } from '../../src/elements/auto-renewal-control/auto-renewal-control.js';
import type { PayPalAccountSelect } from '../../src/elements/paypal-account-select/paypal-account-select.js';
import { CHANGE_PREFIX } from '../../src/internal/change-registry.js';
import type { PayPalAccount } from '../../src/model/paypal-account.js';
import type { Service } from '../../src/model/service.js';
import { click as mouseClick } from './user.js';
import { anna, mario, pecService } from './fixtures.js';
import { nextTask, until } from './wait.js';

export interface RenewalOptions {
  lang?: string;
  /** `undefined`: not set, the element asks the host. */
  accounts?: PayPalAccount[] | undefined;
  timeout?: number;
  clientId?: string | undefined;
  environment?: string | undefined;
}

/** An `<auto-renewal-control>` for `service` (a PEC mailbox renewing on Mario's account). */
export function renewalControl(
  service: Service | unknown = pecService(),
  options: RenewalOptions = {},
): Promise<AutoRenewalControl> {
  const { lang = 'it', timeout = 60_000 } = options;
  const accounts = 'accounts' in options ? options.accounts : [mario, anna];
  const clientId = 'clientId' in options ? options.clientId : 'sim-client';
  const environment = 'environment' in options ? options.environment : 'sandbox';
  return fixture<AutoRenewalControl>(html`
    <auto-renewal-control
      lang=${lang}
      .service=${service as Service}
      .accounts=${accounts}
      .requestTimeout=${timeout}
      .paypalClientId=${clientId}
      .paypalEnvironment=${environment}
    ></auto-renewal-control>
  `);
}

/** The parts a customer sees and uses. */
export function parts(el: AutoRenewalControl) {
  const root = el.shadowRoot!;
  const q = <T extends HTMLElement = HTMLElement>(part: string) =>
    root.querySelector<T>(`[part="${part}"]`);
  const select = root.querySelector<PayPalAccountSelect>('paypal-account-select');
  return {
    state: q('state'),
    terms: q('terms'),
    button: q<HTMLButtonElement>('button'),
    busy: q('busy'),
    dialog: root.querySelector('dialog'),
    title: q('title'),
    confirm: q<HTMLButtonElement>('confirm'),
    cancel: q<HTMLButtonElement>('cancel'),
    retry: q<HTMLButtonElement>('retry'),
    back: q<HTMLButtonElement>('back'),
    notice: q('notice'),
    progress: q('progress'),
    result: q('result'),
    error: q('error'),
    /** The dialog's live region. */
    live: root.querySelector('dialog [role="status"][aria-live]'),
    select,
    nativeSelect: select?.shadowRoot?.querySelector('select') ?? null,
  };
}

/** Lets events, renders and focus moves settle (a few tasks; no clock involved). */
export async function settle(el: AutoRenewalControl): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await nextTask();
    await el.updateComplete;
    await parts(el).select?.updateComplete;
  }
}

/** Clicks with the real mouse, scrolling the target into view first. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await mouseClick(element);
}

/** Disattiva / Attiva: the dialog opens. */
export async function open(el: AutoRenewalControl): Promise<void> {
  await click(parts(el).button!);
  await until(() => parts(el).dialog?.open === true, 'the dialog opens');
  await settle(el);
}

/** Chooses an account the way the customer's input does (the native select changes). */
export async function choose(el: AutoRenewalControl, value: string): Promise<void> {
  const native = parts(el).nativeSelect!;
  native.value = value;
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Waits until `part` is on screen. */
export async function untilPart(
  el: AutoRenewalControl,
  part: keyof ReturnType<typeof parts>,
): Promise<void> {
  await until(() => parts(el)[part] !== null, `the ${part} shows`);
  await settle(el);
}

/** Forgets every change record (they live in localStorage, for every tab). */
export function forgetChanges(): void {
  for (const key of Object.keys(localStorage))
    if (key.startsWith(CHANGE_PREFIX)) localStorage.removeItem(key);
}
