/** Driving an `<env-picker>` as a person does, reading what it shows. */
import './languages.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/env-picker/define.js';
import type { EnvPicker } from '../../src/elements/env-picker/env-picker.js';
import type { Product } from '../../src/model/product.js';
import { pagoPA } from './fixtures.js';
import { text } from './screen.js';
import { click } from './user.js';
import { nextTask } from './wait.js';

/** The parts a person sees and uses. */
export function parts(el: EnvPicker) {
  const root = el.shadowRoot!;
  return {
    trigger: root.querySelector<HTMLButtonElement>('[part="button"]'),
    dialog: root.querySelector<HTMLDialogElement>('dialog'),
    title: root.getElementById('title'),
    radios: [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')],
    options: [...root.querySelectorAll<HTMLElement>('[part="option"]')],
    enter: root.querySelector<HTMLButtonElement>('[part="confirm"]'),
    cancel: root.querySelector<HTMLButtonElement>('[part="cancel"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
  };
}

/** The environments' names as shown, in order. */
export const optionNames = (el: EnvPicker) =>
  parts(el).options.map((option) => text(option.querySelector('strong')));

/** An `<env-picker>` for `product` (pagoPA by default). */
export function picker(
  product: Product = pagoPA(),
  attrs: { lang?: string; remember?: boolean } = {},
): Promise<EnvPicker> {
  return fixture<EnvPicker>(
    html`<env-picker
      .product=${product}
      lang=${attrs.lang ?? 'it'}
      ?remember=${attrs.remember ?? false}
    ></env-picker>`,
  );
}

/** Clicks Gestisci: the dialog opens. */
export async function openByClick(el: EnvPicker): Promise<void> {
  await click(parts(el).trigger!);
  await el.updateComplete;
  await nextTask();
}
