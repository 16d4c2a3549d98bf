import { lemmaCandidates } from './morphology';
import { normalizeForMatch, tokenize } from './tokenize';
import { LANGUAGES } from './types';

/**
 * The search index holds each distinct word form of an article once (normalised); a query word is
 * looked up by a short prefix and the forms found are kept when they share a lemma with it. So
 * «Шаңхай» finds «Шаңхайда» and «Шанхай» finds «Шанхае» without storing every lemma guess.
 */

const MIN_TERM_LENGTH = 2;
/** Long articles are rare; a cap keeps one hostile document from flooding the index. */
const MAX_TERMS_PER_ARTICLE = 20_000;

export function articleTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.text.length < MIN_TERM_LENGTH) continue;
    terms.add(normalizeForMatch(token.text));
    if (terms.size >= MAX_TERMS_PER_ARTICLE) break;
  }
  return [...terms];
}

/** The words of a query, normalised, each at least two characters long. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => normalizeForMatch(t.text)))].filter((w) => w.length >= MIN_TERM_LENGTH);
}

/** Endings change the last letters of a stem (Шанхай → Шанхае), so a lookup keeps fewer. */
export function lookupPrefix(word: string): string {
  const keep = word.length <= 4 ? word.length : Math.max(4, word.length - 2);
  return word.slice(0, keep);
}

/** English plural endings: names never take them, so the entity lemmatiser does not strip them. */
const ENGLISH_PLURALS: readonly [ending: string, replacement: string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
];

function lemmasInAnyLanguage(word: string): Set<string> {
  const lemmas = new Set(LANGUAGES.flatMap((language) => lemmaCandidates(word, language)));
  if (/^[a-z'-]+$/.test(word)) {
    for (const [ending, replacement] of ENGLISH_PLURALS) {
      if (word.endsWith(ending) && word.length - ending.length >= 3) lemmas.add(word.slice(0, -ending.length) + replacement);
    }
  }
  return lemmas;
}

/**
 * Whether an indexed form can be an inflection of the query word (in any of our languages), or the
 * other way round. Two lists of lemma guesses are not compared with each other: Russian guesses
 * overlap too easily (мэрия and мэром both guess «мэрий»).
 */
export function sharesLemma(form: string, queryWord: string): boolean {
  return form === queryWord || lemmasInAnyLanguage(form).has(queryWord) || lemmasInAnyLanguage(queryWord).has(form);
}
