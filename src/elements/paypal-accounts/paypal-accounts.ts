import { html, nothing, type PropertyValues } from 'lit';
import { PayPalAccountRemovedEvent } from '../../events/paypal-account-events.js';
import { request } from '../../events/request.js';
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
import {
  accountsFlow,
  canCloseRemoval,
  initialAccountsFlow,
  shownAccounts,
  type AccountsFlowEvent,
  type AccountsFlowState,
} from '../../model/accounts-flow.js';
import { parseAccounts, type PayPalAccount } from '../../model/paypal-account.js';
import {
  parseServices,
  unlistedAccount,
  type ParsedService,
  type Service,
} from '../../model/service.js';
import { jsonAttribute, type Validated, type ValidationIssue } from '../../model/validation.js';
import { PayPalLoader } from '../../paypal/loader-controller.js';
import { SaveController } from '../../paypal/save-controller.js';
import { paypalAccounts } from '../../translations/paypal-accounts.js';
import { spinnerStyles } from '../../internal/spinner.styles.js';
import { styles } from './paypal-accounts.styles.js';
import {
  listAnnouncement,
  removalAnnouncement,
  removalFocus,
  removalTitle,
  renderList,
  renderRemoval,
  type ListHandlers,
  type RemovalHandlers,
  type Terms,
} from './views.js';

const DEFAULT_TIMEOUT = 60_000;

/** The change registry's key of an account's removal. */
const keyOf = (account: PayPalAccount) => `paypal-account:${account.id}`;

/**
 * The customer's registered PayPal accounts: each by e-mail (and label), with the services whose
 * automatic renewal it pays; **Rimuovi** with a confirmation that says which renewals stop (or
 * the host's refusal); **Aggiungi account PayPal**, which registers an account through PayPal's
 * save session without a payment.
 *
 * The element talks to no server: it asks the host with request events answered with
 * `event.respondWith(...)`. One removal at a time per account in every tab of the origin, and the
 * same `requestId` until its outcome is definitive. PayPal's SDK is loaded when the element is
 * shown, so that **Aggiungi account PayPal** opens PayPal inside the click.
 *
 * @tag paypal-accounts
 * @summary The registered PayPal accounts: list, Rimuovi, Aggiungi account PayPal.
 *
 * @event {PayPalAccountsRequestEvent} paypal-accounts - Request for the accounts, when the
 *   `accounts` property is not set. Detail `{}`; answer `PayPalAccount[]`.
 * @event {PayPalAccountRemoveEvent} paypal-account-remove - Request (`KitRequestEvent`): remove
 *   an account. Detail `{ account, requestId }`; answer `{ status: 'completed' }` or
 *   `{ status: 'declined', message }` (the message is shown).
 * @event {PayPalAccountRemovedEvent} paypal-account-removed - The backend removed it. Detail
 *   `{ account, services, requestId }` (`services`: the renewals that used it).
 * @event {PayPalSetupTokenEvent} paypal-setup-token - Request: a vault setup token. Detail
 *   `{ requestId }`; answer its id (`string` or `{ id }`).
 * @event {PayPalSaveEvent} paypal-save - Request: create the payment token. Detail
 *   `{ vaultSetupToken, payerId, requestId }`; answer `{ status: 'completed', account }`.
 * @event {PayPalAccountAddedEvent} paypal-account-added - An account was registered. Detail
 *   `{ account, requestId }`.
 * @event {PayPalClientTokenRequestEvent} paypal-client-token - Request without
 *   `paypal-client-id`. Detail `{}`; answer a PayPal client token.
 *
 * @csspart list - The list of accounts.
 * @csspart account - One account.
 * @csspart email - Its e-mail (and label).
 * @csspart label - Its label.
 * @csspart usage - Which renewals use it.
 * @csspart remove - Rimuovi.
 * @csspart busy - *Rimozione in corso* while another tab removes it.
 * @csspart empty - *Non hai ancora registrato un account PayPal.*
 * @csspart add - Aggiungi account PayPal.
 * @csspart status - What the registration is doing, or did.
 * @csspart add-error - A registration that failed.
 * @csspart add-retry - Its Riprova.
 * @csspart progress - Loading the accounts, or the removal's progress.
 * @csspart retry - Riprova (loading the accounts, or a removal whose outcome is unknown).
 * @csspart dialog - The removal dialog.
 * @csspart title - Its title.
 * @csspart confirm - Rimuovi account.
 * @csspart cancel - Annulla / Chiudi.
 * @csspart actions - The dialog's buttons.
 * @csspart notice - A removal in another tab.
 * @csspart result - The account removed.
 * @csspart error - A failure, or the message shown instead of the list when the data are
 *   invalid.
 *
 * @cssproperty --cak-color-primary - Buttons and accents. Default `#0066cc`.
 * @cssproperty --cak-color-primary-hover - Buttons on hover. Default `#004d99`.
 * @cssproperty --cak-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --cak-color-surface - Dialog background. Default `#ffffff`.
 * @cssproperty --cak-color-text - Text colour. Default: inherited (`#17324d` in the dialog).
 * @cssproperty --cak-color-text-muted - Hints and usage. Default `#5c6f82`.
 * @cssproperty --cak-color-border - Borders. Default `#c5c7c9`.
 * @cssproperty --cak-color-focus - Focus ring. Default `#b35c00`.
 * @cssproperty --cak-color-backdrop - Behind the dialog. Default `rgb(23 50 77 / 0.6)`.
 * @cssproperty --cak-color-error - Error accent. Default `#d9364f`.
 * @cssproperty --cak-color-success - The outcome. Default `#008055`.
 * @cssproperty --cak-radius - Corners. Default `4px`.
 * @cssproperty --cak-radius-dialog - Corners of the dialog. Default `8px`.
 * @cssproperty --cak-color-error-surface - Background of an error message. Default `#fbe9ec`.
 * @cssproperty --cak-color-on-error-surface - Text of an error message. Default `#761f2b`.
 */
export class PayPalAccounts extends KitElement<Terms> {
  static override terms = paypalAccounts;

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
    accounts: { converter: jsonAttribute },
    services: { converter: jsonAttribute },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    paypalClientId: { attribute: 'paypal-client-id' },
    paypalEnvironment: { attribute: 'paypal-environment' },
  };

  /**
   * The registered PayPal accounts `[{ id, email, label? }]`. When not set, the element asks the
   * host with a `paypal-accounts` request. JSON attribute.
   */
  accounts: PayPalAccount[] | undefined;

  /**
   * The customer's services (`<auto-renewal-control>`'s `service`, a list): each account says
   * which renewals it pays, and its removal which renewals stop. JSON attribute.
   */
  services: Service[] | undefined;

  /** Milliseconds to wait for the host's answer to a request. */
  requestTimeout = DEFAULT_TIMEOUT;

  /** PayPal client id, needed to register a PayPal account. */
  paypalClientId: string | undefined;

  /** `sandbox` or `production`, needed to register a PayPal account. */
  paypalEnvironment: string | undefined;

  #state: AccountsFlowState = initialAccountsFlow;
  #accounts: Validated<PayPalAccount[]> | undefined;
  #services: Validated<ParsedService[]> | undefined;
  #unlistedLogged: string | undefined;
  #accountsRequest: AbortController | undefined;
  /** The account whose removal dialog was opened, to give focus back to its list. */
  #removing: PayPalAccount | undefined;
  /**
   * The renewals the removed account paid, as they were when it was removed: the host may give
   * its services again (without them) before the customer reads the outcome.
   */
  #stopped: readonly ParsedService[] = [];

  readonly #dialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    canClose: () => canCloseRemoval(this.#state),
    focusTarget: () => removalFocus(this.renderRoot as ShadowRoot, this.#state.removal),
    returnFocus: () => this.#returnFocus(),
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
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Not set at first (or taken back): the element asks the host.
    if (changed.has('accounts') || !this.hasUpdated) {
      this.#accounts = this.accounts === undefined ? undefined : parseAccounts(this.accounts);
      if (this.#accounts?.ok === false) logIssue(this.localName, this.#accounts.issue);
      this.#dispatch({ type: 'given', accounts: this.accounts !== undefined });
      if (this.accounts === undefined) this.#dispatch({ type: 'load' });
    }
    // The accounts on screen, followed in every tab (removed elsewhere, being removed).
    if (changed.has('accounts')) this.#watch();
    if (changed.has('services')) {
      this.#services = this.services === undefined ? undefined : parseServices(this.services);
      if (this.#services?.ok === false) logIssue(this.localName, this.#services.issue);
    }
    const unlisted = this.#unlisted;
    const logged = unlisted ? `${unlisted.field}` : undefined;
    if (unlisted && logged !== this.#unlistedLogged) logIssue(this.localName, unlisted);
    this.#unlistedLogged = logged;
    // Loaded when shown, so that Aggiungi account PayPal opens PayPal inside the click. Without
    // the configuration, the click says what is missing.
    if (
      (changed.has('paypalClientId') || changed.has('paypalEnvironment')) &&
      this.paypalEnvironment
    )
      queueMicrotask(() => void this.#paypal.prepare({}));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#accountsRequest?.abort();
    this.#accountsRequest = undefined;
    if (this.#state.list.status === 'loading')
      this.#state = { ...this.#state, list: { status: 'given' } };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.accounts === undefined) this.#dispatch({ type: 'load' });
  }

  get #timeout(): number {
    const value = Number(this.requestTimeout);
    return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT;
  }

  /** The accounts the host gave, or the element loaded (before what happened here). */
  get #base(): readonly PayPalAccount[] | undefined {
    const list = this.#state.list;
    if (list.status === 'loaded') return list.accounts;
    return this.#accounts?.ok ? this.#accounts.value : undefined;
  }

  get #accountsShown(): readonly PayPalAccount[] {
    return shownAccounts(this.#state, this.#accounts?.ok ? this.#accounts.value : undefined);
  }

  /** A renewal charged to an account that is not registered. */
  get #unlisted(): ValidationIssue | undefined {
    const services = this.#services?.ok ? this.#services.value : undefined;
    const base = this.#base;
    if (!services || !base) return undefined;
    const known = [...base, ...this.#state.added];
    for (const [index, service] of services.entries()) {
      if (
        !service.renewal.enabled ||
        this.#state.removed.includes(service.renewal.account?.id ?? '')
      )
        continue;
      const issue = unlistedAccount(service, known, `services[${index}]`);
      if (issue) return issue;
    }
    return undefined;
  }

  /** The services whose automatic renewal `account` pays. */
  #usage(account: PayPalAccount): readonly ParsedService[] {
    const services = this.#services?.ok ? this.#services.value : [];
    return services.filter(
      (service) => service.renewal.enabled && service.renewal.account?.id === account.id,
    );
  }

  #dispatch(event: AccountsFlowEvent): void {
    const previous = this.#state;
    const next = accountsFlow(previous, event);
    if (next === previous) return;
    this.#state = next;
    if (next.removal?.step !== previous.removal?.step) this.#dialog.refocus();
    // Only on the way in: a click on a button already gone sends nothing more.
    if (next.removal?.step === 'removing' && previous.removal?.step !== 'removing')
      void this.#remove();
    if (next.list.status === 'loading' && previous.list.status !== 'loading')
      queueMicrotask(() => void this.#load());
    if (next.save.step === 'failed' && previous.save.step !== 'failed')
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLElement>('[part="add-retry"], [part="add-error"]')
          ?.focus(),
      );
    this.#watch();
    this.requestUpdate();
  }

  #watch(): void {
    this.#changes.watch(this.#accountsShown.map(keyOf));
  }

  async #load(): Promise<void> {
    if (this.#state.list.status !== 'loading' || !this.isConnected) return;
    const controller = new AbortController();
    this.#accountsRequest = controller;
    const loaded = await registeredAccounts(
      this,
      {},
      {
        given: undefined,
        timeout: this.#timeout,
        signal: controller.signal,
        localize: this.localize,
      },
    );
    if (this.#accountsRequest === controller) this.#accountsRequest = undefined;
    if (controller.signal.aborted) return;
    if (!loaded.ok) {
      logFailure(this.localName, 'paypal-accounts', loaded.error);
      this.#dispatch({ type: 'load-failed', error: loaded.error });
      return;
    }
    this.#dispatch({ type: 'loaded', accounts: loaded.accounts });
  }

  /** Another element or tab removed an account, or is removing it. */
  #onRecord(key: string, record: ChangeRecord | undefined, live: boolean): void {
    if (record?.state === 'done' && live) {
      const account = this.#accountsShown.find((candidate) => keyOf(candidate) === key);
      if (account) this.#dispatch({ type: 'removed-elsewhere', accountId: account.id });
    }
    this.requestUpdate();
  }

  async #remove(): Promise<void> {
    const removal = this.#state.removal;
    if (removal?.step !== 'removing') return;
    const { account } = removal;
    const using = this.#usage(account);
    this.#stopped = using;
    const key = keyOf(account);
    const outcome = await this.#changes.run({
      key,
      type: 'paypal-account-remove',
      change: { remove: true },
      signature: 'remove',
      send: (requestId, target) =>
        request(
          target,
          'paypal-account-remove',
          { account, requestId },
          { tag: this.localName, timeout: this.#timeout, purpose: 'to remove the PayPal account' },
        ),
    });
    if (outcome.status === 'busy') return this.#dispatch({ type: 'remove-busy' });
    if (outcome.status === 'failed')
      return this.#dispatch({
        type: 'remove-failed',
        error: outcome.error,
        outcome: outcome.outcome,
      });
    this.#dispatch({ type: 'removed' });
    this.#changes.target(key).dispatchEvent(
      new PayPalAccountRemovedEvent({
        account,
        services: using.map((service) => service.source),
        requestId: outcome.requestId,
      }),
    );
  }

  #returnFocus(): HTMLElement | null {
    const root = this.renderRoot;
    const id = this.#removing?.id;
    const button = [...root.querySelectorAll<HTMLElement>('[part="remove"]')].find(
      (candidate) => candidate.dataset['id'] === id,
    );
    return button ?? root.querySelector<HTMLElement>('[part="list"], [part="empty"]');
  }

  // --- event handlers -------------------------------------------------------------------------

  async #onRemove(event: Event): Promise<void> {
    const id = (event.currentTarget as HTMLElement).dataset['id'];
    const account = this.#accountsShown.find((candidate) => candidate.id === id);
    if (!account || this.#dialog.open || this.#changes.busy(keyOf(account))) return;
    this.#removing = account;
    this.#dispatch({ type: 'remove', account });
    await this.#dialog.show();
  }

  #onConfirmRemove(): void {
    this.#dispatch({ type: 'confirm-remove' });
  }

  #onCancel(): void {
    if (canCloseRemoval(this.#state)) this.renderRoot.querySelector('dialog')?.close();
  }

  #onClose(): void {
    if (!this.#dialog.closed()) return;
    this.#dispatch({ type: 'close-removal' });
  }

  /** Aggiungi account PayPal. Synchronous up to PayPal's start(): no popup blocker. */
  #onAdd(): void {
    const { save } = this.#state;
    if (save.step === 'window' || save.step === 'saving') return;
    // Not prepared yet: the configuration is checked at once (and said), loading starts.
    if (this.#state.paypal === 'idle') void this.#paypal.prepare({});
    // PayPal is on its way (the status says so): the next click opens it.
    if (this.#state.paypal === 'loading') return;
    this.#dispatch({ type: 'save', event: { type: 'start', requestId: randomId() } });
    this.#openPayPal();
  }

  /** The flow opened PayPal's window: open it now, inside the click (or say why not). */
  #openPayPal(): void {
    const { save, paypal } = this.#state;
    if (save.step !== 'window') return;
    const sdk = this.#paypal.sdk;
    if (sdk) return this.#saver.start(sdk, this.#paypal.presentation, save.attempt);
    const configuration = paypal === 'configuration';
    this.#dispatch({
      type: 'save',
      event: {
        type: 'not-saved',
        error: { code: configuration ? 'paypal-config' : 'paypal-unreachable' },
        retryable: !configuration,
      },
    });
  }

  #onRetryAdd(): void {
    const { save } = this.#state;
    if (save.step !== 'failed') return;
    if (save.outcome === 'unknown' && save.attempt.approval) {
      this.#dispatch({ type: 'save', event: { type: 'retry' } });
      const next = this.#state.save;
      if (next.step === 'saving') void this.#saver.save(next.attempt);
      return;
    }
    if (save.error.code === 'paypal-unreachable') {
      this.#dispatch({ type: 'save', event: { type: 'reset' } });
      void this.#paypal.retry({});
      return;
    }
    this.#onAdd();
  }

  #onReload(): void {
    this.#dispatch({ type: 'load' });
  }

  // --- render ---------------------------------------------------------------------------------

  readonly #listHandlers: ListHandlers = {
    remove: this.#onRemove,
    add: this.#onAdd,
    retryAdd: this.#onRetryAdd,
    reload: this.#onReload,
  };

  readonly #removalHandlers: RemovalHandlers = {
    cancel: this.#onCancel,
    confirm: this.#onConfirmRemove,
  };

  protected override render(): unknown {
    const t = this.localize;
    if (this.#accounts?.ok === false)
      return renderIssue(t, t.term('invalidAccounts'), this.#accounts.issue);
    if (this.#services?.ok === false)
      return renderIssue(t, t.term('invalidServices'), this.#services.issue);
    const unlisted = this.#unlisted;
    if (unlisted) return renderIssue(t, t.term('invalidServices'), unlisted);
    const { removal } = this.#state;
    const title = removalTitle(t, removal);
    return html`${renderList({
        state: this.#state,
        accounts: this.#accountsShown,
        usage: (account) => this.#usage(account),
        busy: (account) => this.#changes.busy(keyOf(account)),
        t,
        on: this.#listHandlers,
      })}
      <p class="visually-hidden" role="status" aria-live="polite">
        ${listAnnouncement(t, this.#state)}
      </p>
      <dialog
        part="dialog"
        aria-labelledby="title"
        @cancel=${this.#dialog.onCancel}
        @close=${this.#onClose}
      >
        <h2 part="title" id="title">${title}</h2>
        <div class="visually-hidden" role="status" aria-live="polite">
          ${removalAnnouncement(t, removal)}
        </div>
        ${
          removal
            ? renderRemoval({
                removal,
                using: removal.step === 'removed' ? this.#stopped : this.#usage(removal.account),
                t,
                on: this.#removalHandlers,
              })
            : nothing
        }
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paypal-accounts': PayPalAccounts;
  }
}
