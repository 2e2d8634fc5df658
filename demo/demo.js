import { createEventLog, setupLanguage } from './shared.js';

// The host page of the demo: plain DOM, no framework. It gives the <env-picker> elements their
// products, listens for `env-select` at document level and logs what it receives, and switches
// the page language (the kit's elements follow <html lang> on their own).
//
// Everything is built with DOM APIs and textContent: no innerHTML, so the page also works with
// Trusted Types enforced.

// ---------------------------------------------------------------------------------------------
// The organisation's products: <product-card> for each, and the header's <product-switch>
// ---------------------------------------------------------------------------------------------

const pagopa = {
  id: 'prod-pagopa',
  name: 'Piattaforma pagoPA',
  logoUrl: '/demo/img/pagopa.svg',
  status: 'active',
  canManage: true,
  environments: [
    { id: 'collaudo', href: '#collaudo-pagopa' },
    { id: 'produzione', href: '#produzione-pagopa' },
  ],
};
const activeProducts = [
  pagopa,
  {
    id: 'prod-notifiche',
    name: 'Piattaforma Notifiche',
    logoUrl: '/demo/img/notifiche.svg',
    status: 'active',
    canManage: true,
    environments: [{ id: 'produzione', href: '#produzione-notifiche' }],
  },
  {
    id: 'prod-interop',
    name: 'Interoperabilità',
    status: 'active',
    canManage: false,
    href: '#interop',
  },
  {
    id: 'prod-io',
    name: 'App IO',
    logoUrl: '/demo/img/app-io.svg',
    status: 'pending',
    canManage: false,
  },
];
const availableProducts = [
  {
    id: 'prod-checkout',
    name: 'Checkout pagoPA',
    status: 'available',
    canManage: false,
    infoHref: '#checkout-info',
  },
  {
    id: 'prod-firma',
    name: 'Firma con IO',
    status: 'available',
    canManage: false,
    infoHref: '#firma-info',
  },
];

function renderCards(containerId, products) {
  const container = document.getElementById(containerId);
  container.replaceChildren(
    ...products.map((product) => {
      const card = document.createElement('product-card');
      card.setAttribute('heading-level', '3');
      if (product.id === 'prod-pagopa') card.setAttribute('remember', '');
      card.product = product;
      return card;
    }),
  );
}
renderCards('active-products', activeProducts);
renderCards('available-products', availableProducts);

const productSwitch = document.getElementById('product-switch');
productSwitch.products = activeProducts.filter((p) => p.status === 'active' && p.canManage);

// ---------------------------------------------------------------------------------------------
// The organisations of the signed-in user: the header's <party-switch>
// ---------------------------------------------------------------------------------------------

const parties = [
  {
    id: 'ente-valfiorita',
    name: 'Comune di Valfiorita',
    logoUrl: '/demo/img/comune.svg',
    role: 'admin',
    taxCode: '80012345676',
    ipaCode: 'c_x999',
    pec: 'protocollo@pec.comune.valfiorita.example',
    address: 'Piazza del Municipio 1, 00000 Valfiorita',
  },
  {
    id: 'ente-citta-alta',
    name: 'Città di Montealto',
    role: 'operator',
    taxCode: '80023456787',
    ipaCode: 'c_x998',
    pec: 'comune@pec.montealto.example',
    address: 'Via Roma 10, 00001 Montealto',
  },
  {
    id: 'ente-regione',
    name: 'Regione Fittizia',
    role: 'admin',
    taxCode: '80034567898',
    ipaCode: 'r_fitt',
    pec: 'protocollo@pec.regione-fittizia.example',
    address: 'Piazza della Regione 1, 00100 Capoluogo',
  },
  {
    id: 'ente-asl',
    name: 'Azienda Sanitaria Locale Valfiorita Nord',
    role: 'operator',
    parentName: 'Regione Fittizia',
    taxCode: '01234567890',
    ipaCode: 'asl_vfn',
    pec: 'asl@pec.aslvalfiorita.example',
    address: 'Viale della Salute 5, 00002 Valfiorita',
  },
  {
    id: 'partner-tp',
    name: 'Tecnologie Pubbliche S.p.A.',
    role: 'admin',
    taxCode: '09876543210',
    pec: 'amministrazione@pec.tecnologiepubbliche.example',
    address: 'Corso Italia 20, 00003 Valfiorita',
  },
  {
    id: 'ente-unione',
    name: 'Unione dei Comuni della Val Serena',
    role: 'operator',
    taxCode: '90012345678',
    ipaCode: 'u_vserena',
    pending: true,
  },
  {
    id: 'ente-scuola',
    name: 'Istituto Comprensivo «Gianni Rodari»',
    role: 'operator',
    taxCode: '97012345679',
    ipaCode: 'istsc_x1',
    disabled: true,
  },
];

/**
 * 10 000 generated organisations, to try the virtualised, searchable list: real-looking Italian
 * names with accents and apostrophes (search "forli", "cantu", "sant'angelo" or "l’aquila"),
 * long names that wrap, offices under a parent organisation (search "bassa romagna").
 */
function manyParties() {
  const kinds = [
    'Comune di',
    'Istituto Comprensivo di',
    'Unione dei Comuni di',
    'Consorzio di Bonifica di',
    'Azienda Sanitaria Locale di',
    'Istituto Comprensivo Statale «Giovanni XXIII» di',
  ];
  const places = [
    'Forlì',
    'Cantù',
    'Paternò',
    "Sant'Angelo Lodigiano",
    "L'Aquila",
    'Canicattì',
    'Città di Castello',
    'Mondovì',
    'Cefalù',
    'San Giovanni in Persiceto',
    'Reggio nell’Emilia',
    'Castelnuovo di Garfagnana',
    'Montecchio Maggiore',
    "Cava de' Tirreni",
    'Santhià',
    'Monteverde',
  ];
  const offices = ['Polizia Municipale', 'Ufficio Tributi', 'Servizi Demografici'];
  const generated = [];
  for (let i = 0; i < 10_000; i += 1) {
    const place = places[i % places.length];
    const number = Math.floor(i / places.length) + 1;
    const office = i % 11 === 0;
    generated.push({
      id: `gen-${i}`,
      name: office
        ? `${offices[i % offices.length]} ${number}`
        : `${kinds[i % kinds.length]} ${place} ${number}`,
      ...(office ? { parentName: `Unione dei Comuni della Bassa Romagna · ${place}` } : {}),
      role: i % 3 === 0 ? 'admin' : 'operator',
      taxCode: String(80_000_000_000 + i * 7),
      ipaCode: `c_g${i}`,
    });
  }
  return [...parties, ...generated];
}

const partySwitch = document.getElementById('party-switch');
partySwitch.parties = parties;
document.getElementById('many-parties').addEventListener('change', (event) => {
  partySwitch.parties = event.target.checked ? manyParties() : parties;
});

function showParty(party) {
  document.getElementById('org-name').textContent = party.name;
  document.getElementById('org-tax').textContent = party.taxCode ?? '—';
  document.getElementById('org-ipa').textContent = party.ipaCode ?? '—';
  document.getElementById('org-pec').textContent = party.pec ?? '—';
  document.getElementById('org-address').textContent = party.address ?? '—';
}

// ---------------------------------------------------------------------------------------------
// Page texts in Italian, English, German, French and Slovenian
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
    navOrders: 'Area Clienti: ordini',
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
    productsIntro: "I prodotti a cui l'ente ha aderito.",
    availableTitle: 'Prodotti disponibili',
    availableIntro: "I prodotti per cui l'ente non ha ancora fatto richiesta di adesione.",
    manyParties: 'Carica 10 000 enti nel menu degli enti',
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
      ', ',
      { code: 'product-join' },
      ' e ',
      { code: 'party-select' },
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
    joinRequested: 'La pagina host avvia la richiesta di adesione',
    partyChanged: (name) => `La pagina host mostra ${name}`,
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
    navOrders: 'Customer area: orders',
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
    productsIntro: 'The products your organisation has joined.',
    availableTitle: 'Available products',
    availableIntro: 'The products your organisation has not asked to join yet.',
    manyParties: 'Load 10 000 organisations into the organisation menu',
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
      ', ',
      { code: 'product-join' },
      ' and ',
      { code: 'party-select' },
      ' on ',
      { code: 'document' },
      ': this is what it receives, newest first.',
    ],
    preventLabel: ['Handle navigation in the host page (', { code: 'event.preventDefault()' }, ')'],
    logEmpty: 'No events yet: choose “Manage” on a product.',
    navigates: (target) => `The element opens ${target}`,
    prevented: 'Navigation cancelled: the host page handles it',
    joinRequested: 'The host page starts the membership request',
    partyChanged: (name) => `The host page shows ${name}`,
    noTarget: 'No address: the host page decides where to go',
    footer:
      'Comune di Valfiorita is a fictional organisation: codes, addresses and PEC are made up. customer-area-kit — elements for customer areas.',
  },
  de: {
    pageTitle: 'Übersicht · Reservierter Bereich · Comune di Valfiorita',
    skip: 'Zum Hauptinhalt springen',
    demoNote: 'Demo von customer-area-kit · fiktive Körperschaft und Daten',
    language: 'Sprache',
    siteName: 'Reservierter Bereich',
    partyLabel: 'Gewählte Körperschaft:',
    role: 'Administrator',
    navLabel: 'Reservierter Bereich',
    navOverview: 'Übersicht',
    navOrders: 'Kundenbereich: Bestellungen',
    navUsers: 'Benutzer',
    navParties: 'Ihre Körperschaften',
    soon: 'demnächst',
    title: 'Übersicht',
    lead: 'Die Daten Ihrer Körperschaft und die Produkte, denen sie beigetreten ist. Wählen Sie „Verwalten“, um das Portal eines Produkts zu öffnen.',
    dataTitle: 'Daten der Körperschaft',
    legalName: 'Bezeichnung',
    taxCode: 'Steuernummer',
    ipaCode: 'IPA-Code',
    category: 'Art',
    categoryValue: 'Öffentliche Verwaltung · Gemeinde',
    address: 'Rechtssitz',
    productsTitle: 'Aktive Produkte',
    productsIntro: 'Die Produkte, denen die Körperschaft beigetreten ist.',
    availableTitle: 'Verfügbare Produkte',
    availableIntro: 'Die Produkte, für die die Körperschaft noch keinen Beitritt beantragt hat.',
    manyParties: '10 000 Körperschaften in das Körperschaftsmenü laden',
    pagopaText:
      'Zahlungen der Bürgerinnen und Bürger einziehen: Zahlungsaufforderungen, Abgaben, Dienste.',
    pagopaEnvs: 'Test und Produktion',
    sendText: 'Rechtsgültige Zustellungen an Bürger und Unternehmen senden.',
    sendEnvs: 'Nur Produktion',
    ioText: 'Die Dienste der Gemeinde in die App der öffentlichen Dienste bringen.',
    ioEnvs: 'Ein einziges Portal, ohne Umgebungen',
    logTitle: 'Von der Host-Seite empfangene Ereignisse',
    logClear: 'Leeren',
    logIntro: [
      'Die Seite lauscht auf ',
      { code: 'env-select' },
      ', ',
      { code: 'product-join' },
      ' und ',
      { code: 'party-select' },
      ' an ',
      { code: 'document' },
      ': Das empfängt sie, das Neueste zuerst.',
    ],
    preventLabel: [
      'Navigation in der Host-Seite behandeln (',
      { code: 'event.preventDefault()' },
      ')',
    ],
    logEmpty: 'Noch keine Ereignisse: Wählen Sie „Verwalten“ bei einem Produkt.',
    navigates: (target) => `Das Element öffnet ${target}`,
    prevented: 'Navigation abgebrochen: Die Host-Seite übernimmt sie',
    joinRequested: 'Die Host-Seite startet den Beitrittsantrag',
    partyChanged: (name) => `Die Host-Seite zeigt ${name}`,
    noTarget: 'Keine Adresse: Die Host-Seite entscheidet, wohin es geht',
    footer:
      'Comune di Valfiorita ist eine fiktive Körperschaft: Codes, Adressen und PEC sind erfunden. customer-area-kit — Elemente für reservierte Bereiche.',
  },
  fr: {
    pageTitle: 'Aperçu · Espace réservé · Comune di Valfiorita',
    skip: 'Aller au contenu principal',
    demoNote: 'Démo de customer-area-kit · organisme et données fictifs',
    language: 'Langue',
    siteName: 'Espace réservé',
    partyLabel: 'Organisme sélectionné :',
    role: 'Administrateur',
    navLabel: 'Espace réservé',
    navOverview: 'Aperçu',
    navOrders: 'Espace client : commandes',
    navUsers: 'Utilisateurs',
    navParties: 'Vos organismes',
    soon: 'bientôt',
    title: 'Aperçu',
    lead: 'Les données de votre organisme et les produits auxquels il a adhéré. Choisissez « Gérer » pour entrer dans le portail d’un produit.',
    dataTitle: 'Données de l’organisme',
    legalName: 'Raison sociale',
    taxCode: 'Code fiscal',
    ipaCode: 'Code IPA',
    category: 'Type',
    categoryValue: 'Administration publique · Commune',
    address: 'Siège social',
    productsTitle: 'Produits actifs',
    productsIntro: 'Les produits auxquels l’organisme a adhéré.',
    availableTitle: 'Produits disponibles',
    availableIntro: 'Les produits pour lesquels l’organisme n’a pas encore demandé l’adhésion.',
    manyParties: 'Charger 10 000 organismes dans le menu des organismes',
    pagopaText: 'Encaissez les paiements des citoyens : avis, taxes, services.',
    pagopaEnvs: 'Test et Production',
    sendText: 'Envoyez des notifications à valeur légale aux citoyens et aux entreprises.',
    sendEnvs: 'Production uniquement',
    ioText: 'Proposez les services de la commune dans l’application des services publics.',
    ioEnvs: 'Un seul portail, sans environnements',
    logTitle: 'Événements reçus par la page hôte',
    logClear: 'Vider',
    logIntro: [
      'La page écoute ',
      { code: 'env-select' },
      ', ',
      { code: 'product-join' },
      ' et ',
      { code: 'party-select' },
      ' sur ',
      { code: 'document' },
      ' : voici ce qu’elle reçoit, du plus récent au plus ancien.',
    ],
    preventLabel: [
      'Gérer la navigation dans la page hôte (',
      { code: 'event.preventDefault()' },
      ')',
    ],
    logEmpty: 'Aucun événement pour l’instant : choisissez « Gérer » sur un produit.',
    navigates: (target) => `L’élément ouvre ${target}`,
    prevented: 'Navigation annulée : la page hôte s’en charge',
    joinRequested: 'La page hôte lance la demande d’adhésion',
    partyChanged: (name) => `La page hôte affiche ${name}`,
    noTarget: 'Aucune adresse : la page hôte décide où aller',
    footer:
      'La Comune di Valfiorita est un organisme fictif : codes, adresses et PEC sont inventés. customer-area-kit — éléments pour les espaces réservés.',
  },
  sl: {
    pageTitle: 'Pregled · Rezervirano območje · Comune di Valfiorita',
    skip: 'Skoči na glavno vsebino',
    demoNote: 'Predstavitev customer-area-kit · izmišljena organizacija in podatki',
    language: 'Jezik',
    siteName: 'Rezervirano območje',
    partyLabel: 'Izbrana organizacija:',
    role: 'Skrbnik',
    navLabel: 'Rezervirano območje',
    navOverview: 'Pregled',
    navOrders: 'Območje za stranke: naročila',
    navUsers: 'Uporabniki',
    navParties: 'Vaše organizacije',
    soon: 'kmalu',
    title: 'Pregled',
    lead: 'Podatki vaše organizacije in produkti, ki se jim je pridružila. Izberite „Upravljaj“, da vstopite v portal produkta.',
    dataTitle: 'Podatki organizacije',
    legalName: 'Naziv',
    taxCode: 'Davčna številka',
    ipaCode: 'Koda IPA',
    category: 'Vrsta',
    categoryValue: 'Javna uprava · Občina',
    address: 'Sedež',
    productsTitle: 'Aktivni produkti',
    productsIntro: 'Produkti, ki se jim je organizacija pridružila.',
    availableTitle: 'Razpoložljivi produkti',
    availableIntro: 'Produkti, za katere organizacija še ni zaprosila za pridružitev.',
    manyParties: 'Naloži 10 000 organizacij v meni organizacij',
    pagopaText: 'Prejemajte plačila državljanov: obvestila, dajatve, storitve.',
    pagopaEnvs: 'Test in produkcija',
    sendText: 'Pošiljajte pravno veljavna obvestila državljanom in podjetjem.',
    sendEnvs: 'Samo produkcija',
    ioText: 'Prenesite storitve občine v aplikacijo javnih storitev.',
    ioEnvs: 'En sam portal, brez okolij',
    logTitle: 'Dogodki, ki jih je prejela gostiteljska stran',
    logClear: 'Počisti',
    logIntro: [
      'Stran posluša ',
      { code: 'env-select' },
      ', ',
      { code: 'product-join' },
      ' in ',
      { code: 'party-select' },
      ' na ',
      { code: 'document' },
      ': to prejme, najnovejše najprej.',
    ],
    preventLabel: [
      'Navigacijo obravnava gostiteljska stran (',
      { code: 'event.preventDefault()' },
      ')',
    ],
    logEmpty: 'Dogodkov še ni: pri produktu izberite „Upravljaj“.',
    navigates: (target) => `Element odpre ${target}`,
    prevented: 'Navigacija preklicana: obravnava jo gostiteljska stran',
    joinRequested: 'Gostiteljska stran začne zahtevo za pridružitev',
    partyChanged: (name) => `Gostiteljska stran prikaže: ${name}`,
    noTarget: 'Ni naslova: gostiteljska stran odloči, kam naprej',
    footer:
      'Comune di Valfiorita je izmišljena organizacija: kode, naslovi in PEC so izmišljeni. customer-area-kit — elementi za rezervirana območja.',
  },
};

const { t, currentLanguage } = setupLanguage(texts);

// ---------------------------------------------------------------------------------------------
// The event log
// ---------------------------------------------------------------------------------------------

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

function outcomeOf(event) {
  if (event.type === 'product-join') return t('joinRequested');
  if (event.type === 'party-select') return t('partyChanged')(event.detail.party.name);
  const { product, environment } = event.detail;
  const href = environment?.href ?? product?.href;
  if (event.defaultPrevented) return t('prevented');
  if (href) return t('navigates')(shortTarget(href));
  return t('noTarget');
}

const log = createEventLog(currentLanguage);
const addEntry = (event) => log(event, outcomeOf(event));

document.addEventListener('env-select', (event) => {
  if (prevent.checked) event.preventDefault();
  // The header's product menu shows where the user is now.
  productSwitch.currentProductId = event.detail.product.id;
  productSwitch.currentEnvironment = event.detail.environment?.id ?? '';
  // Log once the element has finished handling its own event, so that the entry says whether
  // the element navigated (another listener could still cancel it after this one).
  queueMicrotask(() => addEntry(event));
});

document.addEventListener('product-join', (event) => {
  queueMicrotask(() => addEntry(event));
});

/** The demo's own record of a party (with its PEC and address), by id. */
const partyById = (id) =>
  parties.find((party) => party.id === id) ??
  (partySwitch.parties ?? []).find((party) => party.id === id);

document.addEventListener('party-select', (event) => {
  // The host switches organisation itself: show its data and mark it current.
  showParty(partyById(event.detail.party.id) ?? event.detail.party);
  partySwitch.currentPartyId = event.detail.party.id;
  queueMicrotask(() => addEntry(event));
});
