import { normalizeForMatch, tokenize } from '../tokenize';

/**
 * The search box's syntax, parsed by us (the index never sees the user's text):
 *
 *   word          an inflection of the word (Алматыдан finds Алматыға and Almaty)
 *   "two words"   the words in this order, each in any inflection (an open quote runs to the end)
 *   word*         words starting with it (at least three letters)
 *   a OR b        either (OR in capitals; binds the terms beside it)
 *   -word, -"…"   none of the results holds it (also NOT word)
 *   AND           allowed, changes nothing: terms are all required anyway
 *
 * Anything else (parentheses, NEAR, ^, column names with a colon, +, quotes of other kinds) is
 * text: its words are searched for, its punctuation dropped. Parsing never fails.
 */

export type QueryTerm =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'phrase'; words: string[] };

export interface ParsedQuery {
  /** Every group must match; a group matches when one of its terms does. */
  groups: QueryTerm[][];
  /** No result may match any of these. */
  excluded: QueryTerm[];
}

export const QUERY_LIMITS = {
  groups: 8,
  alternatives: 4,
  excluded: 4,
  phraseWords: 8,
  /** A word alone is searched for from two letters on (a phrase keeps its one-letter words). */
  minWordLength: 2,
  /** The index has no prefix index: a prefix reads every term it begins, too many below three letters. */
  minPrefixLength: 3,
} as const;

type Item = { term: QueryTerm; negated: boolean } | 'OR';

export function parseQuery(input: string): ParsedQuery {
  return groupItems(lexItems(input));
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.groups.length === 0 && query.excluded.length === 0;
}

function lexItems(input: string): Item[] {
  const items: Item[] = [];
  let negateNext = false;
  let i = 0;
  const push = (term: QueryTerm | null) => {
    if (term) items.push({ term, negated: negateNext });
    negateNext = false;
  };
  while (i < input.length) {
    const char = input.charAt(i);
    if (/\s/u.test(char)) {
      i += 1;
      continue;
    }
    if (char === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      push(phraseTerm(input.slice(i + 1, end)));
      i = end + 1;
      continue;
    }
    if (char === '-' && i + 1 < input.length && !/[\s-]/u.test(input.charAt(i + 1))) {
      negateNext = true;
      i += 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/u.test(input.charAt(end)) && input.charAt(end) !== '"') end += 1;
    const chunk = input.slice(i, end);
    i = end;
    if (chunk === 'OR') {
      items.push('OR');
      negateNext = false;
    } else if (chunk === 'NOT') {
      negateNext = true;
    } else if (chunk !== 'AND') {
      // Punctuation inside a chunk (title:Almaty, a+b) separates words that are each required (or each excluded).
      for (const term of chunkTerms(chunk)) items.push({ term, negated: negateNext });
      negateNext = false;
    }
  }
  return items;
}

/** The words of a chunk without spaces; a trailing * makes the last word a prefix. */
function chunkTerms(chunk: string): QueryTerm[] {
  const tokens = tokenize(chunk);
  const terms: QueryTerm[] = [];
  tokens.forEach((token, index) => {
    const word = normalizeForMatch(token.text);
    const isLast = index === tokens.length - 1;
    if (isLast && chunk.charAt(token.end) === '*') {
      if (word.length >= QUERY_LIMITS.minPrefixLength) terms.push({ kind: 'prefix', prefix: word });
    } else if (word.length >= QUERY_LIMITS.minWordLength) {
      terms.push({ kind: 'word', word });
    }
  });
  return terms;
}

function phraseTerm(text: string): QueryTerm | null {
  const words = tokenize(text)
    .map((token) => normalizeForMatch(token.text))
    .slice(0, QUERY_LIMITS.phraseWords);
  if (words.length === 0) return null;
  if (words.length === 1) {
    const [word] = words as [string];
    return word.length >= QUERY_LIMITS.minWordLength ? { kind: 'word', word } : null;
  }
  return { kind: 'phrase', words };
}

/** OR joins the terms on either side into one group; a negated term never joins one. */
function groupItems(items: readonly Item[]): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let joinNext = false;
  let afterRequiredTerm = false;
  for (const item of items) {
    if (item === 'OR') {
      joinNext = afterRequiredTerm;
      continue;
    }
    afterRequiredTerm = !item.negated;
    if (item.negated) {
      if (excluded.length < QUERY_LIMITS.excluded && !excluded.some((term) => sameTerm(term, item.term))) excluded.push(item.term);
      joinNext = false;
      continue;
    }
    const last = groups.at(-1);
    if (joinNext && last) {
      if (last.length < QUERY_LIMITS.alternatives && !last.some((term) => sameTerm(term, item.term))) last.push(item.term);
    } else if (groups.length < QUERY_LIMITS.groups && !groups.some((group) => group.length === 1 && sameTerm(group[0]!, item.term))) {
      groups.push([item.term]);
    }
    joinNext = false;
  }
  return { groups, excluded };
}

function sameTerm(a: QueryTerm, b: QueryTerm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
