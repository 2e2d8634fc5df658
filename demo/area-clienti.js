// The Area Clienti of the demo: a table of orders with <order-pay-button>, the Servizi with an
// <auto-renewal-control> each, the registered accounts in <paypal-accounts>, and a small backend
// in the page that answers the elements' requests (`paypal-accounts`, `order-pay-authorize`,
// `auto-renewal-change`, `paypal-account-remove`, `paypal-setup-token`, `paypal-save`) after a
// short delay, as a real host would from its server. Plain DOM, no framework.
import { texts } from './area-clienti-texts.js';
import { orderRow, orders, payAttributes, payMethods, registeredAccounts } from './orders.js';
import { initialServices } from './services.js';
import { createEventLog, setupLanguage } from './shared.js';

/** The registered accounts as the backend has them now (removed and added ones included). */
let accounts = [...registeredAccounts];
/** The customer's services, their renewals as the backend has them now. */
let services = initialServices(accounts);
// The page has its accounts at once: <paypal-accounts> would otherwise ask for them as soon as
// the kit defines it, while this module still waits for its PayPal configuration below.
document.getElementById('paypal-accounts').accounts = accounts;

// A new account is paid through the kit's PayPal simulator, which shows PayPal's steps in a
// window of its own (no real payment) — or, when `npm start` was given PAYPAL_CLIENT_ID,
// PAYPAL_ENVIRONMENT and PAYPAL_CLIENT_SECRET, through that real PayPal app.
const paypal = await fetch('/demo/paypal-config.json')
  .then((response) => (response.ok ? response.json() : { mode: 'simulator' }))
  .catch(() => ({ mode: 'simulator' }));
const testing = paypal.mode === 'paypal' ? undefined : await import('/dist/cdn/testing.js');
const simulator = testing?.installPayPalSimulator({ scenario: 'approve' });
const buyerEmail = testing?.SIMULATED_BUYER_EMAIL;
if (!simulator) document.getElementById('simulator-choices').hidden = true;

const { t, currentLanguage } = setupLanguage(texts);
const log = createEventLog(currentLanguage);


// ---------------------------------------------------------------------------------------------
// The table of orders
// ---------------------------------------------------------------------------------------------

/** A cell that says, on a phone, which column it belongs to (`data-label`). */
function cell(text, label, className) {
  const td = document.createElement('td');
  td.setAttribute('role', 'cell');
  td.dataset.label = t(label);
  if (className) td.className = className;
  if (text instanceof Node) td.append(text);
  else td.textContent = text;
  return td;
}

/** Each order's status cell and button, to update a row in place. */
const rows = new Map();

/**
 * The table as the page's script builds it. The demo server (`npm start`) renders the same rows
 * in Italian, the pay buttons in declarative shadow DOM (a page with JavaScript off shows them
 * too): in Italian they are kept as they are and come alive (hydrated); in English, rebuilt.
 */
function renderOrders() {
  const tbody = document.getElementById('orders');
  if (tbody.hasAttribute('data-server-rendered')) {
    tbody.removeAttribute('data-server-rendered');
    if (currentLanguage() === 'it') {
      for (const row of tbody.querySelectorAll('tr[data-order]')) {
        rows.set(row.dataset.order, {
          status: row.querySelector('.state'),
          pay: row.querySelector('order-pay-button'),
        });
      }
      return;
    }
  }
  tbody.replaceChildren(
    ...orders.map((order) => {
      const words = orderRow(order, t, currentLanguage());
      const row = document.createElement('tr');
      row.setAttribute('role', 'row');
      row.dataset.order = order.id;
      const number = document.createElement('th');
      number.scope = 'row';
      number.setAttribute('role', 'rowheader');
      number.dataset.label = t('colNumber');
      number.textContent = words.number;
      const state = document.createElement('span');
      state.textContent = words.status;
      const status = cell(state, 'colStatus', 'state');
      status.dataset.status = order.status;
      const pay = document.createElement('order-pay-button');
      pay.order = order;
      // The host's own way to pay, beside PayPal: routed by the page (order-pay-method).
      pay.methods = payMethods(t);
      for (const [name, value] of Object.entries(payAttributes(paypal)))
        pay.setAttribute(name, value);
      rows.set(order.id, { status, pay });
      row.append(
        number,
        cell(words.product, 'colProduct'),
        cell(words.date, 'colDate'),
        cell(words.total, 'colTotal', 'num'),
        status,
        cell(pay, 'colPayment'),
      );
      return row;
    }),
  );
}
renderOrders();
for (const button of document.querySelectorAll('[data-lang]'))
  button.addEventListener('click', renderOrders);

// ---------------------------------------------------------------------------------------------
// The demo backend: answers the elements' requests after a short delay
// ---------------------------------------------------------------------------------------------

const choice = (name) => document.querySelector(`input[name="${name}"]:checked`).value;
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

document.addEventListener('paypal-accounts', (event) => {
  const mode = choice('accounts');
  event.respondWith(
    mode === 'fail'
      ? later(600).then(() => Promise.reject(new Error(t('accountsError'))))
      : later(600, mode === 'none' ? [] : accounts),
  );
  log(event, t('answered'));
});

/**
 * The demo backend's charges by requestId: what a real backend keeps by PayPal-Request-Id. The
 * same key always gets the same answer, so a retry or a check never charges twice.
 */
const charges = new Map();

document.addEventListener('order-pay-authorize', (event) => {
  const mode = choice('authorize');
  const { order, requestId } = event.detail;
  const known = charges.get(requestId);
  if (known) {
    // The same attempt again (Riprova, a reload, another tab): the stored outcome, at once.
    event.respondWith(later(300, known));
  } else if (mode === 'approve' || mode === 'timeout') {
    // A real backend charges the vaulted token (payment_source.paypal.vault_id) with
    // PayPal-Request-Id: requestId. In "timeout" mode it charges, but answers too late.
    const result = { status: 'completed', paymentId: `PAY-${requestId.slice(0, 8).toUpperCase()}` };
    charges.set(requestId, result);
    event.respondWith(mode === 'approve' ? later(1500, result) : new Promise(() => {}));
  } else if (mode === 'pending') {
    const result = { status: 'pending', paymentId: `PAY-${requestId.slice(0, 8).toUpperCase()}` };
    charges.set(requestId, result);
    event.respondWith(later(1200, result));
  } else {
    // Declined: nothing charged; the next attempt comes with a new requestId.
    event.respondWith(later(1200, { status: 'declined', message: t('rejectMessage') }));
  }
  log(event, `${t('answered')} (${order.number ?? order.id})`);
});

// A new account: the backend creates the PayPal order asking to vault the account on success
// (payment_source.paypal.attributes.vault.store_in_vault = "ON_SUCCESS"), then captures it.
/** With a real PayPal app, the demo server talks to PayPal (scripts/paypal-sandbox.mjs). */
async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(json.message);
  return json;
}

document.addEventListener('paypal-create-order', (event) => {
  const { order, requestId } = event.detail;
  event.respondWith(
    simulator
      ? later(500, `SIM-${requestId.slice(0, 8).toUpperCase()}`)
      : post('/demo-api/paypal/orders', { order, requestId }),
  );
  log(event, t('answered'));
});

document.addEventListener('paypal-capture', (event) => {
  const { orderId, requestId } = event.detail;
  event.respondWith(
    simulator
      ? later(800, {
          status: 'completed',
          paymentId: `CAP-${orderId}`,
          // The account the simulated PayPal logged in with is the one registered.
          account: { id: `vault-${orderId}`, email: buyerEmail },
        })
      : post('/demo-api/paypal/capture', { orderId, requestId }),
  );
  log(event, t('answered'));
});

for (const input of document.querySelectorAll('input[name="paypal"]')) {
  input.addEventListener('change', () => simulator?.setScenario(choice('paypal')));
}

// Bonifico bancario: the host's own page would take over; the demo only says so in the log.
document.addEventListener('order-pay-method', (event) => {
  event.preventDefault();
  log(event, t('notified'));
});

for (const type of [
  'order-pay-open',
  'order-pay-failure',
  'order-pay-pending',
  'order-pay-close',
]) {
  document.addEventListener(type, (event) => log(event, t('notified')));
}

document.addEventListener('order-pay-success', (event) => {
  // The host records the payment: the order is now paid.
  const order = orders.find((o) => o.id === event.detail.order.id);
  if (order) order.status = 'paid';
  log(event, t('notified'));
  // Only the row changes (re-rendering the table would close the confirmation on screen).
  const row = rows.get(order?.id);
  if (row && order) {
    row.status.lastElementChild.textContent = t('statusPaid');
    row.status.dataset.status = 'paid';
    row.pay.order = { ...order };
  }
});

// ---------------------------------------------------------------------------------------------
// Servizi: one <auto-renewal-control> per service; the registered PayPal accounts
// ---------------------------------------------------------------------------------------------

/** PayPal's configuration, the same for every element that may open PayPal. */
function configurePayPal(el) {
  el.setAttribute('request-timeout', '5000');
  el.setAttribute('paypal-client-id', paypal.clientId ?? 'demo-simulator');
  el.setAttribute('paypal-environment', paypal.environment ?? 'sandbox');
}

const controls = new Map();
const accountsList = document.getElementById('paypal-accounts');
configurePayPal(accountsList);

function renderServices() {
  const list = document.getElementById('services');
  list.replaceChildren(
    ...services.map((service) => {
      const item = document.createElement('li');
      item.className = 'service';
      const name = document.createElement('h3');
      name.textContent = service.name;
      const control = document.createElement('auto-renewal-control');
      configurePayPal(control);
      control.service = service;
      control.accounts = accounts;
      controls.set(service.id, control);
      item.append(name, control);
      return item;
    }),
  );
}

/** The host's data changed: every element gets them again (none re-renders from scratch). */
function refreshServices() {
  for (const service of services) {
    const control = controls.get(service.id);
    if (!control) continue;
    control.service = service;
    control.accounts = accounts;
  }
  accountsList.accounts = accounts;
  accountsList.services = services;
}

renderServices();
refreshServices();

/**
 * The demo backend's changes by requestId (what a real backend keeps by PayPal-Request-Id or
 * its own idempotency key): the same key always gets the same answer.
 */
const changes = new Map();

function answerChange(event, apply) {
  const { requestId } = event.detail;
  const known = changes.get(requestId);
  if (known) {
    event.respondWith(later(300, known));
  } else if (choice('changes') === 'refuse') {
    event.respondWith(later(1000, { status: 'declined', message: t('refuseMessage') }));
  } else {
    const result = { status: 'completed' };
    changes.set(requestId, result);
    event.respondWith(later(1000, result));
    apply();
  }
  log(event, t('answered'));
}

document.addEventListener('auto-renewal-change', (event) => {
  const { service, enabled, account } = event.detail;
  answerChange(event, () => {
    services = services.map((candidate) =>
      candidate.id === service.id
        ? {
            ...candidate,
            renewal: {
              ...candidate.renewal,
              enabled,
              ...(enabled
                ? { account, nextChargeDate: candidate.expiryDate }
                : { account: undefined, nextChargeDate: undefined }),
            },
          }
        : candidate,
    );
  });
});

document.addEventListener('paypal-account-remove', (event) => {
  const { account } = event.detail;
  answerChange(event, () => {
    accounts = accounts.filter((candidate) => candidate.id !== account.id);
    // The renewals it paid stop.
    services = services.map((service) =>
      service.renewal?.account?.id === account.id
        ? { ...service, renewal: { ...service.renewal, enabled: false, account: undefined } }
        : service,
    );
  });
});

// A new account without a payment: a vault setup token, PayPal's save session, a payment token.
document.addEventListener('paypal-setup-token', (event) => {
  const { requestId } = event.detail;
  event.respondWith(
    simulator
      ? later(400, `SETUP-${requestId.slice(0, 8).toUpperCase()}`)
      : post('/demo-api/paypal/setup-tokens', { requestId }),
  );
  log(event, t('answered'));
});

document.addEventListener('paypal-save', (event) => {
  const { vaultSetupToken, requestId } = event.detail;
  event.respondWith(
    simulator
      ? later(600, {
          status: 'completed',
          account: { id: `vault-${vaultSetupToken}`, email: buyerEmail },
        })
      : post('/demo-api/paypal/payment-tokens', { vaultSetupToken, requestId }),
  );
  log(event, t('answered'));
});

document.addEventListener('paypal-account-added', (event) => {
  const { account } = event.detail;
  if (!accounts.some((candidate) => candidate.id === account.id)) accounts = [...accounts, account];
  log(event, t('notified'));
  refreshServices();
});

// The host's data follow each change once it is made (after the dialog shows its outcome).
for (const type of ['auto-renewal-changed', 'paypal-account-removed']) {
  document.addEventListener(type, (event) => {
    log(event, t('notified'));
    refreshServices();
  });
}
