// The host page of the demo: plain DOM, no framework. It gives the <env-picker> elements their
// products, listens for `env-select` at document level and logs what it receives, and switches
// the page language (the kit's elements follow <html lang> on their own).
//
// Everything is built with DOM APIs and textContent: no innerHTML, so the page also works with
// Trusted Types enforced.

// ---------------------------------------------------------------------------------------------
// Products set as properties (the pagoPA one comes as a JSON attribute in the HTML)
// ---------------------------------------------------------------------------------------------

const products = {
  'picker-notifiche': {
    id: 'prod-notifiche',
    name: 'Piattaforma Notifiche',
    environments: [{ id: 'produzione', href: '#produzione-notifiche' }],
  },
  'picker-io': {
    id: 'prod-io',
    name: 'App IO',
    href: '#app-io',
  },
};

for (const [id, product] of Object.entries(products)) {
  const picker = document.getElementById(id);
  if (picker) picker.product = product;
}

// ---------------------------------------------------------------------------------------------
// Page texts in Italian and English
// ---------------------------------------------------------------------------------------------

/** A text is a string, or a list of strings and `{ code }` pieces shown as <code>. */
const texts = {
  it: {
    pageTitle: 'Panoramica · Area Riservata · Comune di Valfiorita',
    skip: 'Vai al contenuto principale',
    demoNote: 'Demo di customer-area-kit · ente e dati fittizi',
    language: 'Lingua',
    siteName: 'Area Riservata',
    partyLabel: 'Ente selezionato:',
    role: 'Amministratore',
    navLabel: 'Area Riservata',
    navOverview: 'Panoramica',
    navUsers: 'Utenti',
    navParties: 'I tuoi enti',
    soon: 'in arrivo',
    title: 'Panoramica',
    lead: 'I dati del tuo ente e i prodotti a cui ha aderito. Scegli «Gestisci» per entrare nel portale di un prodotto.',
    dataTitle: "Dati dell'ente",
    legalName: 'Ragione sociale',
    taxCode: 'Codice fiscale',
    ipaCode: 'Codice IPA',
    category: 'Tipologia',
    categoryValue: 'Pubblica Amministrazione · Comune',
    address: 'Sede legale',
    productsTitle: 'Prodotti attivi',
    productsIntro: "I prodotti a cui l'ente ha aderito e su cui hai un ruolo.",
    pagopaText: 'Incassa i pagamenti dei cittadini: avvisi, tributi, servizi.',
    pagopaEnvs: 'Collaudo e Produzione',
    sendText: 'Invia notifiche a valore legale a cittadini e imprese.',
    sendEnvs: 'Solo Produzione',
    ioText: "Porta i servizi del Comune nell'app dei servizi pubblici.",
    ioEnvs: 'Un solo portale, senza ambienti',
    logTitle: 'Eventi ricevuti dalla pagina host',
    logClear: 'Svuota',
    logIntro: [
      'La pagina ascolta ',
      { code: 'env-select' },
      ' su ',
      { code: 'document' },
      ': ecco cosa riceve, dal più recente.',
    ],
    preventLabel: [
      'Gestisci la navigazione nella pagina host (',
      { code: 'event.preventDefault()' },
      ')',
    ],
    logEmpty: 'Nessun evento per ora: scegli «Gestisci» su un prodotto.',
    navigates: (target) => `L'elemento apre ${target}`,
    prevented: 'Navigazione annullata: la gestisce la pagina host',
    noTarget: 'Nessun indirizzo: la pagina host decide dove andare',
    footer:
      'Comune di Valfiorita è un ente fittizio: codici, indirizzi e PEC sono inventati. customer-area-kit — elementi per le aree riservate.',
  },
  en: {
    pageTitle: 'Overview · Reserved Area · Comune di Valfiorita',
    skip: 'Skip to main content',
    demoNote: 'customer-area-kit demo · fictional organisation and data',
    language: 'Language',
    siteName: 'Reserved Area',
    partyLabel: 'Selected organisation:',
    role: 'Administrator',
    navLabel: 'Reserved Area',
    navOverview: 'Overview',
    navUsers: 'Users',
    navParties: 'Your organisations',
    soon: 'coming soon',
    title: 'Overview',
    lead: 'Your organisation’s details and the products it has joined. Choose “Manage” to enter a product’s portal.',
    dataTitle: 'Organisation details',
    legalName: 'Legal name',
    taxCode: 'Tax code',
    ipaCode: 'IPA code',
    category: 'Type',
    categoryValue: 'Public administration · Municipality',
    address: 'Registered office',
    productsTitle: 'Active products',
    productsIntro: 'The products your organisation has joined and on which you have a role.',
    pagopaText: 'Collect payments from citizens: notices, taxes, services.',
    pagopaEnvs: 'Test and Production',
    sendText: 'Send legally valid notifications to citizens and businesses.',
    sendEnvs: 'Production only',
    ioText: 'Bring the municipality’s services to the public services app.',
    ioEnvs: 'A single portal, no environments',
    logTitle: 'Events received by the host page',
    logClear: 'Clear',
    logIntro: [
      'The page listens for ',
      { code: 'env-select' },
      ' on ',
      { code: 'document' },
      ': this is what it receives, newest first.',
    ],
    preventLabel: ['Handle navigation in the host page (', { code: 'event.preventDefault()' }, ')'],
    logEmpty: 'No events yet: choose “Manage” on a product.',
    navigates: (target) => `The element opens ${target}`,
    prevented: 'Navigation cancelled: the host page handles it',
    noTarget: 'No address: the host page decides where to go',
    footer:
      'Comune di Valfiorita is a fictional organisation: codes, addresses and PEC are made up. customer-area-kit — elements for customer areas.',
  },
};

const STORAGE_KEY = 'customer-area-kit-demo:lang';

function currentLanguage() {
  return document.documentElement.lang === 'en' ? 'en' : 'it';
}

function t(key) {
  return texts[currentLanguage()][key];
}

/** Replaces the children of `element` with a text (string or pieces with <code>). */
function fill(element, text) {
  const pieces = typeof text === 'string' ? [text] : text;
  element.replaceChildren(
    ...pieces.map((piece) => {
      if (typeof piece === 'string') return document.createTextNode(piece);
      const code = document.createElement('code');
      code.textContent = piece.code;
      return code;
    }),
  );
}

function applyLanguage(language) {
  document.documentElement.lang = language;
  const strings = texts[language];
  document.title = strings.pageTitle;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    fill(element, strings[element.dataset.i18n]);
  }
  for (const element of document.querySelectorAll('[data-i18n-html]')) {
    fill(element, strings[element.dataset.i18nHtml]);
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', strings[element.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  }
}

function readStoredLanguage() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const language = button.dataset.lang === 'en' ? 'en' : 'it';
    applyLanguage(language);
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Remembering the language is a convenience.
    }
  });
}

const stored = readStoredLanguage();
if (stored === 'en' || stored === 'it') applyLanguage(stored);

// ---------------------------------------------------------------------------------------------
// The event log
// ---------------------------------------------------------------------------------------------

const log = document.getElementById('log');
const empty = document.getElementById('log-empty');
const prevent = document.getElementById('prevent');

/** `#x` when the URL only changes the fragment of this page, else the URL itself. */
function shortTarget(href) {
  try {
    const url = new URL(href);
    const here = new URL(window.location.href);
    if (url.origin === here.origin && url.pathname === here.pathname) return url.hash || url.href;
    return url.href;
  } catch {
    return href;
  }
}

function addEntry(event) {
  const { product, environment } = event.detail;
  const href = environment?.href ?? product?.href;
  let outcome;
  if (event.defaultPrevented) outcome = t('prevented');
  else if (href) outcome = t('navigates')(shortTarget(href));
  else outcome = t('noTarget');

  const item = document.createElement('li');
  item.className = 'log-entry';

  const head = document.createElement('p');
  head.className = 'log-meta';
  const name = document.createElement('code');
  name.className = 'log-name';
  name.textContent = event.type;
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString(currentLanguage() === 'en' ? 'en-GB' : 'it-IT');
  const result = document.createElement('span');
  result.className = event.defaultPrevented ? 'log-outcome is-prevented' : 'log-outcome';
  result.textContent = outcome;
  head.append(name, ' ', time, ' ', result);

  const detail = document.createElement('pre');
  detail.className = 'log-detail';
  detail.textContent = JSON.stringify(event.detail, null, 2);

  item.append(head, detail);
  log.prepend(item);
  empty.hidden = true;
}

document.addEventListener('env-select', (event) => {
  if (prevent.checked) event.preventDefault();
  // Log once the element has finished handling its own event, so that the entry says whether
  // the element navigated (another listener could still cancel it after this one).
  queueMicrotask(() => addEntry(event));
});

document.getElementById('log-clear').addEventListener('click', () => {
  log.replaceChildren();
  empty.hidden = false;
});
