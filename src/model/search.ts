/**
 * Accent- and case-insensitive search over many entries. The haystacks are folded once, when
 * the entries change; a query is then one `includes` per entry and word.
 */

const MARKS = /\p{M}/gu;
// Fast path: text that is plain ASCII has no diacritics to strip.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics: "CITTÀ" → "citta". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** What a search looks in: one folded string per entry, fields separated so no match spans two. */
export interface SearchIndex {
  readonly haystacks: readonly string[];
}

/** Builds the index from the searchable fields of each entry (undefined fields are skipped). */
export function buildIndex<T>(
  entries: readonly T[],
  fields: (entry: T) => ReadonlyArray<string | undefined>,
): SearchIndex {
  const haystacks = new Array<string>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    let text = '';
    for (const value of fields(entries[i] as T)) if (value) text += `${value}\u0000`;
    haystacks[i] = fold(text);
  }
  return { haystacks };
}

/** The words of a query, folded; an empty array for a blank query. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * The indices of the entries whose haystack contains every word of `query`, in index order;
 * `null` for a blank query (everything matches).
 */
export function search(index: SearchIndex, query: string): number[] | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const { haystacks } = index;
  const found: number[] = [];
  if (words.length === 1) {
    const word = words[0] as string;
    for (let i = 0; i < haystacks.length; i++) {
      if ((haystacks[i] as string).includes(word)) found.push(i);
    }
    return found;
  }
  outer: for (let i = 0; i < haystacks.length; i++) {
    const haystack = haystacks[i] as string;
    for (const word of words) if (!haystack.includes(word)) continue outer;
    found.push(i);
  }
  return found;
}
