import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { containing, inEnglish, terms } from './language.js';
import type { EnvPicker, EnvSelectDetail, EnvSelectEvent, Product } from '../src/index.js';
import { notifiche, pagoPA } from '../test/kit/fixtures.js';

interface EnvPickerArgs {
  product: Product | undefined;
  remember: boolean;
  trigger: 'button' | 'none';
  /** Receives every `env-select` detail (shown in the Actions panel). */
  onEnvSelect: (detail: EnvSelectDetail) => void;
}

/**
 * Stories never navigate: the listener cancels `env-select` (as a host routing by itself does)
 * and hands the detail to the `onEnvSelect` spy.
 */
function onEnvSelect(args: EnvPickerArgs) {
  return (event: EnvSelectEvent): void => {
    event.preventDefault();
    args.onEnvSelect(event.detail);
  };
}

function picker(args: EnvPickerArgs): TemplateResult {
  return html`
    <env-picker
      .product=${args.product}
      ?remember=${args.remember}
      trigger=${args.trigger}
      @env-select=${onEnvSelect(args)}
    ></env-picker>
  `;
}

function pickerIn(canvasElement: HTMLElement): EnvPicker {
  const element = canvasElement.querySelector('env-picker');
  if (!element?.shadowRoot) throw new Error('<env-picker> is not rendered');
  return element;
}

/** Testing Library queries scoped to the element's shadow root. */
function shadow(canvasElement: HTMLElement) {
  // within() only reads querySelectorAll from its container, which a ShadowRoot has.
  return within(pickerIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

/** Clicks Gestisci and waits for the dialog to be shown. */
async function openDialog(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  const root = shadow(canvasElement);
  await userEvent.click(root.getByRole('button'));
  const dialog = root.getByRole('dialog', { hidden: true }) as HTMLDialogElement;
  await waitFor(() => expect(dialog.open).toBe(true));
  return dialog;
}

const meta = {
  title: 'Elements/env-picker',
  component: 'env-picker',
  render: picker,
  args: {
    product: pagoPA(),
    remember: false,
    trigger: 'button',
    onEnvSelect: fn(),
  },
  argTypes: {
    trigger: { control: 'inline-radio', options: ['button', 'none'] },
    product: { control: 'object' },
  },
} satisfies Meta<EnvPickerArgs>;

export default meta;
type Story = StoryObj<EnvPickerArgs>;

/** One environment: Gestisci selects it at once, no dialog. */
export const OneEnvironment: Story = {
  args: { product: notifiche() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(shadow(canvasElement).getByRole('button'));
    await expect(args.onEnvSelect).toHaveBeenCalledWith(
      expect.objectContaining({ environment: expect.objectContaining({ id: 'produzione' }) }),
    );
  },
};

/** Collaudo and Produzione: Gestisci asks which one. */
export const TwoEnvironments: Story = {};

/** A custom environment is shown by its label, after the two well-known ones. */
export const ThreeWithCustom: Story = {
  args: {
    product: {
      id: 'prod-interop',
      name: 'Interoperabilità',
      environments: [
        {
          id: 'pre-produzione',
          label: 'Ambiente di Pre-produzione',
          description:
            'Ti permette di verificare la configurazione con dati reali prima del rilascio',
          href: 'https://preprod.example.org/interop/',
        },
        { id: 'collaudo', href: 'https://uat.example.org/interop/' },
        { id: 'produzione', href: 'https://example.org/interop/' },
      ],
    },
  },
};

/** The dialog, opened by a click on Gestisci. */
export const DialogOpen: Story = {
  play: async ({ canvasElement, globals }) => {
    const dialog = await openDialog(canvasElement);
    await expect(within(dialog).getByRole('heading')).toHaveTextContent(
      containing(terms(globals).envPicker.envDialogTitle),
    );
  },
};

/**
 * Before a choice, **Entra** stays in the Tab order (`aria-disabled`) and the dialog says why:
 * _Scegli prima un ambiente._ Pressing it takes the focus to the environments.
 */
export const EntraBeforeAChoice: Story = {
  play: async ({ canvasElement, globals }) => {
    const { envEnter, envChooseFirst } = terms(globals).envPicker;
    const dialog = await openDialog(canvasElement);
    const root = pickerIn(canvasElement).shadowRoot!;
    const enter = within(dialog).getByRole('button', { name: containing(envEnter) });
    // Testing Library's tab() and toHaveFocus() do not see into shadow roots: the shadow root
    // says what has the focus.
    await expect(enter).toBeEnabled();
    await expect(enter).toHaveAttribute('aria-disabled', 'true');
    await expect(enter).toHaveAccessibleDescription(containing(envChooseFirst));
    enter.focus();
    await expect(root.activeElement).toBe(enter);
    await userEvent.click(enter);
    await waitFor(() => expect(root.activeElement?.getAttribute('type')).toBe('radio'));
  },
};

/** With `remember`, the last choice (here Produzione, in localStorage) is pre-selected. */
export const RememberedChoice: Story = {
  args: { remember: true },
  beforeEach: () => {
    const key = `cak-env:${pagoPA().id}`;
    const previous = localStorage.getItem(key);
    localStorage.setItem(key, 'produzione');
    return () => {
      if (previous === null) localStorage.removeItem(key);
      else localStorage.setItem(key, previous);
    };
  },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    const radios = within(dialog).getAllByRole<HTMLInputElement>('radio');
    await expect(radios.find((radio) => radio.checked)?.value).toBe('produzione');
  },
};

/**
 * A product without `name`: the element shows a localised error instead of the button (and logs
 * one `console.error` naming the field, as designed).
 */
export const ErrorInvalidProduct: Story = {
  args: {
    // Deliberately invalid: `name` is missing.
    product: { id: 'prod-senza-nome', environments: pagoPA().environments } as unknown as Product,
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/name/);
  },
};

/** A server-rendered page with a broken `product` JSON attribute. */
export const ErrorMalformedJson: Story = {
  render: (args) => html`
    <env-picker product="{not json" @env-select=${onEnvSelect(args)}></env-picker>
  `,
  argTypes: { product: { control: false } },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/JSON/);
  },
};

/** `lang="en"` on an ancestor switches every string, ARIA text included (dialog opened). */
export const English: Story = {
  loaders: inEnglish,
  render: (args) => html`<div lang="en">${picker(args)}</div>`,
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(within(dialog).getByRole('heading')).toHaveTextContent(/environment/i);
  },
};

const dark = [
  '--cak-color-primary: #8cc8ff',
  '--cak-color-primary-hover: #b9ddff',
  '--cak-color-on-primary: #0b1a2a',
  '--cak-color-surface: #1b2532',
  '--cak-color-text: #eef2f7',
  '--cak-color-text-muted: #b4c0ce',
  '--cak-color-border: #7b8ca0',
  '--cak-color-backdrop: rgb(0 0 0 / 0.7)',
  '--cak-color-focus: #ffcc4d',
  'color: #eef2f7',
].join('; ');

/**
 * Theming through `--cak-*` custom properties on a dark page (all pairs meet WCAG AA; text on
 * surface 13.8:1, muted 8.4:1, on-primary 9.9:1, border 4.5:1). Dialog opened.
 */
export const DarkTheme: Story = {
  render: (args) => html`<div style=${dark}>${picker(args)}</div>`,
  parameters: {
    backgrounds: { options: { 'cak-dark': { name: 'Dark page', value: '#0f1720' } } },
  },
  globals: { backgrounds: { value: 'cak-dark' } },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/** `trigger="none"`: no Gestisci button; the host's own button calls `open()`. */
export const TriggerNone: Story = {
  args: { trigger: 'none' },
  render: (args) => {
    const element = createRef<EnvPicker>();
    return html`
      <button type="button" @click=${() => void element.value?.open()}>
        Entra in ${args.product?.name ?? 'prodotto'}
      </button>
      <env-picker
        ${ref(element)}
        .product=${args.product}
        ?remember=${args.remember}
        trigger=${args.trigger}
        @env-select=${onEnvSelect(args)}
      ></env-picker>
    `;
  },
};
