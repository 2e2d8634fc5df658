import '../src/elements/auto-renewal-control/define.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { AutoRenewalControl } from '../src/elements/auto-renewal-control/auto-renewal-control.js';
import type { PayPalAccountsRequestEvent } from '../src/events/order-pay-events.js';
import type {
  PayPalSaveEvent,
  PayPalSetupTokenEvent,
} from '../src/events/paypal-account-events.js';
import type {
  AutoRenewalChangedDetail,
  AutoRenewalChangeEvent,
  ChangeResult,
} from '../src/events/renewal-events.js';
import { CHANGE_PREFIX } from '../src/internal/change-registry.js';
import type { PayPalAccount } from '../src/model/paypal-account.js';
import type { Service } from '../src/model/service.js';
import { installPayPalSimulator } from '../src/testing.js';
import {
  anna,
  conservazioneService,
  firmaService,
  fresh,
  mario,
  pecService,
} from '../test/kit/fixtures.js';

type Answer = 'complete' | 'decline' | 'reject' | 'never' | 'none';

interface AutoRenewalControlArgs {
  service: Service | unknown;
  accounts: PayPalAccount[] | undefined;
  /** How the story's host answers `auto-renewal-change`. */
  answer: Answer;
  /** Whether the story's host answers `paypal-accounts` (when `accounts` is unset). */
  loadAccounts: 'answer' | 'never';
  paypalEnvironment: string | undefined;
  onChanged: (detail: AutoRenewalChangedDetail) => void;
}

function delay<T>(value: T, ms: number): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function changeAnswer(mode: Answer): ((event: AutoRenewalChangeEvent) => void) | undefined {
  switch (mode) {
    case 'complete':
      return (e) => e.respondWith(delay<ChangeResult>({ status: 'completed' }, 600));
    case 'decline':
      return (e) =>
        e.respondWith(
          delay<ChangeResult>(
            { status: 'declined', message: 'Il rinnovo è già in elaborazione per questa scadenza' },
            400,
          ),
        );
    case 'reject':
      return (e) =>
        e.respondWith(
          delay(null, 400).then((): ChangeResult => {
            throw new Error('Il servizio non risponde (errore 504)');
          }),
        );
    case 'never':
      return (e) => e.respondWith(new Promise<ChangeResult>(() => {}));
    case 'none':
      return undefined;
  }
}

function render(args: AutoRenewalControlArgs): TemplateResult {
  const change = changeAnswer(args.answer);
  const accounts = (e: PayPalAccountsRequestEvent) =>
    e.respondWith(
      args.loadAccounts === 'never' ? new Promise(() => {}) : delay([mario, anna], 400),
    );
  return html`
    <auto-renewal-control
      .service=${args.service as Service}
      .accounts=${args.accounts}
      paypal-client-id="sim-client"
      paypal-environment=${args.paypalEnvironment ?? ''}
      @auto-renewal-change=${change ?? (() => {})}
      @paypal-accounts=${accounts}
      @paypal-setup-token=${(e: PayPalSetupTokenEvent) => e.respondWith(delay('SETUP-1', 300))}
      @paypal-save=${(e: PayPalSaveEvent) =>
        e.respondWith(delay({ status: 'completed' as const, account: fresh }, 400))}
      @auto-renewal-changed=${(e: CustomEvent<AutoRenewalChangedDetail>) =>
        args.onChanged(e.detail)}
    ></auto-renewal-control>
  `;
}

function elementIn(canvasElement: HTMLElement): AutoRenewalControl {
  const element = canvasElement.querySelector('auto-renewal-control');
  if (!element?.shadowRoot) throw new Error('<auto-renewal-control> is not rendered');
  return element;
}

function part(canvasElement: HTMLElement, name: string): HTMLElement | null {
  return elementIn(canvasElement).shadowRoot!.querySelector(`[part="${name}"]`);
}

async function openDialog(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(part(canvasElement, 'button')!);
  await waitFor(() =>
    expect(elementIn(canvasElement).shadowRoot!.querySelector('dialog')!.open).toBe(true),
  );
}

async function confirm(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(part(canvasElement, 'confirm')!);
}

async function chooseAccount(canvasElement: HTMLElement, value: string): Promise<void> {
  const select = await waitFor(() => {
    const native = elementIn(canvasElement)
      .shadowRoot!.querySelector('paypal-account-select')
      ?.shadowRoot?.querySelector('select');
    if (!native) throw new Error('no select yet');
    return native;
  });
  await userEvent.selectOptions(select, value);
}

const meta = {
  title: 'Elements/auto-renewal-control',
  component: 'auto-renewal-control',
  render,
  // Change records live in localStorage for every tab: each story starts from none.
  beforeEach: () => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith(CHANGE_PREFIX)) localStorage.removeItem(key);
    const simulator = installPayPalSimulator({ autoPlay: true, delay: 300 });
    return () => simulator.uninstall();
  },
  args: {
    service: pecService({ id: 'SRV-PEC' }),
    accounts: [mario, anna],
    answer: 'complete',
    loadAccounts: 'answer',
    paypalEnvironment: 'sandbox',
    onChanged: fn(),
  },
  argTypes: {
    service: { control: 'object' },
    accounts: { control: 'object' },
    answer: {
      control: 'inline-radio',
      options: ['complete', 'decline', 'reject', 'never', 'none'],
    },
    loadAccounts: { control: 'inline-radio', options: ['answer', 'never'] },
  },
} satisfies Meta<AutoRenewalControlArgs>;

export default meta;
type Story = StoryObj<AutoRenewalControlArgs>;

/** *Rinnovo automatico attivo*: amount IVA inclusa, period, next charge, account; Disattiva. */
export const On: Story = {};

/** *Rinnovo automatico non attivo* with the expiry date; Attiva. */
export const Off: Story = { args: { service: conservazioneService({ id: 'SRV-CONS' }) } };

/** Firma Digitale: not available, and why; no action. */
export const NotAvailable: Story = { args: { service: firmaService({ id: 'SRV-FIRMA' }) } };

/** A service whose host turned automatic renewal off (`autoRenew: false`). */
export const NotAvailableForService: Story = {
  args: { service: pecService({ id: 'SRV-NO', autoRenew: false }) },
};

/** Disattiva: the confirmation says what happens, focus on Annulla. */
export const ConfirmingOff: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/** Disattiva rinnovo sent; the host has not answered. */
export const SwitchingOff: Story = {
  args: { answer: 'never' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'progress')).not.toBeNull());
  },
};

/** Switched off: the new state and the confirmation e-mail. */
export const SwitchedOff: Story = {
  play: async ({ args, canvasElement }) => {
    await openDialog(canvasElement);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull());
    await expect(args.onChanged).toHaveBeenCalledOnce();
  },
};

/** The host refused: its message, no Riprova. */
export const Refused: Story = {
  args: { answer: 'decline' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull());
  },
};

/** The request failed, outcome unknown: Riprova re-sends the same requestId. */
export const FailedUnknown: Story = {
  args: { answer: 'reject' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'retry')).not.toBeNull());
  },
};

/** Nothing answers `auto-renewal-change`: the page is not configured. */
export const NotConfigured: Story = {
  args: { answer: 'none' },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull());
  },
};

/** Attiva: the PayPal account to charge, registered or new. */
export const ChoosingAccount: Story = {
  args: { service: conservazioneService({ id: 'SRV-CONS' }) },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/** Attiva without `accounts`: asked to the host, which has not answered. */
export const LoadingAccounts: Story = {
  args: {
    service: conservazioneService({ id: 'SRV-CONS' }),
    accounts: undefined,
    loadAccounts: 'never',
  },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
};

/** Attiva with a registered account: switched on, charged to it. */
export const SwitchedOn: Story = {
  args: { service: conservazioneService({ id: 'SRV-CONS' }) },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await chooseAccount(canvasElement, anna.id);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull());
  },
};

/** Nuovo account PayPal: PayPal's save session (the simulator), no payment; then switched on. */
export const WithNewAccount: Story = {
  args: { service: conservazioneService({ id: 'SRV-CONS' }), accounts: [] },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'confirm')!.textContent).toContain('PayPal'));
    // Pressed while PayPal loads, the button does nothing (aria-disabled): wait for PayPal.
    await waitFor(() =>
      expect(part(canvasElement, 'confirm')).toHaveAttribute('aria-disabled', 'false'),
    );
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'result')).not.toBeNull(), { timeout: 10_000 });
  },
};

/** A new account without the PayPal configuration: said, with the attributes to set. */
export const PayPalNotConfigured: Story = {
  args: {
    service: conservazioneService({ id: 'SRV-CONS' }),
    accounts: [],
    paypalEnvironment: undefined,
  },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await confirm(canvasElement);
    await waitFor(() => expect(part(canvasElement, 'error')).not.toBeNull());
  },
};

/** Invalid data: a service without id, shown as a localised error. */
export const InvalidService: Story = {
  args: { service: { name: 'PEC', kind: 'pec', renewal: { enabled: true, period: 'P1Y' } } },
};

/** Hostile strings stay text. */
export const HostileName: Story = {
  args: { service: pecService({ id: 'SRV-X', name: '<img src=x onerror=alert(1)> PEC' }) },
};
