/** Driving a `<product-switch>` as a person does, reading what it shows. */
import './languages.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/product-switch/define.js';
import type { EnvPicker } from '../../src/elements/env-picker/env-picker.js';
import type { ProductSwitch } from '../../src/elements/product-switch/product-switch.js';
import type { Product } from '../../src/model/product.js';
import { logging } from './console.js';
import { products } from './fixtures.js';
import { text } from './screen.js';
import { deepActiveElement, press } from './user.js';
import { nextTask } from './wait.js';

export interface ProductSwitchOptions {
  products?: unknown;
  current?: string;
  environment?: string;
  lang?: string;
}

/** A `<product-switch>` over the organisation's products, on pagoPA's Collaudo by default. */
export function productSwitch({
  products: list = products(),
  current = 'pagopa',
  environment = 'collaudo',
  lang = 'it',
}: ProductSwitchOptions = {}): Promise<ProductSwitch> {
  return fixture<ProductSwitch>(
    html`<product-switch
      .products=${list as Product[]}
      current-product-id=${current}
      current-environment=${environment}
      lang=${lang}
    ></product-switch>`,
  );
}

/** A `<product-switch>` for bad data, with the `console.error` calls it made. */
export async function badProductSwitch(
  options: ProductSwitchOptions,
): Promise<{ el: ProductSwitch; calls: unknown[][] }> {
  const { value: el, calls } = await logging(() => productSwitch(options));
  return { el, calls };
}

/** The parts a person sees and uses, the environment dialog included. */
export function parts(el: ProductSwitch) {
  const root = el.shadowRoot!;
  const picker = root.querySelector('env-picker');
  return {
    button: root.querySelector<HTMLButtonElement>('[part="button"]'),
    menu: root.querySelector<HTMLElement>('[part="menu"]'),
    items: [...root.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')],
    badge: root.querySelector<HTMLElement>('[part="badge"]'),
    title: root.querySelector<HTMLElement>('[part="title"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
    dialog: picker?.shadowRoot?.querySelector<HTMLDialogElement>('dialog') ?? null,
    envOptions: [...(picker?.shadowRoot?.querySelectorAll<HTMLElement>('[part="option"]') ?? [])],
    envEnter: picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part="confirm"]') ?? null,
  };
}

/** The name of the product whose menu item has the focus. */
export const focusedName = () => text(deepActiveElement()?.querySelector('.name'));

/** The names of the menu items, in order. */
export const itemNames = (el: ProductSwitch) =>
  parts(el).items.map((item) => text(item.querySelector('.name')));

/**
 * Lets the element render and the popover settle, and the environment dialog open (its code
 * loads the first time it opens).
 */
export async function settle(el: ProductSwitch): Promise<void> {
  await el.updateComplete;
  await nextTask();
  await el.shadowRoot!.querySelector<EnvPicker>('env-picker')?.updateComplete;
}

/** Focuses the menu button and presses `key` (Enter by default). */
export async function openByKey(el: ProductSwitch, key = 'Enter'): Promise<void> {
  parts(el).button!.focus();
  await press(key);
  await settle(el);
}
