import { normalizeForMatch } from '../tokenize';
import type { Language } from '../types';
import { enLemmaCandidates } from './en';
import { isKkSuffixChain, kkLemmaCandidates } from './kk';
import { isRuEnding, ruLemmaCandidates } from './ru';

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
 * Names and common words recur from text to text: lemmas are remembered per language, up to a
 * bound (then forgotten all at once). The answer never depends on what is remembered.
 */
const CACHE_LIMIT = 50_000;
/** Longer tokens are not words worth remembering (and would let one document fill the memory). */
const MAX_CACHED_LENGTH = 48;
const CACHES: Readonly<Record<Language, Map<string, readonly string[]>>> = {
  kk: new Map(),
  ru: new Map(),
  en: new Map(),
};

/** `lemmaCandidates` without the copy, for callers that only read the list. */
export function cachedLemmaCandidates(token: string, language: Language): readonly string[] {
  if (token.length > MAX_CACHED_LENGTH) return computeLemmaCandidates(token, language);
  const cache = CACHES[language];
  let candidates = cache.get(token);
  if (!candidates) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    candidates = computeLemmaCandidates(token, language);
    cache.set(token, candidates);
  }
  return candidates;
}

/** Forgets remembered lemmas (for measuring the cost of unseen words). */
export function clearLemmaCache(): void {
  for (const cache of Object.values(CACHES)) cache.clear();
}

function computeLemmaCandidates(token: string, language: Language): string[] {
  const form = normalizeForMatch(token);
  const candidates = candidatesOfNormalized(form, language);
  const hyphen = form.lastIndexOf('-');
  if (hyphen > 0 && hyphen < form.length - 1) {
    const base = form.slice(0, hyphen);
    const tail = form.slice(hyphen + 1);
    if (isInflectionTail(tail, language)) {
      for (const candidate of [base, ...candidatesOfNormalized(base, language)]) {
        if (!candidates.includes(candidate)) candidates.push(candidate);
      }
    }
  }
  return candidates;
}

/** Candidates of a form already passed through `normalizeForMatch`. */
export function candidatesOfNormalized(form: string, language: Language): string[] {
  switch (language) {
    case 'kk':
      return kkLemmaCandidates(form);
    case 'ru':
      return ruLemmaCandidates(form);
    case 'en':
      return enLemmaCandidates(form);
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
