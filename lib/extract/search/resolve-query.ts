import type { MatchPlan, ResolvedTerm } from './compile-match';
import type { HitPattern } from './find-hits';
import type { ParsedQuery, QueryTerm } from './parse-query';
import { queryWordLemmas } from './word-lemmas';

/**
 * From a parsed query to a match plan, in two steps around the database: `lookupsOf` says which
 * facts the query needs (which guessed lemmas are words of the index, which forms a phrase's
 * words take), the reader fetches them, and `resolveQuery` builds the plan from them.
 */

export interface QueryLookups {
  /** Russian and English lemma guesses, kept only if some article holds them as words. */
  guesses: string[];
  /** Lemmas whose word forms the phrases need (from the search lexicon). */
  phraseLemmas: string[];
}

export interface QueryFacts {
  /** The guesses some article holds as a word. */
  knownWords: ReadonlySet<string>;
  /** Word forms of the index under each lemma (the search lexicon). */
  formsOf: ReadonlyMap<string, readonly string[]>;
  /** Entity tokens of the entities one of these normalised names (or a multi-word name) names. */
  entitiesNamed: (names: readonly string[]) => string[];
}

/** Forms kept per phrase word, and variants per phrase (or per pair of words of a long one). */
export const PHRASE_LIMITS = { formsPerWord: 24, variants: 256 } as const;

function termsOf(query: ParsedQuery): QueryTerm[] {
  return [...query.groups.flat(), ...query.excluded];
}

function wordsOf(term: QueryTerm): string[] {
  return term.kind === 'word' ? [term.word] : term.kind === 'phrase' ? term.words : [];
}

export function lookupsOf(query: ParsedQuery): QueryLookups {
  const guesses = new Set<string>();
  const phraseLemmas = new Set<string>();
  for (const term of termsOf(query)) {
    for (const word of wordsOf(term)) {
      const lemmas = queryWordLemmas(word);
      for (const guess of lemmas.guesses) guesses.add(guess);
      if (term.kind === 'phrase') for (const lemma of [...lemmas.sure, ...lemmas.guesses]) phraseLemmas.add(lemma);
    }
  }
  return { guesses: [...guesses], phraseLemmas: [...phraseLemmas] };
}

/** The lemmas a query word stands for in this index: the word, its Kazakh stems, and the guesses the index knows. */
export function lemmasInIndex(word: string, facts: Pick<QueryFacts, 'knownWords'>): string[] {
  const { sure, guesses } = queryWordLemmas(word);
  return [...sure, ...guesses.filter((guess) => facts.knownWords.has(guess))];
}

/** Word forms of the index a phrase word may take: the word itself first, then the others by length. */
export function phraseWordForms(word: string, facts: Pick<QueryFacts, 'knownWords' | 'formsOf'>): string[] {
  const forms = new Set<string>();
  for (const lemma of lemmasInIndex(word, facts)) for (const form of facts.formsOf.get(lemma) ?? []) forms.add(form);
  forms.delete(word);
  const others = [...forms].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return [word, ...others].slice(0, PHRASE_LIMITS.formsPerWord);
}

/** Every sequence taking one form per word (the first word varying slowest). */
function product(formsPerWord: readonly (readonly string[])[]): string[][] {
  let sequences: string[][] = [[]];
  for (const forms of formsPerWord) sequences = sequences.flatMap((sequence) => forms.map((form) => [...sequence, form]));
  return sequences;
}

function variantCount(formsPerWord: readonly (readonly string[])[]): number {
  return formsPerWord.reduce((count, forms) => count * forms.length, 1);
}

/** Drops the longest forms of the word with the most until the variants fit (the word itself always stays). */
function trimToFit(formsPerWord: readonly (readonly string[])[]): string[][] {
  const trimmed = formsPerWord.map((forms) => [...forms]);
  while (variantCount(trimmed) > PHRASE_LIMITS.variants) {
    const widest = trimmed.reduce((best, forms) => (forms.length > best.length ? forms : best));
    widest.pop();
  }
  return trimmed;
}

/**
 * A phrase's variants. When every combination of forms fits the limit the phrase is matched
 * exactly; otherwise each pair of neighbouring words is (each pair adjacent somewhere).
 */
export function phraseParts(formsPerWord: readonly (readonly string[])[]): string[][][] {
  if (variantCount(formsPerWord) <= PHRASE_LIMITS.variants) return [product(formsPerWord)];
  const parts: string[][][] = [];
  for (let index = 0; index + 1 < formsPerWord.length; index++) {
    parts.push(product(trimToFit([formsPerWord[index]!, formsPerWord[index + 1]!])));
  }
  return parts;
}

function resolveTerm(term: QueryTerm, facts: QueryFacts): ResolvedTerm {
  switch (term.kind) {
    case 'word': {
      return { kind: 'word', tokens: lemmasInIndex(term.word, facts), entityTokens: facts.entitiesNamed(allLemmas(term.word)) };
    }
    case 'prefix':
      return term;
    case 'phrase':
      return {
        kind: 'phrase',
        parts: phraseParts(term.words.map((word) => phraseWordForms(word, facts))),
        entityTokens: facts.entitiesNamed(namesOfSequence(term.words)),
      };
  }
}

/** Every lemma a word may stand for: names are matched on these (a name is a word, guessed or not). */
function allLemmas(word: string): string[] {
  const { sure, guesses } = queryWordLemmas(word);
  return [...sure, ...guesses];
}

/** A sequence of words as names: with the last word in each of its lemmas («Қасым-Жомарт Тоқаевтың»). */
export function namesOfSequence(words: readonly string[]): string[] {
  const last = words.at(-1);
  if (last === undefined) return [];
  const head = words.slice(0, -1).join(' ');
  return allLemmas(last).map((lemma) => (head ? `${head} ${lemma}` : lemma));
}

/** The whole query as a name, when it is nothing but plain words (`Nur-Sultan`, `Kassym-Jomart Tokayev`). */
function queryAsName(query: ParsedQuery, facts: QueryFacts): string[] {
  if (query.groups.length < 2 || query.groups.some((group) => group.length !== 1 || group[0]!.kind !== 'word')) return [];
  const words = query.groups.map((group) => (group[0] as { word: string }).word);
  return facts.entitiesNamed(namesOfSequence(words));
}

export function resolveQuery(
  query: ParsedQuery,
  facts: QueryFacts,
  filters: { requiredMeta: readonly string[]; requiredEntities: readonly string[] },
): MatchPlan {
  return {
    groups: query.groups.map((group) => group.map((term) => resolveTerm(term, facts))),
    excluded: query.excluded.map((term) => resolveTerm(term, facts)),
    queryEntityTokens: queryAsName(query, facts),
    requiredMeta: filters.requiredMeta,
    requiredEntities: filters.requiredEntities,
  };
}

/**
 * What to mark in a matching article: the lemmas of the required words as the index knows them,
 * the one-word names of the entities they named, the prefixes, and each phrase's forms per position.
 */
export function hitPatternOf(query: ParsedQuery, facts: QueryFacts, entityWordNames: readonly string[]): HitPattern {
  const lemmas = new Set<string>(entityWordNames);
  const prefixes: string[] = [];
  const phrases: Set<string>[][] = [];
  for (const term of query.groups.flat()) {
    if (term.kind === 'word') for (const lemma of lemmasInIndex(term.word, facts)) lemmas.add(lemma);
    else if (term.kind === 'prefix') prefixes.push(term.prefix);
    else phrases.push(term.words.map((word) => new Set(phraseWordForms(word, facts))));
  }
  return { lemmas, prefixes, phrases };
}
