import { normalizeForMatch } from '../tokenize';
import type { Language } from '../types';
import { enLemmaCandidates, enWordLemmaCandidates } from './en';
import { isKkSuffixChain, kkLemmaCandidates } from './kk';
import { isRuEnding, ruLemmaCandidates, ruWordLemmaCandidates } from './ru';

/**
 * Names and common words inflect alike in Kazakh, but not in Russian and English: a name never
 * takes a plural, while «рейсов» and "cities" must find «рейс» and "city". `name` analysis is what
 * entity matching uses; `word` analysis (search) adds the plural endings of common nouns.
 */
export type LemmaAnalysis = 'name' | 'word';

/**
 * Possible lemmas of one word form, normalized, the form itself first: Kazakh stems without
 * case, possessive and plural endings (Шаңхайдағы → шаңхайда, шаңхай), Russian dictionary forms
 * guessed from the ending (Шанхае → шанхай, among guesses that are not words), English forms
 * without a possessive. A word is found in its inflected forms by looking for its normalized
 * form among their candidates: «шаңхай» is a candidate of «Шаңхайда», «шанхай» of «Шанхае».
 * (Comparing two candidate lists also works for Kazakh, whose candidates are true stems; two
 * Russian lists may meet on a shared wrong guess.) Deterministic; stems shorter than two letters
 * or without a vowel are never produced.
 */
export function lemmaCandidates(token: string, language: Language): string[] {
  return [...cachedLemmaCandidates(token, language)];
}

/**
 * Possible lemmas of any word of a text (not only a name): `lemmaCandidates` plus the plurals of
 * common nouns in Russian and English (рейсов → рейс, cities → city). The search index and search
 * queries both read words through it, so a form and its query meet on a shared lemma.
 */
export function wordLemmaCandidates(token: string, language: Language): readonly string[] {
  return cached(WORD_CACHES, token, language, 'word');
}

/**
 * Names and common words recur from text to text: lemmas are remembered per language, up to a
 * bound (then forgotten all at once). The answer never depends on what is remembered.
 */
const CACHE_LIMIT = 50_000;
/** Longer tokens are not words worth remembering (and would let one document fill the memory). */
const MAX_CACHED_LENGTH = 48;
type LemmaCaches = Readonly<Record<Language, Map<string, readonly string[]>>>;
const NAME_CACHES: LemmaCaches = { kk: new Map(), ru: new Map(), en: new Map() };
const WORD_CACHES: LemmaCaches = { kk: new Map(), ru: new Map(), en: new Map() };

/** `lemmaCandidates` without the copy, for callers that only read the list. */
export function cachedLemmaCandidates(token: string, language: Language): readonly string[] {
  return cached(NAME_CACHES, token, language, 'name');
}

function cached(caches: LemmaCaches, token: string, language: Language, analysis: LemmaAnalysis): readonly string[] {
  if (token.length > MAX_CACHED_LENGTH) return computeLemmaCandidates(token, language, analysis);
  const cache = caches[language];
  let candidates = cache.get(token);
  if (!candidates) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    candidates = computeLemmaCandidates(token, language, analysis);
    cache.set(token, candidates);
  }
  return candidates;
}

/** Forgets remembered lemmas (for measuring the cost of unseen words). */
export function clearLemmaCache(): void {
  for (const caches of [NAME_CACHES, WORD_CACHES]) for (const cache of Object.values(caches)) cache.clear();
}

function computeLemmaCandidates(token: string, language: Language, analysis: LemmaAnalysis): string[] {
  const form = normalizeForMatch(token);
  const candidates = candidatesOfNormalized(form, language, analysis);
  const hyphen = form.lastIndexOf('-');
  if (hyphen > 0 && hyphen < form.length - 1) {
    const base = form.slice(0, hyphen);
    const tail = form.slice(hyphen + 1);
    if (isInflectionTail(tail, language)) {
      for (const candidate of [base, ...candidatesOfNormalized(base, language, analysis)]) {
        if (!candidates.includes(candidate)) candidates.push(candidate);
      }
    }
  }
  return candidates;
}

/** Candidates of a form already passed through `normalizeForMatch`. */
export function candidatesOfNormalized(form: string, language: Language, analysis: LemmaAnalysis = 'name'): string[] {
  switch (language) {
    case 'kk':
      return kkLemmaCandidates(form);
    case 'ru':
      return analysis === 'word' ? ruWordLemmaCandidates(form) : ruLemmaCandidates(form);
    case 'en':
      return analysis === 'word' ? enWordLemmaCandidates(form) : enLemmaCandidates(form);
  }
}

/** True when a normalized `tail` (after a hyphen or right after an abbreviation) is only an inflection. */
export function isInflectionTail(tail: string, language: Language): boolean {
  if (tail === '') return true;
  switch (language) {
    case 'kk':
      return isKkSuffixChain(tail);
    case 'ru':
      return isRuEnding(tail);
    case 'en':
      return tail === "'s" || tail === 's' || tail === "'";
  }
}
