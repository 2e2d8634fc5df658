import type { ReactiveControllerHost } from 'lit';
import { request } from '../events/request.js';
import type { PayPalClientTokenDetail } from '../events/order-pay-events.js';
import { logIssue } from '../internal/report.js';
import type { PayPalReadiness } from '../model/pay-flow.js';
import { presentationOf, type PayPalPresentation } from './presentation.js';
import type * as SdkModule from './sdk.js';
import type { PayPalEnvironment, PayPalSdk } from './sdk.js';

/** The kit's PayPal SDK wrapper, with PayPal's v6 loader: imported when a PayPal path is reachable. */
export type PayPalWrapper = typeof SdkModule;

/** An element with the PayPal attributes: `paypal-client-id`, `paypal-environment`, `presentation`. */
export interface PayPalConfigHost extends ReactiveControllerHost, HTMLElement {
  readonly paypalClientId: string | undefined;
  readonly paypalEnvironment: string | undefined;
  /** How PayPal shows itself; `auto` for an element without the attribute. */
  readonly presentation?: string;
}

export interface PayPalLoaderOptions {
  /** The BCP 47 locale PayPal's windows use. */
  locale(): string;
  /** Milliseconds to wait for the host's `paypal-client-token` answer. */
  timeout(): number;
  /** How far loading got: `loading`, then `ready`, `unreachable` or `configuration`. */
  readiness(readiness: PayPalReadiness): void;
}

interface Config {
  readonly environment: PayPalEnvironment;
  readonly clientId: string | undefined;
}

type Sdk =
  | { readonly key: string; readonly status: 'loading' }
  | {
      readonly key: string;
      readonly status: 'ready';
      readonly wrapper: PayPalWrapper;
      readonly instance: PayPalSdk;
    }
  | { readonly key: string; readonly status: 'failed'; readonly readiness: PayPalReadiness };

/**
 * PayPal's v6 web SDK for an element, loaded from its attributes when a PayPal path becomes
 * reachable (shared with every element by `loadPayPal`): without `paypal-client-id` the host is
 * asked for a client token (`paypal-client-token`); a missing or unknown `paypal-environment` is
 * a configuration error, said once in the console, never a silent default. Also reads
 * `presentation` (an unknown value is `auto`). The kit's SDK wrapper is imported only then.
 */
export class PayPalLoader {
  readonly #host: PayPalConfigHost;
  readonly #options: PayPalLoaderOptions;
  #sdk: Sdk | undefined;
  #configLogged: string | undefined;

  constructor(host: PayPalConfigHost, options: PayPalLoaderOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** How PayPal shows itself; an unknown `presentation` is `auto` (the element says so). */
  get presentation(): PayPalPresentation {
    return presentationOf(this.#host.presentation ?? 'auto');
  }

  /** The loaded SDK instance and the kit's wrapper of it, once ready. */
  get sdk(): { readonly wrapper: PayPalWrapper; readonly instance: PayPalSdk } | undefined {
    const sdk = this.#sdk;
    return sdk?.status === 'ready' ? sdk : undefined;
  }

  /**
   * A PayPal path became reachable (or the configuration changed): load PayPal, telling
   * `readiness` how far it got. Loads once per configuration and locale. `detail`: what the
   * `paypal-client-token` request carries, when one is needed.
   */
  async prepare(detail: PayPalClientTokenDetail): Promise<void> {
    const config = this.#config();
    if (!config) {
      this.#options.readiness('configuration');
      return;
    }
    const key = JSON.stringify([config.environment, config.clientId ?? '', this.#options.locale()]);
    const current = this.#sdk;
    if (current?.key === key) {
      this.#options.readiness(readinessOf(current));
      return;
    }
    const loading: Sdk = { key, status: 'loading' };
    this.#sdk = loading;
    this.#options.readiness('loading');
    const next = await this.#load(detail, config, key);
    if (this.#sdk !== loading) return;
    this.#sdk = next;
    this.#options.readiness(readinessOf(next));
  }

  /** Riprova after PayPal could not be reached: load it again. */
  retry(detail: PayPalClientTokenDetail): Promise<void> {
    this.#sdk = undefined;
    return this.prepare(detail);
  }

  /** The configuration when complete enough to load (no client id: a token request). */
  #config(): Config | undefined {
    const host = this.#host;
    const environment = host.paypalEnvironment?.trim();
    if (environment === 'sandbox' || environment === 'production')
      return { environment, clientId: host.paypalClientId?.trim() || undefined };
    const key = JSON.stringify([host.paypalClientId ?? '', host.paypalEnvironment ?? '']);
    if (this.#configLogged !== key) {
      this.#configLogged = key;
      const missing = host.paypalClientId?.trim()
        ? 'paypal-environment'
        : 'paypal-client-id, paypal-environment';
      console.error(
        `<${host.localName}>: a new PayPal account needs the PayPal configuration; missing or invalid: ${missing} (paypal-environment is "sandbox" or "production").`,
      );
    }
    return undefined;
  }

  async #load(detail: PayPalClientTokenDetail, config: Config, key: string): Promise<Sdk> {
    const host = this.#host;
    let clientToken: string | undefined;
    if (!config.clientId) {
      const outcome = await request(host, 'paypal-client-token', detail, {
        tag: host.localName,
        timeout: this.#options.timeout(),
        purpose: 'with a PayPal client token, or set paypal-client-id',
      });
      if (!outcome.ok)
        return {
          key,
          status: 'failed',
          readiness: outcome.code === 'no-handler' ? 'configuration' : 'unreachable',
        };
      if (typeof outcome.value !== 'string' || outcome.value.trim() === '') {
        logIssue(host.localName, { field: 'paypal-client-token result', problem: 'type' });
        return { key, status: 'failed', readiness: 'configuration' };
      }
      clientToken = outcome.value;
    }
    let wrapper: PayPalWrapper | undefined;
    try {
      // The wrapper and PayPal's loader too: loaded only when a PayPal path is reachable.
      wrapper = await import('./sdk.js');
      const instance = await wrapper.loadPayPal({
        clientId: config.clientId,
        clientToken,
        environment: config.environment,
        locale: this.#options.locale(),
      });
      return { key, status: 'ready', wrapper, instance };
    } catch (error) {
      const code = wrapper && error instanceof wrapper.PayPalLoadError ? error.code : 'unreachable';
      const message = error instanceof Error ? error.message : String(error);
      // A refusal by the page's own policy is the host's to fix: say how, as an error.
      if (code === 'blocked') console.error(`<${host.localName}>: ${message}`);
      else if (code === 'unreachable')
        console.warn(`<${host.localName}>: PayPal could not be loaded: ${message}`);
      return { key, status: 'failed', readiness: code };
    }
  }
}

function readinessOf(sdk: Sdk): PayPalReadiness {
  return sdk.status === 'failed' ? sdk.readiness : sdk.status;
}
