// The Area Clienti of the demo: a table of orders with <order-pay-button>, the Servizi with an
// <auto-renewal-control> each, the registered accounts in <paypal-accounts>, and a small backend
// in the page that answers the elements' requests (`paypal-accounts`, `order-pay-authorize`,
// `auto-renewal-change`, `paypal-account-remove`, `paypal-setup-token`, `paypal-save`) after a
// short delay, as a real host would from its server. Plain DOM, no framework.
import { createEventLog, setupLanguage } from './shared.js';

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

// ---------------------------------------------------------------------------------------------
// The customer's orders (what the host's backend would render)
// ---------------------------------------------------------------------------------------------

const euro = (value) => ({ value, currency: 'EUR' });

const orders = [
  {
    id: 'ord-42',
    number: 'A-2026-0042',
    date: '2026-11-20',
    status: 'awaiting-payment',
    product: { kind: 'pec', name: 'PEC Standard' },
    lines: [
      {
        description: 'Casella PEC Standard, 1 anno',
        quantity: 1,
        unitPrice: euro('5.00'),
        vatRate: 22,
      },
    ],
    total: euro('6.10'),
    renewal: { period: 'P1Y', nextChargeDate: '2027-11-20' },
  },
  {
    id: 'ord-43',
    number: 'A-2026-0043',
    date: '2026-11-21',
    status: 'awaiting-payment',
    product: { kind: 'firma-digitale', name: 'Firma Digitale Remota' },
    lines: [
      {
        description: 'Firma Digitale Remota, 3 anni',
        quantity: 1,
        unitPrice: euro('39.90'),
        vatRate: 22,
      },
    ],
    total: euro('48.68'),
  },
  {
    id: 'ord-44',
    number: 'A-2026-0044',
    date: '2026-11-21',
    status: 'awaiting-payment',
    product: { kind: 'conservazione', name: 'Conservazione a norma' },
    lines: [
      {
        description: 'Conservazione a norma, 100 GB',
        quantity: 1,
        unitPrice: euro('960.00'),
        vatRate: 22,
      },
      {
        description: 'Attivazione del servizio',
        quantity: 1,
        unitPrice: euro('52.00'),
        vatRate: 22,
        // A one-off fee: not part of the renewal price.
        recurring: false,
      },
    ],
    total: euro('1234.64'),
    // What each year costs from the next one, IVA inclusa (the host's figure is authoritative).
    renewal: { period: 'P1Y', nextChargeDate: '2027-11-21', amount: euro('1171.20') },
  },
  {
    id: 'ord-31',
    number: 'A-2026-0031',
    date: '2026-09-02',
    status: 'paid',
    product: { kind: 'spid', name: 'SPID Professionale' },
    lines: [
      {
        description: 'SPID per uso professionale, 1 anno',
        quantity: 1,
        unitPrice: euro('30.00'),
        vatRate: 22,
      },
    ],
    total: euro('36.60'),
  },
];

let registeredAccounts = [
  { id: 'vault-1', email: 'mario.rossi@example.it', label: 'Personale' },
  { id: 'vault-2', email: 'amministrazione@studiorossi.example' },
];

// The customer's services and their automatic renewal (what the host's backend would render).
let services = [
  {
    id: 'srv-pec',
    name: 'PEC Standard — mario.rossi@pec.example.it',
    kind: 'pec',
    expiryDate: '2027-11-20',
    renewal: {
      enabled: true,
      period: 'P1Y',
      nextChargeDate: '2027-11-20',
      amount: euro('6.10'),
      account: registeredAccounts[0],
    },
  },
  {
    id: 'srv-spid',
    name: 'SPID Professionale',
    kind: 'spid',
    expiryDate: '2027-09-02',
    renewal: { enabled: false, period: 'P1Y', amount: euro('36.60') },
  },
  {
    id: 'srv-conservazione',
    name: 'Conservazione a norma',
    kind: 'conservazione',
    expiryDate: '2027-11-21',
    renewal: {
      enabled: true,
      period: 'P1Y',
      nextChargeDate: '2027-11-21',
      amount: euro('1171.20'),
      account: registeredAccounts[1],
    },
  },
  {
    id: 'srv-firma',
    name: 'Firma Digitale Remota',
    kind: 'firma-digitale',
    expiryDate: '2029-11-21',
  },
];

// ---------------------------------------------------------------------------------------------
// Page texts in Italian and English
// ---------------------------------------------------------------------------------------------

const texts = {
  it: {
    pageTitle: 'Ordini · Area Clienti · Comune di Valfiorita',
    skip: 'Vai al contenuto principale',
    demoNote: 'Demo di customer-area-kit · ente e dati fittizi',
    language: 'Lingua',
    siteName: 'Area Clienti',
    navLabel: 'Area Clienti',
    navReserved: 'Area Riservata',
    navOrders: 'Ordini',
    title: 'Ordini',
    lead: 'Gli ordini del tuo account. Un ordine in «Attesa pagamento» si paga con PayPal: scegli «Paga».',
    ordersTitle: 'I tuoi ordini',
    colNumber: 'Ordine',
    colProduct: 'Prodotto',
    colDate: 'Data',
    colTotal: 'Totale',
    colStatus: 'Stato',
    colPayment: 'Pagamento',
    statusAwaiting: 'Attesa pagamento',
    statusPaid: 'Pagato',
    methodTransfer: 'Bonifico bancario',
    backendTitle: 'Il backend della demo',
    backendIntro:
      'La pagina risponde da sola alle richieste degli elementi, dopo un breve ritardo. Qui puoi cambiare le sue risposte.',
    authorizeLegend: 'Autorizzazione del pagamento',
    authorizeApprove: 'Autorizza (dopo 1,5 secondi)',
    authorizeReject: 'Rifiuta con un messaggio',
    authorizePending: 'Accetta, in elaborazione',
    authorizeTimeout: 'Addebita ma non risponde in tempo (5 secondi)',
    accountsLegend: 'Account PayPal registrati',
    accountsTwo: 'Due account',
    accountsNone: 'Nessun account',
    accountsFail: 'Errore nel caricarli',
    paypalLegend: 'Il simulatore PayPal (nuovo account)',
    paypalApprove: 'Approva',
    paypalCode: 'Approva dopo un codice monouso',
    paypalCancel: 'Il cliente chiude la finestra',
    paypalError: 'Errore di PayPal (si può riprovare)',
    paypalUnreachable: 'PayPal non raggiungibile',
    servicesTitle: 'Servizi',
    servicesIntro:
      'Il rinnovo automatico di ogni servizio: pagando con PayPal si attiva; qui puoi disattivarlo o attivarlo di nuovo.',
    accountsTitle: 'Account PayPal',
    accountsIntro: 'Gli account PayPal registrati per i pagamenti e i rinnovi automatici.',
    changesLegend: 'Rinnovi automatici e account PayPal',
    changesAccept: 'Accetta le modifiche (dopo 1 secondo)',
    changesRefuse: 'Rifiuta con un messaggio',
    refuseMessage: 'Modifica non consentita durante la verifica dell’ultimo pagamento',
    rejectMessage: 'Fondi insufficienti sul conto PayPal',
    accountsError: 'Il servizio degli account PayPal non risponde',
    logTitle: 'Eventi ricevuti dalla pagina host',
    logClear: 'Svuota',
    logIntro: 'Le richieste degli elementi e le notifiche che la pagina riceve, dal più recente.',
    logEmpty: 'Nessun evento per ora: scegli «Paga» su un ordine.',
    answered: 'La pagina risponde con respondWith()',
    notified: 'Notifica',
    footer:
      'Ordini, importi e account PayPal sono inventati: nessun pagamento è reale. customer-area-kit — elementi per le aree riservate.',
  },
  en: {
    pageTitle: 'Orders · Customer area · Comune di Valfiorita',
    skip: 'Skip to main content',
    demoNote: 'customer-area-kit demo · fictional organisation and data',
    language: 'Language',
    siteName: 'Customer area',
    navLabel: 'Customer area',
    navReserved: 'Reserved Area',
    navOrders: 'Orders',
    title: 'Orders',
    lead: 'The orders of your account. An order “Awaiting payment” is paid with PayPal: choose “Pay”.',
    ordersTitle: 'Your orders',
    colNumber: 'Order',
    colProduct: 'Product',
    colDate: 'Date',
    colTotal: 'Total',
    colStatus: 'Status',
    colPayment: 'Payment',
    statusAwaiting: 'Awaiting payment',
    statusPaid: 'Paid',
    methodTransfer: 'Bank transfer',
    backendTitle: 'The demo backend',
    backendIntro:
      'The page itself answers the elements’ requests, after a short delay. Change its answers here.',
    authorizeLegend: 'Payment authorisation',
    authorizeApprove: 'Authorise (after 1.5 seconds)',
    authorizeReject: 'Refuse with a message',
    authorizePending: 'Accept, still processing',
    authorizeTimeout: 'Charge, but answer too late (5 seconds)',
    accountsLegend: 'Registered PayPal accounts',
    accountsTwo: 'Two accounts',
    accountsNone: 'No account',
    accountsFail: 'Error loading them',
    paypalLegend: 'The PayPal simulator (new account)',
    paypalApprove: 'Approve',
    paypalCode: 'Approve after a one-time code',
    paypalCancel: 'The customer closes the window',
    paypalError: 'PayPal error (can be retried)',
    paypalUnreachable: 'PayPal unreachable',
    servicesTitle: 'Services',
    servicesIntro:
      'The automatic renewal of each service: paying with PayPal turns it on; here you can turn it off or on again.',
    accountsTitle: 'PayPal accounts',
    accountsIntro: 'The PayPal accounts registered for payments and automatic renewals.',
    changesLegend: 'Automatic renewals and PayPal accounts',
    changesAccept: 'Accept the changes (after 1 second)',
    changesRefuse: 'Refuse with a message',
    refuseMessage: 'Not allowed while the last payment is being checked',
    rejectMessage: 'Insufficient funds in the PayPal account',
    accountsError: 'The PayPal accounts service does not answer',
    logTitle: 'Events received by the host page',
    logClear: 'Clear',
    logIntro: 'The elements’ requests and the notifications the page receives, newest first.',
    logEmpty: 'No events yet: choose “Pay” on an order.',
    answered: 'The page answers with respondWith()',
    notified: 'Notification',
    footer:
      'Orders, amounts and PayPal accounts are made up: no payment is real. customer-area-kit — elements for customer areas.',
  },
};

const { t, currentLanguage } = setupLanguage(texts);
const log = createEventLog(currentLanguage);

// ---------------------------------------------------------------------------------------------
// The table of orders
// ---------------------------------------------------------------------------------------------

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'it-IT');

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

function renderOrders() {
  const tbody = document.getElementById('orders');
  tbody.replaceChildren(
    ...orders.map((order) => {
      const row = document.createElement('tr');
      const [y, m, d] = order.date.split('-').map(Number);
      const date = new Intl.DateTimeFormat(locale(), {
        dateStyle: 'medium',
        timeZone: 'UTC',
      }).format(Date.UTC(y, m - 1, d));
      // The page formats the decimal string itself: Intl takes it exactly, with no float.
      const total = new Intl.NumberFormat(locale(), {
        style: 'currency',
        currency: order.total.currency,
        useGrouping: 'always',
      }).format(order.total.value);
      row.setAttribute('role', 'row');
      const number = document.createElement('th');
      number.scope = 'row';
      number.setAttribute('role', 'rowheader');
      number.dataset.label = t('colNumber');
      number.textContent = order.number;
      const state = document.createElement('span');
      state.textContent = order.status === 'paid' ? t('statusPaid') : t('statusAwaiting');
      const status = cell(state, 'colStatus', 'state');
      status.dataset.status = order.status;
      rows.set(order.id, { status, pay: undefined });
      const pay = document.createElement('order-pay-button');
      pay.order = order;
      // The host's own way to pay, beside PayPal: routed by the page (order-pay-method).
      pay.methods = [{ id: 'paypal' }, { id: 'bonifico', label: t('methodTransfer') }];
      rows.get(order.id).pay = pay;
      pay.setAttribute('renewal-info-href', '#come-disattivare-il-rinnovo');
      pay.setAttribute('request-timeout', '5000');
      // Any client id works with the simulator; a real page gives its PayPal app's id.
      pay.setAttribute('paypal-client-id', paypal.clientId ?? 'demo-simulator');
      pay.setAttribute('paypal-environment', paypal.environment ?? 'sandbox');
      row.append(
        number,
        cell(order.product.name, 'colProduct'),
        cell(date, 'colDate'),
        cell(total, 'colTotal', 'num'),
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
      : later(600, mode === 'none' ? [] : registeredAccounts),
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
      control.accounts = registeredAccounts;
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
    control.accounts = registeredAccounts;
  }
  accountsList.accounts = registeredAccounts;
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
    registeredAccounts = registeredAccounts.filter((candidate) => candidate.id !== account.id);
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
  if (!registeredAccounts.some((candidate) => candidate.id === account.id))
    registeredAccounts = [...registeredAccounts, account];
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
