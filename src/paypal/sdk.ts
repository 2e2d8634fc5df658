/**
 * A thin, typed layer over the PayPal v6 web SDK (`@paypal/paypal-js/sdk-v6`'s types): load it
 * once per configuration, start a one-time payment that also saves the PayPal account for later,
 * or save a PayPal account without a payment.
 *
 * PayPal's script is inserted as `loadCoreSdkScript` would (same URL; `window.paypal` returned
 * at once when a v6 namespace is already there, which is how the PayPal simulator of
 * `customer-area-kit/testing` is installed), but by the kit itself, so that it works under a
 * strict Content Security Policy: the `src` goes through the kit's Trusted Types policy
 * (`customer-area-kit`, PayPal's two URLs only), the script carries the page's nonce, and a
 * refusal by the page's policy is reported as such (`blocked`), not as PayPal being unreachable.
 */
import type {
  CreateInstanceOptions,
  OnApproveDataOneTimePayments,
  OnApproveDataSavePayments,
  OnCancelDataOneTimePayments,
  OnCancelDataSavePayments,
  OneTimePaymentSession,
  PayPalOneTimePaymentSessionOptions,
  PayPalPresentationModeOptions,
  PayPalV6Namespace,
  SavePaymentSession,
  SdkInstance,
} from '@paypal/paypal-js/sdk-v6';
import type { PayPalPresentation } from './presentation.js';

export { PAYPAL_PRESENTATIONS, type PayPalPresentation } from './presentation.js';

/** Where the PayPal account lives. Required: there is no default. */
export type PayPalEnvironment = 'sandbox' | 'production';

/** The components the kit asks for. */
export type PayPalComponents = ['paypal-payments'];

/** An SDK instance able to create PayPal payment sessions. */
export type PayPalSdk = SdkInstance<PayPalComponents>;

/** The only environments `loadCoreSdkScript` accepts. */
export const PAYPAL_ENVIRONMENTS: readonly PayPalEnvironment[] = ['sandbox', 'production'];

/**
 * Why loading failed: PayPal could not be reached, the kit was configured wrongly, or the page's
 * own security policy (Content Security Policy, Trusted Types) refused PayPal's script.
 */
export type PayPalLoadErrorCode = 'unreachable' | 'configuration' | 'blocked';

/** The detail behind a `PayPalLoadErrorCode`, for a precise message. */
export type PayPalLoadErrorReason =
  /** `configuration`: neither a client id nor a client token was given. */
  | 'credentials'
  /** `configuration`: the environment is missing or not `sandbox` / `production`. */
  | 'environment'
  /** `unreachable`: the browser is offline. */
  | 'offline'
  /** `unreachable`: PayPal's script did not load (blocked, network error). */
  | 'script'
  /** `unreachable`: the script loaded but gave no namespace. */
  | 'namespace'
  /** `unreachable`: the namespace could not create an instance. */
  | 'instance'
  /** `unreachable`: loading took longer than the timeout. */
  | 'timeout'
  /** `blocked`: Trusted Types refused the script's URL (the kit's policy is not allowed). */
  | 'trusted-types'
  /** `blocked`: the Content Security Policy (`script-src`) refused PayPal's script. */
  | 'csp';

export class PayPalLoadError extends Error {
  override readonly name = 'PayPalLoadError';
  readonly code: PayPalLoadErrorCode;
  readonly reason: PayPalLoadErrorReason;

  constructor(
    code: PayPalLoadErrorCode,
    reason: PayPalLoadErrorReason,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.reason = reason;
  }
}

export interface LoadPayPalOptions {
  /** The merchant's public client id. Used when given; else `clientToken`. */
  clientId?: string | undefined;
  /** A browser-safe client token from the host's backend, when there is no client id. */
  clientToken?: string | undefined;
  environment: PayPalEnvironment;
  /** A BCP 47 code, `it-IT` or `en-GB`: PayPal's own windows use it. */
  locale: string;
  /** Milliseconds for the script and the instance together (the first call's, when calls share a load); 20 000 by default. */
  timeout?: number | undefined;
  /** Stops waiting (this call only: a shared load goes on for the others). */
  signal?: AbortSignal | undefined;
  /**
   * The nonce of the page's Content Security Policy, for PayPal's script (as Adyen's
   * `cspNonce`). By default, that of `<meta property="csp-nonce" nonce="…">` when the page has
   * one; not needed with `'strict-dynamic'`.
   */
  nonce?: string | undefined;
}

/** PayPal's v6 core script, per environment: the URLs `loadCoreSdkScript` loads. */
export const PAYPAL_SCRIPT_URLS: Readonly<Record<PayPalEnvironment, string>> = {
  sandbox: 'https://www.sandbox.paypal.com/web-sdk/v6/core',
  production: 'https://www.paypal.com/web-sdk/v6/core',
};

/**
 * The kit's Trusted Types policy: it creates the `src` of PayPal's script, and nothing else.
 * A page enforcing Trusted Types lists it: `trusted-types lit-html customer-area-kit`.
 */
export const TRUSTED_TYPES_POLICY = 'customer-area-kit';

/** The default `timeout` of `loadPayPal`, in milliseconds. */
export const PAYPAL_LOAD_TIMEOUT = 20_000;

interface CacheEntry {
  readonly promise: Promise<PayPalSdk>;
  /** The namespace the instance came from, once loaded. */
  namespace?: unknown;
}

/** Loads in progress or done, per (environment, credentials, locale). */
const cache = new Map<string, CacheEntry>();

function pageNamespace(): unknown {
  return (window as unknown as { paypal?: unknown }).paypal;
}

function isV6Namespace(value: unknown): value is PayPalV6Namespace {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof PayPalV6Namespace, unknown>>;
  return (
    typeof candidate.createInstance === 'function' &&
    typeof candidate.version === 'string' &&
    candidate.version.startsWith('6')
  );
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : String(error);
}

/**
 * Loads the PayPal v6 SDK and creates an instance with the `paypal-payments` component.
 *
 * The result is shared per (environment, client id or token, locale): preloading when a dialog
 * opens and using it on **Prosegui** loads once. A failed load is forgotten, so **Riprova** loads
 * again; so is a load whose namespace was replaced in the page since (a simulator uninstalled).
 *
 * @throws {PayPalLoadError} `configuration` (no client id nor token, a missing or unknown
 * environment: never a silent default) or `unreachable` (offline, script blocked or failing, no
 * namespace, instance creation failed, timeout).
 * @throws {DOMException} the `signal`'s reason when it aborts.
 */
export async function loadPayPal(options: LoadPayPalOptions): Promise<PayPalSdk> {
  const { environment, locale, signal } = options;
  if (!PAYPAL_ENVIRONMENTS.includes(environment)) {
    throw new PayPalLoadError(
      'configuration',
      'environment',
      `The PayPal environment must be "sandbox" or "production" (got ${JSON.stringify(environment ?? null)}).`,
    );
  }
  const clientId = options.clientId?.trim() || undefined;
  const clientToken = clientId ? undefined : options.clientToken?.trim() || undefined;
  if (!clientId && !clientToken) {
    throw new PayPalLoadError(
      'configuration',
      'credentials',
      'PayPal needs a client id (paypal-client-id) or a client token (paypal-client-token).',
    );
  }
  signal?.throwIfAborted();

  const nonce = options.nonce ?? pageNonce();
  const key = JSON.stringify([environment, clientId ?? '', clientToken ?? '', locale]);
  let entry = cache.get(key);
  if (entry && 'namespace' in entry && entry.namespace !== pageNamespace()) {
    cache.delete(key);
    entry = undefined;
  }
  if (!entry) {
    const credentials = clientId ? { clientId } : { clientToken: clientToken ?? '' };
    const created: CacheEntry = {
      promise: load(
        environment,
        credentials,
        locale,
        nonce,
        options.timeout ?? PAYPAL_LOAD_TIMEOUT,
        (ns) => {
          created.namespace = ns;
        },
      ),
    };
    entry = created;
    cache.set(key, created);
    created.promise.catch(() => {
      if (cache.get(key) === created) cache.delete(key);
    });
  }
  return signal ? abortable(entry.promise, signal) : entry.promise;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function load(
  environment: PayPalEnvironment,
  credentials: { clientId: string } | { clientToken: string },
  locale: string,
  nonce: string | undefined,
  timeout: number,
  loaded: (namespace: PayPalV6Namespace) => void,
): Promise<PayPalSdk> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new PayPalLoadError(
            'unreachable',
            'timeout',
            `PayPal did not load within ${timeout} ms.`,
          ),
        ),
      timeout,
    );
  });
  try {
    return await Promise.race([
      loadInstance(environment, credentials, locale, nonce, loaded),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function loadInstance(
  environment: PayPalEnvironment,
  credentials: { clientId: string } | { clientToken: string },
  locale: string,
  nonce: string | undefined,
  loaded: (namespace: PayPalV6Namespace) => void,
): Promise<PayPalSdk> {
  let namespace: unknown;
  try {
    namespace = await loadCoreScript(PAYPAL_SCRIPT_URLS[environment], nonce);
  } catch (error) {
    if (error instanceof PayPalLoadError) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new PayPalLoadError(
      'unreachable',
      offline ? 'offline' : 'script',
      offline
        ? 'PayPal cannot be loaded: the browser is offline.'
        : `PayPal's script could not be loaded: ${messageOf(error)}`,
      error,
    );
  }
  if (!isV6Namespace(namespace)) {
    throw new PayPalLoadError('unreachable', 'namespace', 'PayPal loaded without its namespace.');
  }
  const instanceOptions: CreateInstanceOptions<PayPalComponents> = {
    ...credentials,
    components: ['paypal-payments'],
    pageType: 'checkout',
    ...(locale ? { locale } : {}),
  };
  try {
    const instance = await namespace.createInstance<PayPalComponents>(instanceOptions);
    loaded(namespace);
    return instance;
  } catch (error) {
    throw new PayPalLoadError(
      'unreachable',
      'instance',
      `PayPal could not start: ${messageOf(error)}`,
      error,
    );
  }
}

/** The nonce of `<meta property="csp-nonce" nonce="…">` (Vite's convention), if the page has one. */
function pageNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}

/** The little of the Trusted Types API the kit uses (TypeScript's DOM types lack it). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/** `url` as the page accepts it: a TrustedScriptURL from the kit's policy, else the string. */
function trustedScriptUrl(url: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  try {
    policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(value) {
        if (!Object.values(PAYPAL_SCRIPT_URLS).includes(value))
          throw new TypeError(`${TRUSTED_TYPES_POLICY}: only PayPal's SDK script, not ${value}`);
        return value;
      },
    });
    return policy.createScriptURL(url);
  } catch {
    // The page does not allow the kit's policy; a plain string may still be accepted (Trusted
    // Types not enforced for scripts, or a default policy of the page's own).
    return url;
  }
}

/** Script loads in progress, per URL (elements and calls share one). */
const scripts = new Map<string, Promise<unknown>>();

/**
 * PayPal's v6 namespace: the page's own when it already holds one (the simulator, or a script
 * the host loaded), else from PayPal's script, inserted once.
 */
function loadCoreScript(url: string, nonce: string | undefined): Promise<unknown> {
  const present = pageNamespace();
  if (isV6Namespace(present)) return Promise.resolve(present);
  let loading = scripts.get(url);
  if (!loading) {
    loading = insertScript(url, nonce).finally(() => scripts.delete(url));
    scripts.set(url, loading);
  }
  return loading;
}

function insertScript(url: string, nonce: string | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    let refused = false;
    const onViolation = (event: SecurityPolicyViolationEvent): void => {
      if (event.disposition === 'enforce' && sameOrigin(event.blockedURI, url)) refused = true;
    };
    const stop = () => document.removeEventListener('securitypolicyviolation', onViolation);
    document.addEventListener('securitypolicyviolation', onViolation);
    try {
      script.src = trustedScriptUrl(url) as string;
    } catch (error) {
      stop();
      reject(
        new PayPalLoadError(
          'blocked',
          'trusted-types',
          `Trusted Types refused PayPal's script (${url}): allow the kit's policy, "trusted-types ${TRUSTED_TYPES_POLICY} lit-html".`,
          error,
        ),
      );
      return;
    }
    if (nonce) script.nonce = nonce;
    script.addEventListener('load', () => {
      stop();
      resolve(pageNamespace());
    });
    script.addEventListener('error', () => {
      script.remove();
      // The policy's violation event may be dispatched just after the error: one more task.
      setTimeout(() => {
        stop();
        reject(
          refused
            ? new PayPalLoadError(
                'blocked',
                'csp',
                `The page's Content Security Policy refused PayPal's script (${url}): allow it in script-src, or use a nonce with 'strict-dynamic'.`,
              )
            : new Error(`${url} could not be loaded.`),
        );
      });
    });
    document.head.append(script);
  });
}

function sameOrigin(blocked: string, url: string): boolean {
  try {
    return new URL(blocked).origin === new URL(url).origin;
  } catch {
    return false;
  }
}

/**
 * A PayPal failure as the flow sees it. Mapping:
 * - an SDK error (`OnErrorData`, an `Error` with `code` and `isRecoverable`): `recoverable` is
 *   `isRecoverable`, `code` and `message` are PayPal's;
 * - any other `Error` (the order id promise rejected, an exception): `recoverable: true`, its
 *   message, no `code`; trying again may work;
 * - anything else: `recoverable: true`, a string as its message.
 * The original value is always `cause`.
 */
export interface PayPalSessionError {
  /** Whether trying again (**Riprova**) may work. */
  readonly recoverable: boolean;
  /** PayPal's error code, when it gave one. */
  readonly code?: string;
  readonly message?: string;
  readonly cause: unknown;
}

/** Maps whatever the SDK (or the order id promise) failed with to a `PayPalSessionError`. */
export function toSessionError(error: unknown): PayPalSessionError {
  if (typeof error === 'object' && error !== null) {
    const { isRecoverable, code, message } = error as Partial<
      Record<'isRecoverable' | 'code' | 'message', unknown>
    >;
    const text = typeof message === 'string' && message !== '' ? { message } : {};
    if (typeof isRecoverable === 'boolean') {
      return {
        recoverable: isRecoverable,
        ...(typeof code === 'string' && code !== '' ? { code } : {}),
        ...text,
        cause: error,
      };
    }
    return { recoverable: true, ...text, cause: error };
  }
  return {
    recoverable: true,
    ...(typeof error === 'string' && error !== '' ? { message: error } : {}),
    cause: error,
  };
}

/** The SDK's presentation mode options for a `presentation`. */
export function presentationModeOptions(
  presentation: PayPalPresentation,
): PayPalPresentationModeOptions {
  switch (presentation) {
    case 'auto':
      return { presentationMode: 'auto' };
    case 'popup':
      return { presentationMode: 'popup' };
    case 'modal':
      return { presentationMode: 'modal' };
    case 'redirect':
      // The SDK itself goes to PayPal; the page comes back to the order's return URL.
      return { presentationMode: 'redirect', autoRedirect: { enabled: true } };
  }
}

/** How a save-and-pay session ends. Exactly one of them is called, once. */
export interface SaveAndPayCallbacks {
  /**
   * The customer approved: capture (and vault) on the backend with `data.orderId`. Should not
   * throw; a rejection is reported through `onError` (recoverable).
   */
  onApprove(data: OnApproveDataOneTimePayments): void | Promise<void>;
  /** The customer closed PayPal: a cancel, not an error. */
  onCancel(data: OnCancelDataOneTimePayments): void;
  onError(error: PayPalSessionError): void;
}

export interface SaveAndPayOptions extends SaveAndPayCallbacks {
  presentation: PayPalPresentation;
  /** The PayPal order id from the backend (`paypal-create-order`), still pending is fine. */
  orderId: Promise<string | { orderId: string }>;
}

export interface SaveAndPayHandle {
  readonly session: OneTimePaymentSession;
  /** Settles when `start()` does; never rejects (a failure goes to `onError`). */
  readonly started: Promise<void>;
  /** Ends the session as cancelled. */
  cancel(): void;
  /** Tears the session down without a callback. */
  destroy(): void;
}

/** A session's callbacks, of either kind. */
interface SessionCallbacks<A, C> {
  onApprove(data: A): void | Promise<void>;
  onCancel(data: C): void;
  onError(error: PayPalSessionError): void;
}

interface OnceCallbacks<A, C> {
  readonly onApprove: (data: A) => Promise<void>;
  readonly onCancel: (data: C) => void;
  readonly onError: (error: unknown) => void;
  /** Reports a failure that did not come through the SDK's `onError` (a rejected `start()`). */
  readonly fail: (error: unknown) => void;
}

/** The SDK's callbacks for `callbacks`: only the first outcome counts. */
function once<A, C>(callbacks: SessionCallbacks<A, C>): OnceCallbacks<A, C> {
  let settled = false;
  const fail = (error: unknown): void => {
    if (settled) return;
    settled = true;
    callbacks.onError(toSessionError(error));
  };
  return {
    fail,
    onApprove: async (data) => {
      if (settled) return;
      settled = true;
      try {
        await callbacks.onApprove(data);
      } catch (error) {
        callbacks.onError(toSessionError(error));
      }
    },
    onCancel: (data) => {
      if (settled) return;
      settled = true;
      callbacks.onCancel(data);
    },
    onError: fail,
  };
}

/** The one-time session options for `callbacks`: `savePayment`, and only the first outcome counts. */
function callbackSession(callbacks: SaveAndPayCallbacks): {
  readonly options: PayPalOneTimePaymentSessionOptions;
  readonly fail: (error: unknown) => void;
} {
  const { fail, onApprove, onCancel, onError } = once(callbacks);
  return { fail, options: { savePayment: true, onApprove, onCancel, onError } };
}

/**
 * Starts a PayPal one-time payment that also saves the PayPal account (`savePayment: true`).
 *
 * Call it inside the click handler of the button that starts the payment: `start()` is called
 * synchronously, before anything is awaited, so no popup blocker intervenes; the order id may
 * still be on its way.
 */
export function startSaveAndPay(instance: PayPalSdk, options: SaveAndPayOptions): SaveAndPayHandle {
  const { options: sessionOptions, fail } = callbackSession(options);
  const session = instance.createPayPalOneTimePaymentSession(sessionOptions);
  const order = options.orderId.then((value) =>
    typeof value === 'string' ? { orderId: value } : { orderId: value.orderId },
  );
  let started: Promise<void>;
  try {
    started = session
      .start(presentationModeOptions(options.presentation), order)
      .then(() => undefined, fail);
  } catch (error) {
    fail(error);
    started = Promise.resolve();
  }
  // The SDK reports a failed order through onError or a rejected start(): never unhandled here.
  order.catch(() => undefined);
  return {
    session,
    started,
    cancel: () => session.cancel(),
    destroy: () => session.destroy(),
  };
}

/**
 * After a `redirect` presentation, on the page PayPal returned to: when the page is such a
 * return, resumes the session (the callbacks are called as after a popup) and resolves `true`;
 * otherwise resolves `false` and calls nothing.
 */
export async function resumeSaveAndPay(
  instance: PayPalSdk,
  callbacks: SaveAndPayCallbacks,
): Promise<boolean> {
  const { options, fail } = callbackSession(callbacks);
  const session = instance.createPayPalOneTimePaymentSession(options);
  if (!session.hasReturned?.() || !session.resume) {
    session.destroy();
    return false;
  }
  try {
    await session.resume();
  } catch (error) {
    fail(error);
  }
  return true;
}

/** How a save session ends. Exactly one of them is called, once. */
export interface SaveCallbacks {
  /**
   * The customer approved: ask the backend to create the payment token from
   * `data.vaultSetupToken`. Should not throw; a rejection is reported through `onError`.
   */
  onApprove(data: OnApproveDataSavePayments): void | Promise<void>;
  /** The customer closed PayPal: a cancel, not an error. */
  onCancel(data: OnCancelDataSavePayments): void;
  onError(error: PayPalSessionError): void;
}

export interface SaveOptions extends SaveCallbacks {
  presentation: PayPalPresentation;
  /** The vault setup token from the backend (`paypal-setup-token`), still pending is fine. */
  vaultSetupToken: Promise<string>;
}

export interface SaveHandle {
  readonly session: SavePaymentSession;
  /** Settles when `start()` does; never rejects (a failure goes to `onError`). */
  readonly started: Promise<void>;
  /** Ends the session as cancelled. */
  cancel(): void;
  /** Tears the session down without a callback. */
  destroy(): void;
}

/**
 * Saves a PayPal account without a payment: PayPal's save session
 * (`createPayPalSavePaymentSession`) with a vault setup token the backend creates.
 *
 * Call it inside the click handler of the button that starts it: `start()` is called
 * synchronously, before anything is awaited, so no popup blocker intervenes; the setup token may
 * still be on its way.
 */
export function startSave(instance: PayPalSdk, options: SaveOptions): SaveHandle {
  const { fail, onApprove, onCancel, onError } = once(options);
  const session = instance.createPayPalSavePaymentSession({ onApprove, onCancel, onError });
  const token = options.vaultSetupToken.then((vaultSetupToken) => ({ vaultSetupToken }));
  let started: Promise<void>;
  try {
    started = session
      .start(presentationModeOptions(options.presentation), token)
      .then(() => undefined, fail);
  } catch (error) {
    fail(error);
    started = Promise.resolve();
  }
  // The SDK reports a failed token through onError or a rejected start(): never unhandled here.
  token.catch(() => undefined);
  return {
    session,
    started,
    cancel: () => session.cancel(),
    destroy: () => session.destroy(),
  };
}
