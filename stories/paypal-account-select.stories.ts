import '../src/elements/paypal-account-select/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inEnglish } from './language.js';
import type { PayPalAccountSelect } from '../src/elements/paypal-account-select/paypal-account-select.js';
import type { Order } from '../src/model/order.js';
import type { PayPalAccount } from '../src/model/paypal-account.js';
import { accounts, anna, firmaOrder, mario, pecOrder, studio } from '../test/kit/fixtures.js';

interface PayPalAccountSelectArgs {
  accounts: PayPalAccount[] | undefined;
  order: Order | undefined;
  value: string;
  label: string | undefined;
  name: string;
  required: boolean;
  disabled: boolean;
  renewalInfoHref: string | undefined;
  /** Receives the value of every `change` (shown in the Actions panel). */
  onChange: (value: string) => void;
}

/** Registered accounts shown by their e-mail. */
const byEmail: PayPalAccount[] = [mario, anna];

function onChange(args: PayPalAccountSelectArgs) {
  return (event: Event): void => {
    args.onChange((event.currentTarget as PayPalAccountSelect).value);
  };
}

function control(args: PayPalAccountSelectArgs): TemplateResult {
  return html`
    <paypal-account-select
      .accounts=${args.accounts}
      .order=${args.order}
      .value=${args.value}
      .label=${args.label}
      name=${args.name}
      ?required=${args.required}
      ?disabled=${args.disabled}
      .renewalInfoHref=${args.renewalInfoHref}
      @change=${onChange(args)}
    ></paypal-account-select>
  `;
}

function elementIn(canvasElement: HTMLElement): PayPalAccountSelect {
  const element = canvasElement.querySelector('paypal-account-select');
  if (!element?.shadowRoot) throw new Error('<paypal-account-select> is not rendered');
  return element;
}

/** Testing Library queries scoped to the element's shadow root. */
function shadow(canvasElement: HTMLElement) {
  return within(elementIn(canvasElement).shadowRoot as unknown as HTMLElement);
}

const meta = {
  title: 'Elements/paypal-account-select',
  component: 'paypal-account-select',
  render: control,
  args: {
    accounts: byEmail,
    order: pecOrder(),
    value: '',
    label: undefined,
    name: 'paypalAccount',
    required: false,
    disabled: false,
    renewalInfoHref: 'https://example.it/guide/rinnovo-automatico',
    onChange: fn(),
  },
  argTypes: {
    accounts: { control: 'object' },
    order: { control: 'object' },
    value: { control: 'text' },
  },
} satisfies Meta<PayPalAccountSelectArgs>;

export default meta;
type Story = StoryObj<PayPalAccountSelectArgs>;

/** Registered accounts by e-mail, then Nuovo account PayPal; renewal notice for a PEC. */
export const WithAccounts: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.selectOptions(shadow(canvasElement).getByRole('combobox'), anna.id);
    await expect(args.onChange).toHaveBeenCalledWith(anna.id);
  },
};

/** Accounts with a label are shown as “label — e-mail”. */
export const WithLabels: Story = { args: { accounts: accounts(), value: studio.id } };

/** No account registered yet: no drop-down, a sentence explains the PayPal registration. */
export const NoAccounts: Story = {
  args: { accounts: [] },
  play: async ({ canvasElement }) => {
    await expect(elementIn(canvasElement).value).toBe('new');
  },
};

/** Nuovo account PayPal chosen: the note says what happens on Prosegui. */
export const NewAccountChosen: Story = { args: { value: 'new' } };

/** Firma Digitale: automatic renewal is not available, the notice says why. */
export const RenewalNotAvailable: Story = { args: { order: firmaOrder() } };

/** Inside a host `<form>`: required, submitted with the form; the FormData is shown below. */
export const InAForm: Story = {
  args: { required: true },
  render: (args) => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const output = form.querySelector('output');
      if (output) output.value = JSON.stringify(Object.fromEntries(new FormData(form)));
    };
    return html`
      <form @submit=${submit} style="display: grid; gap: 1rem; max-inline-size: 36rem">
        ${control(args)}
        <div style="display: flex; gap: 0.75rem">
          <button type="submit">Prosegui</button>
          <button type="reset">Annulla</button>
        </div>
        <p>FormData: <output>—</output></p>
      </form>
    `;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(shadow(canvasElement).getByRole('combobox'), 'new');
    await userEvent.click(canvas.getByRole('button', { name: 'Prosegui' }));
    await waitFor(() => expect(canvasElement.querySelector('output')).toHaveTextContent('new'));
  },
};

/** `disabled` (a disabled `<fieldset>` does the same). */
export const Disabled: Story = { args: { disabled: true, value: mario.id } };

/**
 * Invalid accounts (a missing e-mail, a duplicate id): a localised error instead of the
 * drop-down, and one `console.error` naming the field, as designed.
 */
export const ErrorInvalidAccounts: Story = {
  args: {
    accounts: [mario, { id: mario.id }] as PayPalAccount[],
  },
  play: async ({ canvasElement }) => {
    await expect(shadow(canvasElement).getByRole('alert')).toHaveTextContent(/accounts\[1\]/);
  },
};

/** `lang="en"` on an ancestor switches every string. */
export const English: Story = {
  loaders: inEnglish,
  render: (args) => html`<div lang="en">${control(args)}</div>`,
};
