#!/usr/bin/env node
// `npm run size`: the CDN's page budgets, measured on dist/cdn (`npm run build` makes it).
//
// A page's figure is what its browser downloads from the CDN: the files the page names, every
// chunk they import (static imports: what loads before anyone clicks; dynamic imports only where
// the page's figure says so), each file once, each gzip-compressed on its own (level 9; a
// server compresses each response apart). 1 kB = 1000 bytes.
// It also checks that Lit and the kit's base are in one file of the CDN, whatever page loads it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const CDN = new URL('../dist/cdn/', import.meta.url);

/**
 * The budgets of issue 10. `limit` is what fails `npm test`; where the issue's `target` could not
 * be met with shared chunks, `limit` is the measured figure rounded up and `target` stays as the
 * goal (README, "Budgets", says why and what would reach it).
 */
const PAGES = [
  {
    // The environment dialog loads on the first Gestisci (chunks/env-dialog.js), not counted.
    name: 'A page using only <env-picker> (env-picker.js)',
    files: ['env-picker.js'],
    limit: 10_850,
    target: 10_000,
  },
  {
    name: '  the same through the autoloader',
    files: ['autoloader.js', 'env-picker.js'],
  },
  {
    name: 'Area Riservata before the organisation panel opens (product-card ×12, product-switch, party-switch)',
    files: ['product-card.js', 'product-switch.js', 'party-switch.js'],
    limit: 20_550,
    target: 20_000,
  },
  {
    name: '  the same through the autoloader',
    files: ['autoloader.js', 'product-card.js', 'product-switch.js', 'party-switch.js'],
  },
  {
    name: 'Area Clienti before any Paga (order-pay-button ×50)',
    files: ['order-pay-button.js'],
    limit: 26_000,
  },
  {
    // Issue 13: the dialog, request and attempt code order-pay-button now shares with the renewal
    // and account elements is a chunk of its own (one more file to compress on its own).
    name: '  the same through the autoloader',
    files: ['autoloader.js', 'order-pay-button.js'],
    limit: 26_500,
  },
  {
    // Issue 13, measured and rounded up: the dialogs (and <paypal-account-select>) load with the
    // page; loading them on the first Disattiva / Attiva / Rimuovi, as Paga's steps are, is the
    // way to a smaller figure.
    name: 'Servizi: <auto-renewal-control> per service and <paypal-accounts>, before any click',
    files: ['auto-renewal-control.js', 'paypal-accounts.js'],
    limit: 38_000,
  },
  {
    name: '  the same through the autoloader',
    files: ['autoloader.js', 'auto-renewal-control.js', 'paypal-accounts.js'],
    limit: 38_500,
  },
  {
    name: 'Area Clienti with Paga and Servizi (order-pay-button, auto-renewal-control, paypal-accounts)',
    files: ['order-pay-button.js', 'auto-renewal-control.js', 'paypal-accounts.js'],
    limit: 49_500,
  },
  {
    name: 'The PayPal simulator for demos and tests (testing.js)',
    files: ['testing.js'],
    limit: 7_000,
  },
];

/** Text that only Lit's and the kit's base modules contain: each must be in exactly one file. */
const ONCE = {
  'lit-html': 'litHtmlVersions',
  '@lit/reactive-element': 'reactiveElementVersions',
  'lit-element': 'litElementVersions',
  "the kit's base (KitElement)": 'is taken by',
};

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

await init;
const sources = new Map();
const source = (file) => {
  if (!sources.has(file)) sources.set(file, readFileSync(new URL(file, CDN), 'utf8'));
  return sources.get(file);
};
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The files `file` imports, as paths under dist/cdn: `static` and `dynamic` (literal ones). */
function importsOf(file) {
  const [imports] = parse(source(file), file);
  const resolve = (specifier) => new URL(specifier, new URL(file, CDN)).href.slice(CDN.href.length);
  const found = { static: [], dynamic: [] };
  for (const entry of imports) {
    if (!entry.n?.startsWith('.')) continue; // a computed specifier: the autoloader's ./<tag>.js
    (entry.d === -1 ? found.static : found.dynamic).push(resolve(entry.n));
  }
  return found;
}

/** A chunk of strings in a language other than Italian (`chunks/de-env-picker.js`): its language. */
const languageOf = (file) => /^chunks\/(en|de|fr|sl)-/.exec(file)?.[1];

/**
 * `files` and everything they import, each once (dynamic imports too with `dynamic`, but not the
 * strings of other languages than Italian, which only a page in that language loads).
 */
function closure(files, { dynamic = false } = {}) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const found = importsOf(file);
    const later = dynamic ? found.dynamic.filter((next) => !languageOf(next)) : [];
    for (const next of [...found.static, ...later]) visit(next);
  };
  files.forEach(visit);
  return [...seen];
}

let failures = 0;
const integrity = JSON.parse(readFileSync(new URL('integrity.json', CDN), 'utf8'));
const all = Object.keys(integrity);

console.log('Per file (gzip):');
for (const file of all) console.log(`  ${file.padEnd(36)} ${kB(gzip(source(file))).padStart(9)}`);

console.log('\nPages (each file gzip-compressed on its own, summed):');
for (const page of PAGES) {
  const files = closure(page.files);
  const bytes = files.reduce((sum, file) => sum + gzip(source(file)), 0);
  const over = page.limit !== undefined && bytes > page.limit;
  if (over) failures += 1;
  const budget =
    page.limit === undefined
      ? ''
      : `limit ${kB(page.limit)}${page.target ? ` (issue's target ${kB(page.target)}${bytes <= page.target ? ', met' : ', not met'})` : ''}`;
  console.log(
    `${over ? '✗' : ' '} ${page.name}\n    ${kB(bytes).padStart(9)}  ${files.length} files  ${budget}`,
  );
  // What showing the page in another language adds: the strings its elements load on demand.
  const byLanguage = new Map();
  for (const file of files)
    for (const next of importsOf(file).dynamic)
      if (languageOf(next))
        byLanguage.set(languageOf(next), [...(byLanguage.get(languageOf(next)) ?? []), next]);
  const extra = [...byLanguage].map(([language, chunks]) => {
    const loaded = closure(chunks).filter((file) => !files.includes(file));
    return `${language} +${kB(loaded.reduce((sum, file) => sum + gzip(source(file)), 0))} (${loaded.length})`;
  });
  if (extra.length) console.log(`    in another language, loaded on demand: ${extra.join(', ')}`);
}

// The whole kit: every element and every part loaded later, but not the simulator.
const kit = closure(['customer-area-kit.js', 'autoloader.js'], { dynamic: true });
const kitBytes = kit.reduce((sum, file) => sum + gzip(source(file)), 0);
const kitCode = gzip(kit.map(source).join('\n'));
// Issue 13 added <auto-renewal-control> and <paypal-accounts> (and PayPal's save session): the
// whole kit grew to the limit below. Issue 10's target is for its seven elements (below).
const KIT_LIMIT = 65_500;
const KIT_TARGET = 46_500;
// The issue's target itself, met since chunk names dropped their content hash and the catalogues
// their named exports (README, "Budgets"): any growth fails.
const SEVEN_LIMIT = KIT_TARGET;
if (kitCode > KIT_LIMIT) failures += 1;
console.log(
  `${kitCode > KIT_LIMIT ? '✗' : ' '} The whole kit, all chunks together (${kit.length} files, as one gzip stream)\n` +
    `    ${kB(kitCode).padStart(9)}  limit ${kB(KIT_LIMIT)}\n` +
    `    ${kB(kitBytes).padStart(9)}  transferred by a page that loads them all (each file on its own)`,
);

// Issue 10's target is for its seven elements (the two of issue 13 came later).
const SEVEN = [
  'env-picker',
  'product-card',
  'product-switch',
  'party-switch',
  'paypal-account-select',
  'order-summary',
  'order-pay-button',
];
const seven = closure(
  SEVEN.map((tag) => `${tag}.js`),
  { dynamic: true },
);
const sevenCode = gzip(seven.map(source).join('\n'));
if (sevenCode > SEVEN_LIMIT) failures += 1;
console.log(
  `${sevenCode > SEVEN_LIMIT ? '✗' : ' '} Issue 10's seven elements, all their chunks together (${seven.length} files, as one gzip stream)\n` +
    `    ${kB(sevenCode).padStart(9)}  limit ${kB(SEVEN_LIMIT)} (issue's target ${kB(KIT_TARGET)}${sevenCode <= KIT_TARGET ? ', met' : ', not met'})`,
);
for (const language of ['en', 'de', 'fr', 'sl']) {
  const chunks = all.filter((file) => languageOf(file) === language);
  console.log(
    `  Every element's strings in ${language}: ${kB(gzip(chunks.map(source).join('\n')))} (${chunks.length} files, as one gzip stream)`,
  );
}

console.log('\nLoaded once, whatever files a page uses:');
for (const [what, marker] of Object.entries(ONCE)) {
  const holders = all.filter((file) => source(file).includes(marker));
  const ok = holders.length === 1;
  if (!ok) failures += 1;
  console.log(`${ok ? ' ' : '✗'} ${what}: ${holders.join(', ') || 'in no file'}`);
}

if (failures) {
  console.error(`\n${failures} size check(s) failed.`);
  process.exitCode = 1;
}
