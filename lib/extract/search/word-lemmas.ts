import { wordLemmaCandidates } from '../morphology';
import { LANGUAGES, type Language } from '../types';

/**
 * How search reads a word: the lemmas it may stand for. The index reads each word of an article in
 * the language its letters allow (a Latin word of a Kazakh article is English); a query word, whose
 * language nobody knows, is read in all three.
 */

const KAZAKH_ONLY_LETTERS = /[әғқңөұүһі]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

/** Languages whose morphology reads a (normalised) word of an article written in `articleLanguage`. */
export function languagesOfWord(word: string, articleLanguage: Language): readonly Language[] {
  if (CYRILLIC.test(word)) {
    if (KAZAKH_ONLY_LETTERS.test(word)) return ['kk'];
    return articleLanguage === 'en' ? ['kk', 'ru'] : [articleLanguage];
  }
  if (LATIN.test(word)) return ['en'];
  return [];
}

/** Lemmas of a word of an article other than the word itself (in the languages its letters allow). */
export function indexLemmasOf(word: string, articleLanguage: Language): string[] {
  const lemmas = new Set<string>();
  for (const language of languagesOfWord(word, articleLanguage)) {
    for (const lemma of wordLemmaCandidates(word, language)) if (lemma !== word) lemmas.add(lemma);
  }
  return [...lemmas];
}

export interface QueryWordLemmas {
  /** The word and its Kazakh stems: stripping Kazakh endings obeys harmony and assimilation, so these are real stems. */
  sure: string[];
  /** Russian and English dictionary forms guessed from the ending (шанхае → шанхай, but also шанхао): kept when the index holds them as words. */
  guesses: string[];
}

/** What a query word may stand for, read in all three languages. */
export function queryWordLemmas(word: string): QueryWordLemmas {
  const sure = new Set<string>([word, ...wordLemmaCandidates(word, 'kk')]);
  const guesses = new Set<string>();
  for (const language of LANGUAGES) {
    if (language === 'kk') continue;
    for (const lemma of wordLemmaCandidates(word, language)) if (!sure.has(lemma)) guesses.add(lemma);
  }
  return { sure: [...sure], guesses: [...guesses] };
}
