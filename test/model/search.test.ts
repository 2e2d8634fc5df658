import { expect } from '@open-wc/testing';
import { buildIndex, explainsMatch, fold, queryWords, search } from '../../src/model/search.js';

interface Entry {
  name: string;
  parentName?: string;
  taxCode?: string;
  ipaCode?: string;
}

const entries: Entry[] = [
  { name: 'Comune di Milano', taxCode: '01199250158', ipaCode: 'c_f205' },
  { name: 'Città di Castello', ipaCode: 'c_c745' },
  { name: 'Comune di Forlì' },
  { name: 'ÉCOLE Française' },
  { name: 'Comune di Sant’Angelo Lodigiano' },
  { name: "ASL dell'Aquila", ipaCode: 'asl_c_aq' },
  { name: 'Polizia Municipale', parentName: 'Unione dei Comuni della Bassa Romagna' },
];
const index = buildIndex(entries, (e) => [e.name, e.parentName], [
  (e) => e.taxCode,
  (e) => e.ipaCode,
]);
const names = (found: Int32Array | null) =>
  found ? Array.from(found, (i) => entries[i]!.name) : found;

describe('search', () => {
  it('folds case and diacritics', () => {
    expect(fold('CITTÀ di Forlì')).to.equal('citta di forli');
    expect(fold('Ångström Ñandú')).to.equal('angstrom nandu');
    expect(fold('plain ascii')).to.equal('plain ascii');
  });

  it('folds every apostrophe people type to one, and typographic dashes and quotes', () => {
    for (const apostrophe of ["'", '’', '‘', '`', '´', 'ʼ']) {
      expect(fold(`Sant${apostrophe}Angelo`), apostrophe).to.equal("sant'angelo");
    }
    expect(fold('Forlì–Cesena «Aurelio»')).to.equal('forli-cesena "aurelio"');
  });

  it('splits a query into folded words', () => {
    expect(queryWords('  Comune   MILANO ')).to.deep.equal(['comune', 'milano']);
    expect(queryWords('   ')).to.deep.equal([]);
  });

  it('returns null for a blank query (everything matches)', () => {
    expect(search(index, '')).to.equal(null);
    expect(search(index, '  ')).to.equal(null);
  });

  it('finds accent- and case-insensitively, in order', () => {
    expect(names(search(index, 'citta'))).to.deep.equal(['Città di Castello']);
    expect(names(search(index, 'CITTÀ'))).to.deep.equal(['Città di Castello']);
    expect(names(search(index, 'forli'))).to.deep.equal(['Comune di Forlì']);
    expect(names(search(index, 'ecole'))).to.deep.equal(['ÉCOLE Française']);
    expect(names(search(index, 'comune'))).to.deep.equal([
      'Comune di Milano',
      'Comune di Forlì',
      'Comune di Sant’Angelo Lodigiano',
    ]);
  });

  it("finds Sant'Angelo and dell’Aquila whatever apostrophe is typed", () => {
    expect(names(search(index, "sant'angelo"))).to.deep.equal(['Comune di Sant’Angelo Lodigiano']);
    expect(names(search(index, 'SANT`ANGELO'))).to.deep.equal(['Comune di Sant’Angelo Lodigiano']);
    expect(names(search(index, 'dell’aquila'))).to.deep.equal(["ASL dell'Aquila"]);
    expect(names(search(index, 'dell´aquila'))).to.deep.equal(["ASL dell'Aquila"]);
  });

  it('finds by parent organisation, words in any order', () => {
    expect(names(search(index, 'bassa romagna'))).to.deep.equal(['Polizia Municipale']);
    expect(names(search(index, 'romagna polizia'))).to.deep.equal(['Polizia Municipale']);
    expect(names(search(index, 'milano comune'))).to.deep.equal(['Comune di Milano']);
  });

  it('tells when a code explains a match that the shown text does not', () => {
    const words = queryWords('monteverde 12');
    expect({
      'c_m129, shown Monteverde 13': explainsMatch(words, 'c_m129', ['Comune di Monteverde 13']),
      'c_m128, shown Monteverde 12': explainsMatch(words, 'c_m128', ['Comune di Monteverde 12']),
      'no words': explainsMatch([], 'c_m129', ['Comune di Monteverde 13']),
      'no code': explainsMatch(words, undefined, ['Comune di Monteverde 13']),
    }).to.deep.equal({
      'c_m129, shown Monteverde 13': true,
      'c_m128, shown Monteverde 12': false,
      'no words': false,
      'no code': false,
    });
  });

  it('looks in codes for words with a digit or an underscore, in names for the others', () => {
    expect(names(search(index, 'f205'))).to.deep.equal(['Comune di Milano']);
    expect(names(search(index, 'c_'))).to.deep.equal([
      'Comune di Milano',
      'Città di Castello',
      "ASL dell'Aquila",
    ]);
    expect(names(search(index, 'castello 745'))).to.deep.equal(['Città di Castello']);
  });

  it('finds the same when it narrows the previous search of a shorter query', () => {
    const pairs = [
      ['c', 'co'],
      ['com', 'comune m'],
      ['comune', 'milano comune'],
      ['c', 'c_'],
      ['0', '01'],
      ['milano', 'mi'],
    ];
    for (const [shorter, longer] of pairs) {
      const previous = { query: shorter!, found: search(index, shorter!) };
      expect(names(search(index, longer!, previous)), `${shorter} → ${longer}`).to.deep.equal(
        names(search(index, longer!)),
      );
    }
  });

  it('finds by tax code and IPA code', () => {
    expect(names(search(index, '01199250158'))).to.deep.equal(['Comune di Milano']);
    expect(names(search(index, 'C_C745'))).to.deep.equal(['Città di Castello']);
  });

  it('needs every word, and no match spans two fields', () => {
    expect(names(search(index, 'comune milano'))).to.deep.equal(['Comune di Milano']);
    expect(names(search(index, 'milano 0119'))).to.deep.equal(['Comune di Milano']);
    expect(names(search(index, 'milano01199250158'))).to.deep.equal([]);
    expect(names(search(index, 'torino'))).to.deep.equal([]);
  });

  // Speed is measured by `npm run bench`, not here: this checks the result over 100 000 entries.
  it('finds, in order, every one of 100 000 entries that matches all the words', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ name: `Comune numero ${i}` }));
    const big = buildIndex(many, (e) => [e.name]);
    const found = search(big, 'numero 1234');
    expect(found?.length).to.equal(many.filter((e) => e.name.includes('1234')).length);
    expect(found?.[0]).to.equal(1234);
    const unordered = found?.findIndex((index, i) => i > 0 && index <= found[i - 1]!);
    expect(unordered, 'the first entry out of order').to.equal(-1);
  });
});
