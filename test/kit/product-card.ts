/** Driving a `<product-card>` as a person does, reading what it shows. */
import './languages.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/product-card/define.js';
import type { ProductCard } from '../../src/elements/product-card/product-card.js';
import type { Product } from '../../src/model/product.js';
import { logging } from './console.js';
import { nextTask, until } from './wait.js';

/** The parts a person sees and uses, the Gestisci button's env-picker included. */
export function parts(el: ProductCard) {
  const root = el.shadowRoot!;
  const picker = root.querySelector('env-picker');
  return {
    card: root.querySelector<HTMLElement>('[part="card"]'),
    logo: root.querySelector<HTMLElement>('[part="logo"]'),
    name: root.querySelector<HTMLElement>('[part="name"]'),
    status: root.querySelector<HTMLElement>('[part="status"]'),
    join: root.querySelector<HTMLButtonElement>('[part="join"]'),
    info: root.querySelector<HTMLAnchorElement>('[part="info"]'),
    error: root.querySelector<HTMLElement>('[part="error"]'),
    picker,
    manage: picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]') ?? null,
    dialog: picker?.shadowRoot?.querySelector<HTMLDialogElement>('dialog') ?? null,
    options: [...(picker?.shadowRoot?.querySelectorAll<HTMLElement>('[part="option"]') ?? [])],
    enter: picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part="confirm"]') ?? null,
  };
}

/** A `<product-card>` for `product`, rendered (its env-picker too). */
export async function card(
  product: Product,
  attrs: { lang?: string; headingLevel?: string } = {},
): Promise<ProductCard> {
  const el = await fixture<ProductCard>(
    html`<product-card
      .product=${product}
      lang=${attrs.lang ?? 'it'}
      heading-level=${attrs.headingLevel ?? '3'}
    ></product-card>`,
  );
  await el.updateComplete;
  await parts(el).picker?.updateComplete;
  return el;
}

/** A card for invalid data, with the `console.error` calls it made. */
export async function badCard(
  product: unknown,
  lang = 'it',
): Promise<{ el: ProductCard; calls: unknown[][] }> {
  const { value: el, calls } = await logging(() => card(product as Product, { lang }));
  return { el, calls };
}

/** Waits until the logo has loaded, or been replaced by the monogram after an error. */
export async function settleLogo(el: ProductCard): Promise<void> {
  await until(() => {
    const logo = parts(el).logo;
    return !(logo instanceof HTMLImageElement) || logo.complete;
  }, 'the logo has loaded or failed');
  await nextTask();
  await el.updateComplete;
}
