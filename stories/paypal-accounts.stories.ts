import '../src/elements/paypal-accounts/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { PayPalAccounts } from '../src/elements/paypal-accounts/paypal-accounts.js';
import type { PayPalAccountsRequestEvent } from '../src/events/order-pay-events.js';
import type {
  PayPalAccountAddedDetail,
  PayPalAccountRemovedDetail,
  PayPalAccountRemoveEvent,
  PayPalSaveEvent,
  PayPalSetupTokenEvent,
} from '../src/events/paypal-account-events.js';
import type { ChangeResult } from '../src/events/renewal-events.js';
import { CHANGE_PREFIX } from '../src/internal/change-registry.js';
import type { PayPalAccount } from '../src/model/paypal-account.js';
import type { Service } from '../src/model/service.js';
import { installPayPalSimulator, type PayPalScenario } from '../src/testing.js';
import { anna, conservazioneService, fresh, mario, pecService } from '../test/kit/fixtures.js';

type Answer = 'complete' | 'decline' | 'never';

interface PayPalAccountsArgs {
  accounts: PayPalAccount[] | undefined;
  services: Service[] | undefined;
  /** How the story's host answers `paypal-account-remove`. */
  remove: Answer;
  /** What the customer does in PayPal's (simulated) window. */
  scenario: PayPalScenario;
  paypalEnvironment: string | undefined;
  onRemoved: (detail: PayPalAccountRemovedDetail) => void;
  onAdded: (detail: PayPalAccountAddedDetail) => void;
}

function delay<T>(value: T, ms: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function removeAnswer(mode: Answer) {
  return (e: PayPalAccountRemoveEvent) => {
    if (mode === 'never') return e.respondWith(new Promise<ChangeResult>(() => {}));
    e.respondWith(
      delay<ChangeResult>(
        mode === 'complete'
          ? { status: 'completed' }
          : { status: 'declined', message: 'L’account paga un ordine in attesa di pagamento' },
        500,
      ),
    );
  };
}

function render(args: PayPalAccountsArgs): TemplateResult {
  return html`
    <paypal-accounts
      .accounts=${args.accounts}
      .services=${args.services}
      paypal-client-id="sim-client"
      paypal-environment=${args.paypalEnvironment ?? ''}
      @paypal-accounts=${(e: PayPalAccountsRequestEvent) => e.respondWith(new Promise(() => {}))}
      @paypal-account-remove=${removeAnswer(args.remove)}
      @paypal-setup-token=${(e: PayPalSetupTokenEvent) => e.respondWith(delay('SETUP-1', 300))}
      @paypal-save=${(e: PayPalSaveEvent) =>
        e.respondWith(delay({ status: 'completed' as const, account: fresh }, 400))}
      @paypal-account-removed=${(e: CustomEvent<PayPalAccountRemovedDetail>) =>
        args.onRemoved(e.detail)}
      @paypal-account-added=${(e: CustomEvent<PayPalAccountAddedDetail>) => args.onAdded(e.detail)}
    ></paypal-accounts>
  `;
}

function elementIn(canvasElement: HTMLElement): PayPalAccounts {
  const element = canvasElement.querySelector('paypal-accounts');
  if (!element?.shadowRoot) throw new Error('<paypal-accounts> is not rendered');
  return element;
}

function part(canvasElement: HTMLElement, name: string): HTMLElement | null {
  return elementIn(canvasElement).shadowRoot!.querySelector(`[part="${name}"]`);
}

/** Rimuovi on the first account: the confirmation opens. */
async function openRemoval(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(part(canvasElement, 'remove')!);
  const dialog = elementIn(canvasElement).shadowRoot!.querySelector('dialog')!;
  await waitFor(() => expect(dialog.open).toBe(true));
}

const services = [
  pecService({ id: 'SRV-PEC' }),
  conservazioneService({
    id: 'SRV-CONS',
    renewal: { enabled: true, period: 'P1Y', account: mario },
  }),
];

const meta = {
  title: 'Elements/paypal-accounts',
  component: 'paypal-accounts',
  render,
  beforeEach: ({ args }) => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(CHANGE_PREFIX)) localStorage.removeItem(key);
    const simulator = installPayPalSimulator({
      autoPlay: true,
      delay: 300,
      scenario: args.scenario,
    });
    return () => simulator.uninstall();
  },
  args: {
    accounts: [mario, { ...anna, label: 'Conto aziendale' }],
    services,
    remove: 'complete',
    scenario: 'approve',
    paypalEnvironment: 'sandbox',
    onRemoved: fn(),
    onAdded: fn(),
  },
  argTypes: {
    accounts: { control: 'object' },
    services: { control: 'object' },
    remove: { control: 'inline-radio', options: ['complete', 'decline', 'never'] },
    scenario: { control: 'inline-radio', options: ['approve', 'cancel', 'error-recoverable'] },
  },
} satisfies Meta<PayPalAccountsArgs>;

export default meta;
type Story = StoryObj<PayPalAccountsArgs>;

/** The accounts by e-mail and label, the renewals each pays, Rimuovi and Aggiungi. */
export const List: Story = {};

/** No account registered yet. */
export const Empty: Story = { args: { accounts: [] } };

/** Without `accounts`: asked to the host, which has not answered yet. */
export const Loading: Story = { args: { accounts: undefined } };

/** Rimuovi on an account two renewals use: the confirmation names them. */
export const ConfirmingRemoval: Story = {
  play: async ({ canvasElement }) => {
    await openRemoval(canvasElement);
  },
};

/** Rimuovi account sent; the host has not answered. */
export const Removing: Story = {
  args: { remove: 'never' },
  play: async ({ canvasElement }) => {
    await openRemoval(canvasElement);
    await userEvent.click(part(canvasElement, 'confirm')!);
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** Removed: the renewals that stopped are named. */
export const Removed: Story = {
  play: async ({ args, canvasElement }) => {
    await openRemoval(canvasElement);
    await userEvent.click(part(canvasElement, 'confirm')!);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull());
    await expect(args.onRemoved).toHaveBeenCalledOnce();
  },
};

/** The host refused the removal: its message is shown. */
export const RemovalRefused: Story = {
  args: { remove: 'decline' },
  play: async ({ canvasElement }) => {
    await openRemoval(canvasElement);
    await userEvent.click(part(canvasElement, 'confirm')!);
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull());
  },
};

/** Aggiungi account PayPal: PayPal's save session (the simulator), no payment; listed. */
export const Added: Story = {
  play: async ({ args, canvasElement }) => {
    const add = part(canvasElement, 'add')!;
    await waitFor(() => expect(add.getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(add);
    await waitFor(() => expect(args.onAdded).toHaveBeenCalledOnce(), { timeout: 10_000 });
  },
};

/** The customer closed PayPal's window: nothing registered. */
export const AddCancelled: Story = {
  args: { scenario: 'cancel' },
  play: async ({ canvasElement }) => {
    const add = part(canvasElement, 'add')!;
    await waitFor(() => expect(add.getAttribute('aria-disabled')).toBe('false'));
    await userEvent.click(add);
    await waitFor(() => expect(part(canvasElement, 'status')!.textContent).toContain('PayPal'), {
      timeout: 10_000,
    });
  },
};

/** Without the PayPal configuration: Aggiungi says what is missing. */
export const PayPalNotConfigured: Story = {
  args: { paypalEnvironment: undefined },
  play: async ({ canvasElement }) => {
    await userEvent.click(part(canvasElement, 'add')!);
    await waitFor(() => expect(part(canvasElement, 'add-error')).not.toBeNull());
  },
};

/** A renewal charged to an account that is not registered: a localised error. */
export const InvalidServices: Story = {
  args: { accounts: [anna] },
};
