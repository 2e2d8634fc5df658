/**
 * Every language's catalogues against Italian's, the reference: the same elements, the same keys,
 * the same parameters, no empty text, and nothing left in Italian.
 */
import { expect } from '@open-wc/testing';
import * as de from '../../src/translations/de.js';
import * as en from '../../src/translations/en.js';
import * as fr from '../../src/translations/fr.js';
import * as italianCatalogues from '../../src/translations/it.js';
import * as sl from '../../src/translations/sl.js';

type Term = string | ((...args: string[]) => string);
type Catalogues = Record<string, Record<string, Term>>;

const reference = italianCatalogues as unknown as Catalogues;
const languages = { en, de, fr, sl } as unknown as Record<string, Catalogues>;

/** Glue read around a visible badge: empty where the language needs nothing there. */
const MAY_BE_EMPTY = new Set(['productSwitchBeforeBadge', 'productSwitchAfterBadge']);

/** What a text may share with Italian: product and brand names, codes, acronyms. */
const SAME_IN_EVERY_LANGUAGE = [
  'PayPal',
  'PEC',
  'SPID',
  'IPA',
  'JSON',
  'Firma Digitale',
  'Marca Temporale',
  'Content Security Policy',
  'paypal-client-id',
  'paypal-environment',
  'http',
  'https',
];

/** Italian words that have no business in a German, French or Slovenian text. */
const ITALIAN_WORDS = [
  'account',
  'automatico',
  'annulla',
  'caricamento',
  'chiudi',
  'collaudo',
  'della',
  'dell',
  'degli',
  'delle',
  'ente',
  'enti',
  'gestisci',
  'già',
  'importo',
  'indietro',
  'nuovo',
  'ordine',
  'paga',
  'pagamento',
  'produzione',
  'prosegui',
  'rinnovo',
  'riprova',
  'scegli',
  'è',
];
const italianWord = new RegExp(`(?<!\\p{L})(${ITALIAN_WORDS.join('|')})(?!\\p{L})`, 'iu');

/** Distinct placeholder arguments, so that each one can be found in the text. */
const argumentsFor = (term: (...args: string[]) => string) =>
  Array.from({ length: term.length }, (_, index) => `⟨${index}⟩`);

/** The text of a term, a function called with placeholders. */
const textOf = (term: Term) => (typeof term === 'string' ? term : term(...argumentsFor(term)));

/** What is left of a text once the shared names and placeholders are taken out. */
const ownWords = (text: string) =>
  SAME_IN_EVERY_LANGUAGE.reduce((rest, name) => rest.replaceAll(name, ''), text)
    .replace(/⟨\d+⟩/g, '')
    .replace(/[^\p{L}]/gu, '');

describe('translations: catalogues', () => {
  for (const [language, catalogues] of Object.entries(languages)) {
    describe(language, () => {
      it('has a catalogue for each element of Italian, and no other', () => {
        expect(Object.keys(catalogues).sort()).to.deep.equal(Object.keys(reference).sort());
      });

      for (const [element, italian] of Object.entries(reference)) {
        const catalogue = catalogues[element] ?? {};

        it(`${element}: has every key of Italian, and no other`, () => {
          expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(italian).sort());
        });

        it(`${element}: takes the parameters Italian takes and shows the ones it shows`, () => {
          for (const [key, italianTerm] of Object.entries(italian)) {
            const term = catalogue[key];
            if (term === undefined) continue;
            expect(typeof term, key).to.equal(typeof italianTerm);
            if (typeof term !== 'function' || typeof italianTerm !== 'function') continue;
            expect(term.length, `${key}: parameters`).to.equal(italianTerm.length);
            const shown = textOf(italianTerm).match(/⟨\d+⟩/g) ?? [];
            for (const placeholder of shown) expect(textOf(term), key).to.include(placeholder);
          }
        });

        it(`${element}: has no empty text`, () => {
          for (const [key, term] of Object.entries(catalogue)) {
            if (MAY_BE_EMPTY.has(key)) continue;
            expect(textOf(term).trim(), key).not.to.equal('');
          }
        });

        if (language === 'en') continue;

        it(`${element}: leaves nothing in Italian`, () => {
          for (const [key, term] of Object.entries(catalogue)) {
            const text = textOf(term);
            const italianText = italian[key] === undefined ? '' : textOf(italian[key]);
            if (ownWords(italianText) !== '') {
              expect(text, `${key} is the Italian text`).not.to.equal(italianText);
            }
            expect(text, `${key} has an Italian word`).not.to.match(italianWord);
          }
        });
      }

      it('says how many organisations were found in each plural form of the language', () => {
        const rules = new Intl.PluralRules(language);
        const byForm = new Map<string, Set<string>>();
        for (const count of [0, 1, 2, 3, 4, 5, 11, 21, 101, 102, 103, 1000000]) {
          const form = rules.select(count);
          const results = catalogues.partySwitch?.partyResults as (
            count: string,
            form: string,
          ) => string;
          const text = results(String(count), form);
          expect(text).to.include(String(count));
          byForm.set(form, (byForm.get(form) ?? new Set()).add(text.replace(String(count), '#')));
        }
        // One wording per form, a different one for each form; French's "many" (a million and
        // up) reads like its "other".
        const wordings = [...byForm.entries()]
          .filter(([form]) => !(language === 'fr' && form === 'many'))
          .map(([form, texts]) => {
            expect([...texts], form).to.have.lengthOf(1);
            return [...texts][0];
          });
        expect(new Set(wordings).size, wordings.join(' | ')).to.equal(wordings.length);
      });
    });
  }

  it('agrees a Slovenian count with one, two, a few and more organisations', () => {
    const rules = new Intl.PluralRules('sl');
    const found = (count: number) =>
      sl.partySwitch.partyResults(String(count), rules.select(count));
    expect([1, 2, 3, 4, 5, 101, 102, 103].map(found)).to.deep.equal([
      '1 najdena organizacija',
      '2 najdeni organizaciji',
      '3 najdene organizacije',
      '4 najdene organizacije',
      '5 najdenih organizacij',
      '101 najdena organizacija',
      '102 najdeni organizaciji',
      '103 najdene organizacije',
    ]);
  });
});
