// The demo's PayPal backend for a real PayPal app (`npm start` with PAYPAL_CLIENT_ID,
// PAYPAL_ENVIRONMENT and PAYPAL_CLIENT_SECRET set): what a host's backend does for the kit's
// `paypal-create-order` and `paypal-capture` requests. Without PAYPAL_CLIENT_ID the demo uses the
// kit's PayPal simulator and nothing here runs.

const API = {
  sandbox: 'https://api-m.sandbox.paypal.com',
  production: 'https://api-m.paypal.com',
};

/**
 * Reads the PayPal settings from the environment. `{ mode: 'simulator' }` without a client id;
 * otherwise the environment and the secret are required (never a silent default).
 */
export function paypalSettings(env = process.env) {
  const clientId = env.PAYPAL_CLIENT_ID?.trim();
  if (!clientId) return { mode: 'simulator' };
  const environment = env.PAYPAL_ENVIRONMENT?.trim();
  if (environment !== 'sandbox' && environment !== 'production') {
    throw new Error(
      'PAYPAL_ENVIRONMENT must be "sandbox" or "production" when PAYPAL_CLIENT_ID is set.',
    );
  }
  const secret = env.PAYPAL_CLIENT_SECRET?.trim();
  if (!secret) {
    throw new Error(
      'PAYPAL_CLIENT_SECRET is needed with PAYPAL_CLIENT_ID: the demo backend creates and captures the PayPal orders.',
    );
  }
  return { mode: 'paypal', clientId, environment, secret };
}

/** What the page may know: never the secret. */
export function publicSettings(settings) {
  return settings.mode === 'paypal'
    ? { mode: 'paypal', clientId: settings.clientId, environment: settings.environment }
    : { mode: 'simulator' };
}

/** The CSP additions PayPal's SDK needs (its script, its windows and its API). */
export function paypalCsp(settings) {
  if (settings.mode !== 'paypal') return {};
  const hosts = 'https://*.paypal.com https://*.paypalobjects.com';
  return { script: hosts, frame: hosts, connect: hosts, img: hosts };
}

async function accessToken(settings) {
  const response = await fetch(`${API[settings.environment]}/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${settings.clientId}:${settings.secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) throw new Error(`PayPal refused the credentials (${response.status}).`);
  return (await response.json()).access_token;
}

async function paypal(settings, path, requestId, body) {
  const response = await fetch(`${API[settings.environment]}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await accessToken(settings)}`,
      'Content-Type': 'application/json',
      // The kit's requestId: a retry or a reload never creates or captures twice.
      'PayPal-Request-Id': requestId,
    },
    body: JSON.stringify(body ?? {}),
  });
  const json = await response.json().catch(() => ({}));
  // A refused instrument is a decline (nothing charged), not an error of the backend.
  if (response.status === 422 && json.details?.[0]?.issue === 'INSTRUMENT_DECLINED')
    return {
      status: 'DECLINED',
      purchase_units: [{ payments: { captures: [{ status: 'DECLINED' }] } }],
    };
  if (!response.ok) throw new Error(json.message ?? `PayPal answered ${response.status}.`);
  return json;
}

/** `paypal-create-order`: a PayPal order for the total, storing the account in the vault on success. */
export async function createOrder(settings, { order, requestId }) {
  const { value, currency } = order?.total ?? {};
  if (typeof value !== 'string' || typeof currency !== 'string' || typeof requestId !== 'string') {
    throw new Error('An order total and a requestId are required.');
  }
  const created = await paypal(settings, '/v2/checkout/orders', `${requestId}-create`, {
    intent: 'CAPTURE',
    purchase_units: [
      {
        reference_id: String(order.id),
        description: String(order.product?.name ?? order.id).slice(0, 127),
        amount: { currency_code: currency, value },
      },
    ],
    payment_source: {
      paypal: {
        attributes: { vault: { store_in_vault: 'ON_SUCCESS', usage_type: 'MERCHANT' } },
        experience_context: { user_action: 'PAY_NOW', shipping_preference: 'NO_SHIPPING' },
      },
    },
  });
  return { id: created.id };
}

/** `paypal-capture`: captures the approved order; the vault id is the newly registered account. */
export async function captureOrder(settings, { orderId, requestId }) {
  if (typeof orderId !== 'string' || typeof requestId !== 'string') {
    throw new Error('An orderId and a requestId are required.');
  }
  const captured = await paypal(
    settings,
    `/v2/checkout/orders/${encodeURIComponent(orderId)}/capture`,
    `${requestId}-capture`,
  );
  const source = captured.payment_source?.paypal;
  const vaultId = source?.attributes?.vault?.id;
  const capture = captured.purchase_units?.[0]?.payments?.captures?.[0];
  // The kit's result says what happened: PayPal's capture status, mapped.
  const status =
    capture?.status === 'COMPLETED'
      ? 'completed'
      : capture?.status === 'PENDING'
        ? 'pending'
        : 'declined';
  if (status === 'declined') return { status, reason: capture?.status ?? captured.status };
  return {
    status,
    paymentId: capture?.id,
    ...(vaultId ? { account: { id: vaultId, email: source.email_address } } : {}),
  };
}

/**
 * `paypal-setup-token`: a vault setup token for a PayPal account saved without a payment
 * (PayPal's save session approves it). The id is what the kit's save session needs.
 */
export async function createSetupToken(settings, { requestId }) {
  const token = await paypal(settings, '/v3/vault/setup-tokens', `${requestId}-setup`, {
    payment_source: {
      paypal: {
        usage_type: 'MERCHANT',
        experience_context: {
          return_url: 'https://example.com/returnUrl',
          cancel_url: 'https://example.com/cancelUrl',
        },
      },
    },
  });
  return { id: token.id };
}

/**
 * `paypal-save`: the payment token from the setup token the customer approved: the registered
 * account the kit lists (its id is the vault id, the e-mail PayPal's).
 */
export async function savePaymentToken(settings, { vaultSetupToken, requestId }) {
  const token = await paypal(settings, '/v3/vault/payment-tokens', `${requestId}-save`, {
    payment_source: { token: { id: vaultSetupToken, type: 'SETUP_TOKEN' } },
  });
  const email = token.payment_source?.paypal?.email_address;
  if (!token.id || !email)
    return { status: 'declined', message: 'PayPal did not save the account.' };
  return { status: 'completed', account: { id: token.id, email } };
}
