import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inEnglish, terms } from './language.js';
import '../src/elements/product-card/define.js';
import type { ProductCard } from '../src/elements/product-card/product-card.js';
import type { ProductJoinDetail, ProductJoinEvent } from '../src/events/product-join-event.js';
import type { EnvSelectDetail, EnvSelectEvent, Product } from '../src/index.js';
// `?no-inline`: served as files, since the card accepts http(s) logo URLs only (never data:).
import appIoLogo from '../demo/img/app-io.svg?no-inline';
import notificheLogo from '../demo/img/notifiche.svg?no-inline';
import pagopaLogo from '../demo/img/pagopa.svg?no-inline';
import {
  appIOWithoutRole,
  notifiche as notificheFixture,
  notificheJoining,
  pagoPAToJoin,
  pagoPAToManage,
} from '../test/kit/fixtures.js';

interface ProductCardArgs {
  product: Product | undefined;
  headingLevel: number;
  remember: boolean;
  /** Receives every `env-select` detail (shown in the Actions panel). */
  onEnvSelect: (detail: EnvSelectDetail) => void;
  /** Receives every `product-join` detail (shown in the Actions panel). */
  onProductJoin: (detail: ProductJoinDetail) => void;
}

// The kit's products (test/kit), with logos Storybook serves.
const pagoPA = { ...pagoPAToManage(), logoUrl: pagopaLogo };
const appIO = { ...appIOWithoutRole(), logoUrl: appIoLogo };
const notifiche = notificheFixture({ logoUrl: notificheLogo, status: 'active', canManage: true });
const joining = { ...notificheJoining(), logoUrl: notificheLogo };
const available = { ...pagoPAToJoin(), logoUrl: pagopaLogo };

/**
 * Stories never navigate: the listeners cancel `env-select` (as a host routing by itself does)
 * and hand each detail to its spy.
 */
function listeners(args: ProductCardArgs) {
  return {
    select: (event: EnvSelectEvent): void => {
      event.preventDefault();
      args.onEnvSelect(event.detail);
    },
    join: (event: ProductJoinEvent): void => {
      event.preventDefault();
      args.onProductJoin(event.detail);
    },
  };
}

function productCard(args: ProductCardArgs, product = args.product): TemplateResult {
  const on = listeners(args);
  return html`
    <product-card
      .product=${product}
      heading-level=${args.headingLevel}
      ?remember=${args.remember}
      @env-select=${on.select}
      @product-join=${on.join}
    ></product-card>
  `;
}

/** A card of the width a host's grid would give it. */
function single(args: ProductCardArgs): TemplateResult {
  return html`<div style="max-inline-size: 22rem">${productCard(args)}</div>`;
}

function cardIn(canvasElement: HTMLElement): ProductCard {
  const element = canvasElement.querySelector('product-card');
  if (!element?.shadowRoot) throw new Error('<product-card> is not rendered');
  return element;
}

/** Testing Library queries scoped to the card's shadow root. */
function shadow(canvasElement: HTMLElement) {
  // within() only reads querySelectorAll from its container, which a ShadowRoot has.
  return within(cardIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

const meta = {
  title: 'Elements/product-card',
  component: 'product-card',
  render: single,
  args: {
    product: pagoPA,
    headingLevel: 3,
    remember: false,
    onEnvSelect: fn(),
    onProductJoin: fn(),
  },
  argTypes: {
    product: { control: 'object' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
} satisfies Meta<ProductCardArgs>;

export default meta;
type Story = StoryObj<ProductCardArgs>;

/** pagoPA, active and manageable: Gestisci asks for Collaudo or Produzione. */
export const ActiveManageable: Story = {};

/** One environment: Gestisci enters it at once (the spy receives `env-select`). */
export const ActiveSingleEnvironment: Story = {
  args: { product: notifiche },
  play: async ({ args, canvasElement }) => {
    const picker = cardIn(canvasElement).shadowRoot!.querySelector('env-picker')!;
    const button = within(picker.shadowRoot as unknown as HTMLElement).getByRole('button');
    await userEvent.click(button);
    await expect(args.onEnvSelect).toHaveBeenCalledWith(
      expect.objectContaining({ environment: expect.objectContaining({ id: 'produzione' }) }),
    );
  },
};

/** Active, but the user has no role to manage it: no action, and the reason. */
export const ActiveNoRole: Story = {
  args: { product: appIO },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).queryByRole('button')).toBeNull();
  },
};

/** Membership requested, not yet active. */
export const Pending: Story = {
  args: { product: joining },
};

/** Not joined yet: Aderisci (the spy receives `product-join`) and Scopri di più. */
export const Available: Story = {
  args: { product: available },
  play: async ({ args, canvasElement, globals }) => {
    const name = terms(globals).productCard.productJoinLabel(available.name);
    await userEvent.click(shadow(canvasElement).getByRole('button', { name }));
    await expect(args.onProductJoin).toHaveBeenCalledWith(
      expect.objectContaining({ product: expect.objectContaining({ id: available.id }) }),
    );
  },
};

/** Without a logo, and with a logo that fails to load: the monogram. */
export const LogoFallback: Story = {
  render: (args) => html`
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(2, minmax(0, 18rem))">
      ${productCard(args, { ...joining, logoUrl: undefined })}
      ${productCard(args, { ...pagoPA, logoUrl: '/no-such-logo.png' })}
    </div>
  `,
  play: async ({ canvasElement }) => {
    const cards = [...canvasElement.querySelectorAll('product-card')];
    await waitFor(() =>
      expect(
        cards.map((card) => card.shadowRoot?.querySelector('[part="logo"]')?.localName),
      ).toEqual(['span', 'span']),
    );
  },
};

const grid: Product[] = [
  pagoPA,
  notifiche,
  appIO,
  { ...appIO, id: 'prod-interop', name: 'Interoperabilità', logoUrl: undefined },
  { ...joining, id: 'prod-send', name: 'SEND - Servizio Notifiche Digitali' },
  {
    id: 'prod-fd',
    name: 'Firma con IO',
    status: 'available',
    infoHref: 'https://example.org/firma/',
  },
];

/**
 * Six cards in a host's responsive grid (`repeat(auto-fill, minmax(16rem, 1fr))`): each card
 * fills its cell, actions aligned at the bottom. Below, the same cards in a 320 px column.
 */
export const Grid: Story = {
  render: (args) => html`
    <div
      style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))"
    >
      ${grid.map((product) => productCard(args, product))}
    </div>
    <p>320 px</p>
    <div style="display: grid; gap: 1rem; inline-size: 320px; outline: 1px dashed #5c6f82">
      ${grid.slice(0, 3).map((product) => productCard(args, product))}
    </div>
  `,
};

/**
 * A `javascript:` info link: the card shows a localised error (and logs one `console.error`
 * naming the field, as designed).
 */
export const ErrorInvalidInfoHref: Story = {
  name: 'Error',
  args: {
    // Deliberately invalid.
    product: { ...available, infoHref: 'javascript:alert(1)' },
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/infoHref/);
  },
};

/** `lang="en"` on an ancestor switches every string, ARIA names included. */
export const English: Story = {
  loaders: inEnglish,
  render: (args) => html`
    <div
      lang="en"
      style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))"
    >
      ${productCard(args, pagoPA)} ${productCard(args, appIO)} ${productCard(args, joining)}
      ${productCard(args, available)}
    </div>
  `,
};
