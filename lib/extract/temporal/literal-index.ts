import { escapeRegex } from './regex-parts';

/**
 * Which of many short strings occur in a text, found in one scan instead of one `includes` per
 * string (a language's rules require a few hundred strings: month forms, unit words, numbers).
 *
 * One regex holds every string of three or more characters, longest first, and is run from every
 * position where one of them starts: at each such position it reports the longest string there, and
 * every string that is a prefix of that one starts there too. Strings are found at every position
 * where they start, so none is missed; shorter strings («1», «до») are few and looked up directly.
 */
export interface LiteralIndex {
  pattern: RegExp;
  /** For each string of the pattern, the strings (itself included) that are its prefixes. */
  prefixes: ReadonlyMap<string, readonly string[]>;
  short: readonly string[];
}

/** Strings shorter than this occur too often for the scan to pay off; they are looked up one by one. */
const SCANNED_LENGTH = 3;

export function buildLiteralIndex(literals: Iterable<string>): LiteralIndex {
  const unique = [...new Set(literals)];
  const scanned = unique.filter((literal) => literal.length >= SCANNED_LENGTH).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const prefixes = new Map(scanned.map((literal) => [literal, scanned.filter((other) => literal.startsWith(other))] as const));
  // An empty alternation would match everywhere; a pattern that never matches stands in for it.
  const source = scanned.length > 0 ? scanned.map(escapeRegex).join('|') : '(?!)';
  return {
    pattern: new RegExp(source, 'gu'),
    prefixes,
    short: unique.filter((literal) => literal.length < SCANNED_LENGTH),
  };
}

/** The strings of the index that occur in `lowerText`. */
export function presentLiterals({ pattern, prefixes, short }: LiteralIndex, lowerText: string): Set<string> {
  const present = new Set<string>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lowerText); match; match = pattern.exec(lowerText)) {
    for (const literal of prefixes.get(match[0]) ?? []) present.add(literal);
    pattern.lastIndex = match.index + 1;
  }
  for (const literal of short) if (lowerText.includes(literal)) present.add(literal);
  return present;
}
