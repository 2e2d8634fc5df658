import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { request } from '../../events/request.js';
import { AutoRenewalChangedEvent } from '../../events/renewal-events.js';
import { registeredAccounts } from '../../internal/accounts-request.js';
import { randomId } from '../../internal/attempt-registry.js';
import { ChangeController } from '../../internal/change-controller.js';
import type { ChangeRecord } from '../../internal/change-registry.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { KitElement } from '../../internal/kit-element.js';
import { logFailure } from '../../internal/log-failure.js';
import { logIssue, renderIssue } from '../../internal/report.js';
import {
  buttonStyles,
  dialogStyles,
  errorStyles,
  hostStyles,
} from '../../internal/shared.styles.js';
import { textStyles } from '../../internal/text.styles.js';
import { parseAccounts, type PayPalAccount } from '../../model/paypal-account.js';
import {
  canCloseRenewal,
  initialRenewalFlow,
  renewalFlow,
  type RenewalChange,
  type RenewalFlowEvent,
  type RenewalFlowState,
} from '../../model/renewal-flow.js';
import {
  parseService,
  unlistedAccount,
  type ParsedService,
  type Service,
} from '../../model/service.js';
import { jsonAttribute, type Validated } from '../../model/validation.js';
import { PayPalLoader } from '../../paypal/loader-controller.js';
import { SaveController } from '../../paypal/save-controller.js';
import { autoRenewalControl } from '../../translations/auto-renewal-control.js';
import type { PayPalAccountSelect } from '../paypal-account-select/paypal-account-select.js';
import { spinnerStyles } from '../../internal/spinner.styles.js';
import { styles } from './auto-renewal-control.styles.js';
import {
  announcement,
  dependencies,
  dialogTitle,
  focusTarget,
  renderDialogBody,
  renderState,
  type DialogHandlers,
  type RenewalView,
  type Terms,
} from './views.js';

const DEFAULT_TIMEOUT = 60_000;

/** The change registry's key of a service's renewal. */
const keyOf = (service: ParsedService) => `auto-renewal:${service.id}`;

/**
 * One service's automatic renewal, where the customer pays: its state in words (*Rinnovo
 * automatico attivo* with the amount IVA inclusa, the period, the next charge and the PayPal
 * account; or *non attivo* with the expiry date; or why it is not available), **Disattiva** with
 * a confirmation, and **Attiva** with the choice of the PayPal account — a registered one, or a
 * new one registered through PayPal's save session, without a payment.
 *
 * The element talks to no server: it asks the host with request events answered with
 * `event.respondWith(...)`. One change at a time per service in every tab of the origin, and the
 * same `requestId` for the same change until its outcome is definitive.
 *
 * @tag auto-renewal-control
 * @summary A service's automatic renewal: its state, Disattiva and Attiva.
 *
 * @event {AutoRenewalChangeEvent} auto-renewal-change - Request (`KitRequestEvent`): switch the
 *   renewal. Detail `{ service, enabled, account?, requestId }`; answer
 *   `{ status: 'completed' } | { status: 'declined', message?, reason? }`.
 * @event {AutoRenewalChangedEvent} auto-renewal-changed - The backend switched it. Detail
 *   `{ service, enabled, account?, requestId }`.
 * @event {PayPalAccountsRequestEvent} paypal-accounts - Request for the registered accounts on
 *   **Attiva**, when the `accounts` property is not set. Detail `{ service }`.
 * @event {PayPalSetupTokenEvent} paypal-setup-token - Request, new account: a vault setup token.
 *   Detail `{ requestId, service }`; answer its id (`string` or `{ id }`).
 * @event {PayPalSaveEvent} paypal-save - Request, new account: create the payment token. Detail
 *   `{ vaultSetupToken, payerId, requestId, service }`; answer `{ status: 'completed', account }`.
 * @event {PayPalAccountAddedEvent} paypal-account-added - A new account was registered.
 * @event {PayPalClientTokenRequestEvent} paypal-client-token - Request, new account, without
 *   `paypal-client-id`. Detail `{ service }`; answer a PayPal client token.
 *
 * @csspart state - The state in words (*Rinnovo automatico attivo*).
 * @csspart terms - Amount, period, next charge and account.
 * @csspart button - Disattiva or Attiva.
 * @csspart busy - *Modifica del rinnovo automatico in corso…* while another tab changes it.
 * @csspart dialog - The dialog of the change.
 * @csspart title - The dialog's title.
 * @csspart confirm - Disattiva rinnovo / Attiva rinnovo / Prosegui su PayPal.
 * @csspart cancel - Annulla / Chiudi.
 * @csspart retry - Riprova.
 * @csspart back - Indietro, to choose another account.
 * @csspart actions - The dialog's buttons.
 * @csspart notice - A notice (PayPal closed, a change elsewhere).
 * @csspart progress - The progress of a request.
 * @csspart result - The outcome of a change.
 * @csspart error - A failure, or the message shown instead of the renewal when the data are
 *   invalid.
 *
 * @cssproperty --cak-color-primary - Buttons and accents. Default `#0066cc`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-surface - Dialog background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the dialog).
 * @cssproperty --cak-color-text-muted - Hints and terms. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Borders. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-backdrop - Behind the dialog. Default `rgb(23 50 77 / 0.6)`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-color-success - Renewal on, and the outcome. Default `#008055`.
 * @cssproperty --cak-radius - Corners. Default `4px`.
 * @cssproperty --cak-radius-dialog - Corners of the dialog. Default `8px`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class AutoRenewalControl extends KitElement<Terms> {
  static override terms = autoRenewalControl;

  static override dependencies = dependencies;

  static override styles = [
    hostStyles,
    textStyles,
    buttonStyles,
    dialogStyles,
    errorStyles,
    spinnerStyles,
    styles,
  ];

  static override properties = {
    service: { converter: jsonAttribute },
    accounts: { converter: jsonAttribute },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    paypalClientId: { attribute: 'paypal-client-id' },
    paypalEnvironment: { attribute: 'paypal-environment' },
  };

  /**
   * The service: `{ id, name, kind, autoRenew?, expiryDate?, renewal: { enabled, period,
   * nextChargeDate?, amount?, account? } }`. As an attribute, JSON.
   */
  service: Service | undefined;

  /**
   * The customer's registered PayPal accounts `[{ id, email, label? }]`, offered by **Attiva**.
   * When not set, the element asks the host with a `paypal-accounts` request. JSON attribute.
   */
  accounts: PayPalAccount[] | undefined;

  /** Milliseconds to wait for the host's answer to a request. */
  requestTimeout = DEFAULT_TIMEOUT;

  /** PayPal client id, needed to register a new PayPal account. */
  paypalClientId: string | undefined;

  /** `sandbox` or `production`, needed to register a new PayPal account. */
  paypalEnvironment: string | undefined;

  #state: RenewalFlowState = initialRenewalFlow;
  #service: Validated<ParsedService> | undefined;
  #accounts: Validated<PayPalAccount[]> | undefined;
  /** The renewal as changed here or in another tab, until the host gives the service again. */
  #applied: RenewalChange | undefined;
  /** The service the open dialog is about (the host may change `service` meanwhile). */
  #flowService: ParsedService | undefined;
  #accountsRequest: AbortController | undefined;

  readonly #dialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    canClose: () => canCloseRenewal(this.#state),
    focusTarget: () => focusTarget(this.renderRoot as ShadowRoot, this.#state),
    // Disattiva / Attiva again; the state in words when a change elsewhere hides the button.
    returnFocus: () =>
      this.renderRoot.querySelector<HTMLElement>('[part="button"]') ??
      this.renderRoot.querySelector<HTMLElement>('[part="state"]'),
  });

  readonly #changes = new ChangeController(this, {
    changed: (key, record, live) => this.#onRecord(key, record, live),
  });

  readonly #paypal = new PayPalLoader(this, {
    locale: () => this.localize.locale,
    timeout: () => this.#timeout,
    readiness: (readiness) => this.#dispatch({ type: 'paypal', readiness }),
  });

  readonly #saver = new SaveController(this, {
    flow: (event) => this.#dispatch({ type: 'save', event }),
    timeout: () => this.#timeout,
    service: () => this.#flowService?.source,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service')) {
      this.#service = this.service === undefined ? undefined : parseService(this.service);
      if (this.#service?.ok === false) logIssue(this.localName, this.#service.issue);
      // The host's data are authoritative again.
      this.#applied = undefined;
      this.#changes.watch(this.#service?.ok ? [keyOf(this.#service.value)] : []);
    }
    if (changed.has('accounts')) {
      this.#accounts = this.accounts === undefined ? undefined : parseAccounts(this.accounts);
      if (this.#accounts?.ok === false) logIssue(this.localName, this.#accounts.issue);
    }
    if ((changed.has('service') || changed.has('accounts')) && this.#unlisted)
      logIssue(this.localName, this.#unlisted);
    if (changed.has('paypalClientId') || changed.has('paypalEnvironment')) this.#preparePayPal();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A change once sent runs to its end (its outcome reaches the host); loading accounts not.
    this.#accountsRequest?.abort();
  }

  get #timeout(): number {
    const value = Number(this.requestTimeout);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT;
  }

  /** A renewal charged to an account that is not among the given accounts. */
  get #unlisted() {
    const service = this.#service;
    const accounts = this.#accounts;
    if (!service?.ok || !accounts?.ok) return undefined;
    return unlistedAccount(service.value, accounts.value, 'service');
  }

  /** The renewal on screen: a change made since the host's data, else the host's data. */
  #view(service: ParsedService): RenewalView {
    const applied = this.#applied;
    if (applied) return applied.enabled ? applied : { enabled: false };
    const { enabled, account } = service.renewal;
    return account ? { enabled, account } : { enabled };
  }

  #dispatch(event: RenewalFlowEvent): void {
    const previous = this.#state;
    const next = renewalFlow(previous, event);
    if (next === previous) return;
    this.#state = next;
    const phase = (state: RenewalFlowState) =>
      state.step === 'registering'
        ? state.save.step
        : state.step === 'choosing'
          ? state.notice
          : '';
    if (next.step !== previous.step || phase(next) !== phase(previous)) this.#dialog.refocus();
    if (next.step === 'loading-accounts' && previous.step !== next.step)
      queueMicrotask(() => void this.#loadAccounts());
    if (next.step === 'submitting' && previous.step !== next.step)
      queueMicrotask(() => void this.#submit());
    this.#preparePayPal();
    this.requestUpdate();
  }

  /** A new account is reachable (chosen, or the only choice): load PayPal for it. */
  #preparePayPal(): void {
    const state = this.#state;
    const service = this.#flowService;
    if (service && state.step === 'choosing' && state.choice === 'new')
      queueMicrotask(() => void this.#paypal.prepare({ service: service.source }));
  }

  /** Another element or tab changed this renewal, or its record was read on connection. */
  #onRecord(_key: string, record: ChangeRecord | undefined, live: boolean): void {
    const service = this.#service?.ok ? this.#service.value : undefined;
    if (service && record?.state === 'done' && live) {
      const change = record.change as unknown as RenewalChange;
      this.#applied = change.enabled ? { enabled: true, account: change.account } : change;
    }
    // An unknown outcome the host's data already show: nothing is left to retry.
    if (service && record?.state === 'unknown' && !live) {
      const change = record.change as unknown as RenewalChange;
      const { enabled, account } = service.renewal;
      if (
        change.enabled === enabled &&
        (!enabled || (change.enabled && change.account.id === account?.id))
      )
        this.#changes.forget(keyOf(service));
    }
    this.requestUpdate();
  }

  async #loadAccounts(): Promise<void> {
    const service = this.#flowService;
    if (!service || this.#state.step !== 'loading-accounts') return;
    const controller = new AbortController();
    this.#accountsRequest = controller;
    const loaded = await registeredAccounts(
      this,
      { service: service.source },
      {
        given: this.#accounts,
        timeout: this.#timeout,
        signal: controller.signal,
        localize: this.localize,
      },
    );
    if (this.#accountsRequest === controller) this.#accountsRequest = undefined;
    if (controller.signal.aborted) return;
    if (!loaded.ok) {
      logFailure(this.localName, 'paypal-accounts', loaded.error);
      this.#dispatch({ type: 'accounts-failed', error: loaded.error });
      return;
    }
    this.#dispatch({ type: 'accounts-loaded', accounts: loaded.accounts });
    this.#preselect(service, loaded.accounts);
  }

  /** The account the renewal used last, when it is still registered. */
  #preselect(service: ParsedService, accounts: readonly PayPalAccount[]): void {
    const id = service.renewal.account?.id;
    const account = accounts.find((candidate) => candidate.id === id);
    if (account) this.#dispatch({ type: 'choose', choice: account });
  }

  /** The change in the flow goes to the host, under the service's lock. */
  async #submit(): Promise<void> {
    const state = this.#state;
    const service = this.#flowService;
    if (state.step !== 'submitting' || !service) return;
    const { change } = state;
    const account = change.enabled ? { account: change.account } : {};
    const key = keyOf(service);
    const outcome = await this.#changes.run({
      key,
      type: 'auto-renewal-change',
      change: change.enabled ? { enabled: true, account: change.account } : { enabled: false },
      signature: change.enabled ? `on:${change.account.id}` : 'off',
      send: (requestId, target) =>
        request(
          target,
          'auto-renewal-change',
          { service: service.source, enabled: change.enabled, ...account, requestId },
          {
            tag: this.localName,
            timeout: this.#timeout,
            purpose: 'to switch the automatic renewal',
          },
        ),
    });
    if (outcome.status === 'busy') {
      this.#dispatch({ type: 'busy' });
      return;
    }
    if (outcome.status === 'failed') {
      this.#dispatch({ type: 'failed', error: outcome.error, outcome: outcome.outcome });
      return;
    }
    if (this.#service?.ok && this.#service.value.id === service.id) this.#applied = change;
    this.#dispatch({ type: 'done' });
    this.#changes.target(key).dispatchEvent(
      new AutoRenewalChangedEvent({
        service: service.source,
        enabled: change.enabled,
        ...account,
        requestId: outcome.requestId,
      }),
    );
  }

  // --- event handlers -------------------------------------------------------------------------

  async #onTrigger(): Promise<void> {
    const validated = this.#service;
    if (!validated?.ok || this.#dialog.open || this.#state.step !== 'idle') return;
    const service = validated.value;
    if (!service.renewal.available || this.#changes.busy(keyOf(service))) return;
    this.#flowService = service;
    if (this.#view(service).enabled) {
      this.#dispatch({ type: 'disable' });
    } else {
      const accounts = this.#accounts?.ok ? this.#accounts.value : undefined;
      this.#dispatch(accounts ? { type: 'enable', accounts } : { type: 'enable' });
      if (accounts) this.#preselect(service, accounts);
    }
    await this.#dialog.show();
  }

  #onSelectChange(event: Event): void {
    const selection = (event.currentTarget as PayPalAccountSelect).selection;
    if (selection !== undefined) this.#dispatch({ type: 'choose', choice: selection });
  }

  /**
   * Disattiva rinnovo / Attiva rinnovo / Prosegui su PayPal. Synchronous up to PayPal's start():
   * still inside the click, no popup blocker.
   */
  #onConfirm(event: Event): void {
    event.preventDefault();
    const state = this.#state;
    if (state.step === 'choosing') {
      const select = this.renderRoot.querySelector('paypal-account-select');
      if (!select?.reportValidity()) return;
      const selection = select.selection;
      if (selection !== undefined) this.#dispatch({ type: 'choose', choice: selection });
    }
    this.#dispatch({ type: 'confirm', requestId: randomId() });
    this.#startPayPal();
  }

  /** The flow opened PayPal's window: open it now, inside the click. */
  #startPayPal(): void {
    const state = this.#state;
    const sdk = this.#paypal.sdk;
    if (state.step !== 'registering' || state.save.step !== 'window' || !sdk) return;
    this.#saver.start(sdk, this.#paypal.presentation, state.save.attempt);
  }

  #onRetry(): void {
    const state = this.#state;
    if (state.step === 'registering' && state.save.step === 'failed') {
      const { save } = state;
      if (save.outcome === 'unknown' && save.attempt.approval) {
        this.#dispatch({ type: 'save', event: { type: 'retry' } });
        const next = this.#state;
        if (next.step === 'registering' && next.save.step === 'saving')
          void this.#saver.save(next.save.attempt);
        return;
      }
      if (save.error.code === 'paypal-unreachable') {
        // PayPal again; the customer then confirms the new account again.
        this.#dispatch({ type: 'back' });
        const service = this.#flowService;
        if (service) void this.#paypal.retry({ service: service.source });
        return;
      }
      this.#dispatch({ type: 'save', event: { type: 'start', requestId: randomId() } });
      this.#startPayPal();
      return;
    }
    this.#dispatch({ type: 'retry' });
  }

  #onBack(): void {
    this.#dispatch({ type: 'back' });
  }

  #onCancel(): void {
    if (canCloseRenewal(this.#state)) this.renderRoot.querySelector('dialog')?.close();
  }

  #onClose(): void {
    if (!this.#dialog.closed()) return;
    this.#accountsRequest?.abort();
    this.#accountsRequest = undefined;
    this.#dispatch({ type: 'close' });
    this.#flowService = undefined;
  }

  // --- render ---------------------------------------------------------------------------------

  /** The dialog's handlers (Lit calls them with the element as `this`). */
  readonly #handlers: DialogHandlers = {
    cancel: this.#onCancel,
    confirm: this.#onConfirm,
    retry: this.#onRetry,
    back: this.#onBack,
    selectChange: this.#onSelectChange,
  };

  #renderDialog(service: ParsedService): TemplateResult | typeof nothing {
    if (!service.renewal.available && this.#state.step === 'idle') return nothing;
    const shown = this.#flowService ?? service;
    const title = dialogTitle(this.#state, this.localize, shown.name);
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${this.#dialog.onCancel}
      @close=${this.#onClose}
    >
      <h2 part="title" id="title">${title}</h2>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${announcement(this.#state, this.localize, title)}
      </div>
      ${renderDialogBody({
        state: this.#state,
        service: shown,
        t: this.localize,
        on: this.#handlers,
      })}
    </dialog>`;
  }

  protected override render(): unknown {
    const validated = this.#service;
    if (!validated) return nothing;
    if (!validated.ok)
      return renderIssue(this.localize, this.localize.term('invalidService'), validated.issue);
    if (this.#accounts?.ok === false)
      return renderIssue(
        this.localize,
        this.localize.term('invalidAccounts'),
        this.#accounts.issue,
      );
    const unlisted = this.#unlisted;
    if (unlisted) return renderIssue(this.localize, this.localize.term('invalidService'), unlisted);
    const service = validated.value;
    return html`${renderState(
      this.localize,
      service,
      this.#view(service),
      this.#changes.busy(keyOf(service)),
      this.#onTrigger,
    )}${this.#renderDialog(service)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auto-renewal-control': AutoRenewalControl;
  }
}
