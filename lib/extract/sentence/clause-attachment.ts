import { firstIndex } from '../first-index';
import type { Token } from '../tokenize';
import type { Language } from '../types';
import { compilePhrases, findPhrases, splitPhrase, type PhraseTable } from './phrase-matcher';

/**
 * Which words belong together inside a sentence. A date, a tense marker or a place attaches to the
 * trigger it shares a clause with and sits nearest to, on the side the language puts it.
 *
 * Clause breaks: «;», «:» (not inside a time like 10:00), a comma right after a finite verb
 * («кездесу өтті, …», "met on Monday, …") or right before a coordinating conjunction (", and
 * proposed …", «, и …»), and clause-opening words («сондай-ақ», «а также», "as well as").
 * Other commas are weak breaks: in Russian and English they usually part clauses; in Kazakh they
 * mostly separate list items inside one noun phrase («сауда-экономикалық, инвестициялық …
 * салалардағы жоспары»), so they do not count there.
 */

export interface ClauseBreak {
  at: number;
  strong: boolean;
}

/** Where a candidate is expected relative to its anchor. */
export type PreferredSide = 'before' | 'after' | 'either';

export interface AttachmentRules {
  /** Whether plain commas separate clauses. */
  commasSplitClauses: boolean;
  /** Where a date usually stands relative to the event word it dates. */
  temporalSide: PreferredSide;
  /** Where the verb that gives an event word its tense usually stands. */
  tenseMarkerSide: PreferredSide;
}

/**
 * Kazakh is head-final: modifiers precede the noun («2026 - 2028 жылдарға арналған … жоспары»,
 * «15 наурызда … референдум») and the finite verb closes the clause («кездесу өтті»).
 */
export const ATTACHMENT_RULES: Readonly<Record<Language, AttachmentRules>> = {
  kk: { commasSplitClauses: false, temporalSide: 'before', tenseMarkerSide: 'after' },
  ru: { commasSplitClauses: true, temporalSide: 'either', tenseMarkerSide: 'either' },
  en: { commasSplitClauses: true, temporalSide: 'either', tenseMarkerSide: 'either' },
};

export interface AttachmentOptions {
  countWeakBreaks: boolean;
  preferredSide: PreferredSide;
}

/** How dates or tense markers attach to event words in a language. */
export function attachmentOptions(language: Language, candidate: 'temporal' | 'tenseMarker'): AttachmentOptions {
  const rules = ATTACHMENT_RULES[language];
  return {
    countWeakBreaks: rules.commasSplitClauses,
    preferredSide: candidate === 'temporal' ? rules.temporalSide : rules.tenseMarkerSide,
  };
}

const CLAUSE_OPENING_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['сондай-ақ', 'сонымен қатар', 'сонымен бірге', 'ал', 'алайда', 'бірақ', 'дегенмен'],
  ru: ['а также', 'также', 'кроме того', 'однако', 'но', 'а', 'тогда как', 'при этом'],
  en: ['as well as', 'while', 'whereas', 'but', 'also', 'meanwhile', 'however'],
};

/** Conjunctions that open a new clause when a comma comes right before them. */
const CONJUNCTIONS_AFTER_COMMA: Readonly<Record<Language, readonly string[]>> = {
  kk: ['әрі', 'және'],
  ru: ['и'],
  en: ['and', 'so'],
};

const CLAUSE_OPENERS: Readonly<Record<Language, PhraseTable<true>>> = {
  kk: compileOpeners('kk'),
  ru: compileOpeners('ru'),
  en: compileOpeners('en'),
};

function compileOpeners(language: Language): PhraseTable<true> {
  return compilePhrases(CLAUSE_OPENING_WORDS[language].map((phrase) => ({ words: splitPhrase(phrase), value: true as const })));
}

const CLOSING_MARKS = /[\s»"”’)\]]/u;
const DIGIT = /\p{N}/u;

/**
 * Clause breaks of one sentence. `finiteVerbEnds` holds the end offsets of tokens known to be
 * finite verbs (the tense markers found in the sentence).
 */
export function findClauseBreaks(
  body: string,
  span: { start: number; end: number },
  tokens: readonly Token[],
  normals: readonly string[],
  language: Language,
  finiteVerbEnds: ReadonlySet<number>,
): ClauseBreak[] {
  const breaks: ClauseBreak[] = [];
  for (let at = span.start; at < span.end; at += 1) {
    const char = body[at];
    if (char === ';') breaks.push({ at, strong: true });
    else if (char === ':' && !(DIGIT.test(body[at - 1] ?? '') && DIGIT.test(body[at + 1] ?? ''))) {
      breaks.push({ at, strong: true });
    } else if (char === ',') {
      const strong = finiteVerbEnds.has(endOfWordBefore(body, at)) || conjunctionFollows(body, at, tokens, normals, language);
      breaks.push({ at, strong });
    }
  }
  for (const opener of findPhrases(body, tokens, normals, CLAUSE_OPENERS[language])) {
    breaks.push({ at: opener.start, strong: true });
  }
  return breaks.sort((a, b) => a.at - b.at);
}

function conjunctionFollows(
  body: string,
  comma: number,
  tokens: readonly Token[],
  normals: readonly string[],
  language: Language,
): boolean {
  const next = firstIndex(tokens, (token) => token.start > comma);
  const token = tokens[next];
  const normal = normals[next];
  if (!token || normal === undefined || body.slice(comma + 1, token.start).trim() !== '') return false;
  return CONJUNCTIONS_AFTER_COMMA[language].includes(normal);
}

function endOfWordBefore(body: string, at: number): number {
  let end = at;
  while (end > 0 && CLOSING_MARKS.test(body[end - 1] ?? '')) end -= 1;
  return end;
}

interface Extent {
  start: number;
  end: number;
}

/** Lexicographic cost of attaching `candidate` to `anchor`: clause breaks crossed, wrong side, distance. */
export type AttachmentCost = readonly [number, number, number];

export function attachmentCost(
  anchor: Extent,
  candidate: Extent,
  breaks: readonly ClauseBreak[],
  rules: AttachmentOptions,
): AttachmentCost {
  const side = candidate.end <= anchor.start ? 'before' : candidate.start >= anchor.end ? 'after' : 'inside';
  if (side === 'inside') return [0, 0, 0];
  const [left, right] = side === 'before' ? [candidate, anchor] : [anchor, candidate];
  const crossed = breaksWithin(breaks, left.end, right.start, rules.countWeakBreaks);
  const wrongSide = rules.preferredSide !== 'either' && side !== rules.preferredSide ? 1 : 0;
  return [crossed, wrongSide, right.start - left.end];
}

export function compareCosts(a: AttachmentCost, b: AttachmentCost): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Strong breaks strictly between two extents. */
export function strongBreaksBetween(a: Extent, b: Extent, breaks: readonly ClauseBreak[]): number {
  const [left, right] = a.end <= b.start ? [a, b] : [b, a];
  return breaksWithin(breaks, left.end, right.start, false);
}

/** Break offsets in order, and how many of the first i are strong: counts by binary search. */
interface BreakIndex {
  offsets: number[];
  strongBefore: Int32Array;
}

const BREAK_INDEXES = new WeakMap<readonly ClauseBreak[], BreakIndex>();

/**
 * Breaks at offsets in [from, to), strong ones only or all. Costs are computed for every pair of
 * a trigger and a date or verb of a sentence; counting by scanning every break made a sentence
 * of thousands of words cost cubic time.
 */
function breaksWithin(breaks: readonly ClauseBreak[], from: number, to: number, countWeak: boolean): number {
  if (to <= from || breaks.length === 0) return 0;
  let index = BREAK_INDEXES.get(breaks);
  if (!index) {
    const sorted = [...breaks].sort((a, b) => a.at - b.at);
    const strongBefore = new Int32Array(sorted.length + 1);
    sorted.forEach((clauseBreak, i) => (strongBefore[i + 1] = (strongBefore[i] ?? 0) + (clauseBreak.strong ? 1 : 0)));
    index = { offsets: sorted.map((clauseBreak) => clauseBreak.at), strongBefore };
    BREAK_INDEXES.set(breaks, index);
  }
  const first = firstIndex(index.offsets, (at) => at >= from);
  const afterLast = firstIndex(index.offsets, (at) => at >= to);
  if (countWeak) return afterLast - first;
  return (index.strongBefore[afterLast] ?? 0) - (index.strongBefore[first] ?? 0);
}
