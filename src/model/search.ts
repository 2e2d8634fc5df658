/**
 * Accent-, case- and apostrophe-insensitive search over many entries. The entries are folded
 * once, when they change, into one string; a query word is then one native `indexOf` scan of
 * that string, whatever the number of entries.
 */

const MARKS = /\p{M}/gu;
// Fast path: text that is plain ASCII has no diacritics or typographic punctuation to fold.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
/**
 * Apostrophes as phones, word processors and keyboards type them (’ ‘ ` ´ ʼ ′), dashes and
 * quotes: folded to their ASCII form, so "dell’aquila" finds "Dell'Aquila". Folding them also
 * keeps the index a one-byte string (half the memory) for Italian names.
 */
const PUNCTUATION =
  /[\u2018\u2019\u201a\u201b\u0060\u00b4\u02bc\u2032]|[\u2010-\u2015]|[\u201c\u201d\u201e\u00ab\u00bb]|\u00a0/g;
const PLAIN: Record<string, string> = { '\u00ab': '"', '\u00bb': '"', '\u00a0': ' ' };

function plain(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x2010 && code <= 0x2015) return '-';
  if (code >= 0x201c && code <= 0x201e) return '"';
  return PLAIN[char] ?? "'";
}

/** Lower case, without diacritics, with one apostrophe: "L’AQUILA, CITTÀ" → "l'aquila, citta". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return ASCII.test(lower)
    ? lower.replace(/`/g, "'")
    : lower.normalize('NFD').replace(MARKS, '').replace(PUNCTUATION, plain);
}

/**
 * What a search looks in: the folded fields of every entry in one string, each field closed by
 * U+0000 (so that no match spans two fields or two entries), and where each entry starts.
 */
export interface SearchIndex {
  readonly text: string;
  /** `starts[i]` is where entry `i` begins in `text`; `starts[length]` is `text.length`. */
  readonly starts: Int32Array;
}

/** Builds the index from the searchable fields of each entry (undefined fields are skipped). */
export function buildIndex<T>(
  entries: readonly T[],
  fields: (entry: T) => ReadonlyArray<string | undefined>,
): SearchIndex {
  const pieces = new Array<string>(entries.length);
  const starts = new Int32Array(entries.length + 1);
  let offset = 0;
  for (let i = 0; i < entries.length; i++) {
    let text = '';
    for (const value of fields(entries[i] as T)) if (value) text += `${value}\u0000`;
    const folded = fold(text);
    pieces[i] = folded;
    starts[i] = offset;
    offset += folded.length;
  }
  starts[entries.length] = offset;
  // One flat string: 100 000 entries cost their characters, not 100 000 string headers.
  return { text: pieces.join(''), starts };
}

/** The words of a query, folded; an empty array for a blank query. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Calls `hit` with each entry whose text contains `word`, once, in index order. */
function scan(index: SearchIndex, word: string, hit: (entry: number) => void): void {
  const { text, starts } = index;
  let entry = 0;
  let at = text.indexOf(word);
  while (at !== -1) {
    while ((starts[entry + 1] as number) <= at) entry++;
    hit(entry);
    // One hit per entry is enough: go on from the next entry.
    at = text.indexOf(word, starts[entry + 1]);
  }
}

/**
 * The indices of the entries whose text contains every word of `query` (in any order), in
 * index order; `null` for a blank query (everything matches). A typed array: a search that
 * finds 75 000 of 100 000 entries allocates one block of 300 KB, and nothing for the garbage
 * collector to trace.
 */
export function search(index: SearchIndex, query: string): Int32Array | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  // The longest word first: usually the fewest hits.
  words.sort((a, b) => b.length - a.length);
  const entries = index.starts.length - 1;
  const hits = new Int32Array(entries);
  let count = 0;
  scan(index, words[0] as string, (entry) => (hits[count++] = entry));
  for (let w = 1; w < words.length && count > 0; w++) {
    // Each further word is one scan of the whole text too (native, fast), then a filter.
    const marked = new Uint8Array(entries);
    scan(index, words[w] as string, (entry) => (marked[entry] = 1));
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const entry = hits[i] as number;
      if (marked[entry] === 1) hits[kept++] = entry;
    }
    count = kept;
  }
  return hits.slice(0, count);
}

/**
 * Whether `field` explains part of a match that the `shown` fields do not: it contains a word
 * of the query that none of them contains. A row shows such a field (a tax or IPA code), so
 * that a person sees why it was found.
 */
export function explainsMatch(
  words: readonly string[],
  field: string | undefined,
  shown: ReadonlyArray<string | undefined>,
): boolean {
  if (!field || words.length === 0) return false;
  const folded = fold(field);
  const visible = fold(shown.filter(Boolean).join('\u0000'));
  return words.some((word) => folded.includes(word) && !visible.includes(word));
}
