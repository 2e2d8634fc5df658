import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inEnglish } from './language.js';
import '../src/elements/product-switch/define.js';
import type { ProductSwitch } from '../src/elements/product-switch/product-switch.js';
import type { EnvSelectDetail, EnvSelectEvent, Product } from '../src/index.js';
// `?no-inline`: served as files, since logos must be http(s) URLs (never data:).
import appIoLogo from '../demo/img/app-io.svg?no-inline';
import notificheLogo from '../demo/img/notifiche.svg?no-inline';
import pagopaLogo from '../demo/img/pagopa.svg?no-inline';
import { appIO, notifiche, pagoPA as pagoPAFixture } from '../test/kit/fixtures.js';

interface ProductSwitchArgs {
  products: Product[] | undefined;
  currentProductId: string | undefined;
  currentEnvironment: string | undefined;
  /** Receives every `env-select` detail (shown in the Actions panel). */
  onEnvSelect: (detail: EnvSelectDetail) => void;
}

// The kit's products (test/kit), with logos Storybook serves.
const pagoPA = pagoPAFixture({ logoUrl: pagopaLogo });
const products: Product[] = [
  pagoPA,
  notifiche({ logoUrl: notificheLogo }),
  appIO({ logoUrl: appIoLogo }),
];

/** Stories never navigate: the listener cancels `env-select` and hands the detail to the spy. */
function onEnvSelect(args: ProductSwitchArgs) {
  return (event: EnvSelectEvent): void => {
    event.preventDefault();
    args.onEnvSelect(event.detail);
  };
}

function productSwitch(args: ProductSwitchArgs): TemplateResult {
  return html`
    <product-switch
      .products=${args.products}
      .currentProductId=${args.currentProductId}
      .currentEnvironment=${args.currentEnvironment}
      @env-select=${onEnvSelect(args)}
    ></product-switch>
  `;
}

function switchIn(canvasElement: HTMLElement): ProductSwitch {
  const element = canvasElement.querySelector('product-switch');
  if (!element?.shadowRoot) throw new Error('<product-switch> is not rendered');
  return element;
}

/** Testing Library queries scoped to the element's shadow root. */
function shadow(canvasElement: HTMLElement) {
  return within(switchIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

/** Clicks the menu button and waits for the menu to be shown. */
async function openMenu(canvasElement: HTMLElement): Promise<HTMLElement> {
  const root = shadow(canvasElement);
  await userEvent.click(root.getByRole('button', { expanded: false }));
  const menu = root.getByRole('menu');
  await waitFor(() => expect(menu.matches(':popover-open')).toBe(true));
  return menu;
}

const meta = {
  title: 'Elements/product-switch',
  component: 'product-switch',
  render: productSwitch,
  args: {
    products,
    currentProductId: 'pagopa',
    currentEnvironment: 'collaudo',
    onEnvSelect: fn(),
  },
  argTypes: {
    products: { control: 'object' },
    currentEnvironment: { control: 'inline-radio', options: ['collaudo', 'produzione', ''] },
  },
} satisfies Meta<ProductSwitchArgs>;

export default meta;
type Story = StoryObj<ProductSwitchArgs>;

/** pagoPA in Collaudo is the current product; the menu lists three products. */
export const Default: Story = {};

/** The menu, opened by a click: focus on the current product (marked as checked). */
export const MenuOpen: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    const current = within(menu).getByRole('menuitemradio', { checked: true });
    await expect(current).toHaveTextContent('pagoPA');
  },
};

/** Choosing pagoPA, which has two environments, asks *In quale ambiente vuoi entrare?*. */
export const EnvironmentDialog: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    await userEvent.click(within(menu).getByRole('menuitemradio', { name: /pagoPA/ }));
    const picker = switchIn(canvasElement).shadowRoot!.querySelector('env-picker')!;
    await waitFor(() => expect(picker.shadowRoot?.querySelector('dialog')?.open).toBe(true));
  },
};

/** With one product only: a plain title (logo, name, environment badge), no menu. */
export const SingleProduct: Story = {
  args: { products: [pagoPA], currentEnvironment: 'produzione' },
};

/**
 * `current-product-id` names no product in the list: the button says *Scegli un prodotto*, no
 * badge, and one `console.error` names the attribute.
 */
export const UnknownCurrent: Story = {
  args: { currentProductId: 'interop' },
};

/** A product without `name`: a localised error in place of the menu (and one console.error). */
export const ErrorInvalidProducts: Story = {
  name: 'Error',
  args: {
    // Deliberately invalid: the second product has no name.
    products: [pagoPA, { id: 'pn' } as unknown as Product],
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/products\[1\]\.name/);
  },
};

/** `lang="en"` on an ancestor: badge, menu and every ARIA text in English (menu opened). */
export const English: Story = {
  loaders: inEnglish,
  render: (args) => html`<div lang="en">${productSwitch(args)}</div>`,
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

const header = [
  'display: flex',
  'align-items: center',
  'justify-content: space-between',
  'gap: 1rem',
  'padding: 0.5rem 1rem',
  'background: #0b3ee3',
  'color: #ffffff',
  '--cak-color-focus: #ffffff',
  '--cak-color-hover: rgb(255 255 255 / 0.15)',
  '--cak-color-badge-surface: #ffffff',
  '--cak-color-badge-text: #0b3ee3',
].join('; ');

/**
 * In a dark blue header bar: the button inherits the header's white text; the badge, hover and
 * focus ring are themed with `--cak-*` custom properties (white on #0b3ee3 is 7.6:1). The menu
 * keeps its light surface.
 */
export const DarkHeader: Story = {
  render: (args) => html`
    <header style=${header}>
      ${productSwitch(args)}
      <span>Comune di Roma</span>
    </header>
  `,
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};
