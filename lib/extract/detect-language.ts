import { FUNCTION_WORDS, KAZAKH_ONLY_LETTERS, RUSSIAN_ENDINGS } from './language-markers';
import type { Language } from './types';

/**
 * Tells kk, ru and en apart.
 *
 * Script first: Cyrillic or Latin words, lower-case words weighing more than capitalised ones
 * (grammar is lower case; a foreign name is capitalised), plus the function words of each side.
 * Within Cyrillic, Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) decide when they make up a clear share
 * of the words. Below that share, votes decide: Kazakh-letter words and Kazakh function words against
 * words with Russian endings and Russian function words; on a tie a smaller share of Kazakh letters
 * still makes the text Kazakh. A Russian text quoting a Kazakh name stays Russian.
 */

/** Share of (weighted) Cyrillic words with a Kazakh-only letter that makes a text Kazakh outright. */
const KAZAKH_SHARE_DECISIVE = 0.3;
/** Share that makes a text Kazakh when function words say nothing either way. */
const KAZAKH_SHARE_MINIMUM = 0.1;
/** How many words one function word counts for when choosing the script. */
const FUNCTION_WORD_WEIGHT = 2;
/** How many (weighted) words one function word counts for in the kk / ru vote. */
const FUNCTION_WORD_VOTE = 3;
const LOWER_CASE_WEIGHT = 2;
const CAPITALISED_WEIGHT = 1;
/** Enough text to be sure; a long body is not read to the end. */
const SAMPLE_CHARS = 20_000;
/** With no letters at all there is nothing to go on. */
const FALLBACK_LANGUAGE: Language = 'en';

const WORD_CHARACTER = /^[\p{L}\p{M}]$/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const KAZAKH_LETTER_CODES = new Set([...KAZAKH_ONLY_LETTERS].map((letter) => letter.codePointAt(0)));
/** Kazakh typed on a Russian keyboard often has Latin i for і. */
const LATIN_I_CODES = new Set([...'iI'].map((letter) => letter.codePointAt(0)));
const RUSSIAN_ENDING = new RegExp(`(?:${RUSSIAN_ENDINGS.join('|')})$`, 'u');
const FUNCTION_WORD_SETS = {
  kk: new Set(FUNCTION_WORDS.kk),
  ru: new Set(FUNCTION_WORDS.ru),
  en: new Set(FUNCTION_WORDS.en),
};
/** A longer word is no function word (lower-casing never shortens a word): it is not lower-cased for them. */
const LONGEST_FUNCTION_WORD = Math.max(...Object.values(FUNCTION_WORDS).flat().map((word) => word.length));

export interface LanguageEvidence {
  /** Weighted Cyrillic and Latin words. */
  cyrillic: number;
  latin: number;
  /** Weighted Cyrillic words containing a Kazakh-only letter. */
  kazakhLetterWords: number;
  /** Weighted Cyrillic words without a Kazakh-only letter that end like Russian grammar. */
  russianEndingWords: number;
  functionWords: Record<Language, number>;
}

export function detectLanguage(text: string): Language {
  const evidence = collectLanguageEvidence(text);
  const { cyrillic, latin, kazakhLetterWords, functionWords } = evidence;
  const cyrillicScore = cyrillic + FUNCTION_WORD_WEIGHT * (functionWords.kk + functionWords.ru);
  const latinScore = latin + FUNCTION_WORD_WEIGHT * functionWords.en;
  if (cyrillicScore === 0 && latinScore === 0) return FALLBACK_LANGUAGE;
  if (latinScore > cyrillicScore) return 'en';

  const kazakhShare = cyrillic === 0 ? 0 : kazakhLetterWords / cyrillic;
  if (kazakhShare >= KAZAKH_SHARE_DECISIVE) return 'kk';
  const kazakhVotes = kazakhLetterWords + FUNCTION_WORD_VOTE * functionWords.kk;
  const russianVotes = evidence.russianEndingWords + FUNCTION_WORD_VOTE * functionWords.ru;
  if (kazakhVotes !== russianVotes) return kazakhVotes > russianVotes ? 'kk' : 'ru';
  return kazakhShare >= KAZAKH_SHARE_MINIMUM ? 'kk' : 'ru';
}

export function collectLanguageEvidence(text: string): LanguageEvidence {
  const evidence: LanguageEvidence = {
    cyrillic: 0,
    latin: 0,
    kazakhLetterWords: 0,
    russianEndingWords: 0,
    functionWords: { kk: 0, ru: 0, en: 0 },
  };
  // Words are runs of letters and marks (what /[\p{L}\p{M}]+/u matches), read code point by code point.
  const sample = text.slice(0, SAMPLE_CHARS);
  let at = 0;
  while (at < sample.length) {
    const code = sample.codePointAt(at) ?? 0;
    if ((flagsOf(code) & WORD_CHAR) === 0) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    let cyrillic = 0;
    let latin = 0;
    let kazakhLetter = false;
    let latinI = false;
    while (at < sample.length) {
      const inner = sample.codePointAt(at) ?? 0;
      const flags = flagsOf(inner);
      if ((flags & WORD_CHAR) === 0) break;
      if (flags & CYRILLIC_CHAR) {
        cyrillic++;
        if (KAZAKH_LETTER_CODES.has(inner)) kazakhLetter = true;
      } else if (flags & LATIN_CHAR) {
        latin++;
        if (LATIN_I_CODES.has(inner)) latinI = true;
      }
      at += inner > 0xffff ? 2 : 1;
    }
    if (cyrillic === 0 && latin === 0) continue;

    const weight = flagsOf(code) & UPPER_CHAR ? CAPITALISED_WEIGHT : LOWER_CASE_WEIGHT;
    const mayBeFunctionWord = at - start <= LONGEST_FUNCTION_WORD;
    if (cyrillic >= latin) {
      evidence.cyrillic += weight;
      const kazakh = kazakhLetter || latinI;
      if (kazakh) evidence.kazakhLetterWords += weight;
      if (kazakh && !mayBeFunctionWord) continue;
      const lower = sample.slice(start, at).toLowerCase();
      if (!kazakh && hasRussianEnding(lower)) evidence.russianEndingWords += weight;
      if (!mayBeFunctionWord) continue;
      if (FUNCTION_WORD_SETS.kk.has(lower)) evidence.functionWords.kk++;
      if (FUNCTION_WORD_SETS.ru.has(lower)) evidence.functionWords.ru++;
    } else {
      evidence.latin += weight;
      if (mayBeFunctionWord && FUNCTION_WORD_SETS.en.has(sample.slice(start, at).toLowerCase())) evidence.functionWords.en++;
    }
  }
  return evidence;
}

const KNOWN = 1;
const WORD_CHAR = 2;
const CYRILLIC_CHAR = 4;
const LATIN_CHAR = 8;
const UPPER_CHAR = 16;
/**
 * What the Unicode property tests say of each code point, asked once per code point rather than
 * once per occurrence (0: not asked yet).
 */
const FLAGS_OF_CODE = new Uint8Array(0x110000);

function flagsOf(code: number): number {
  let flags = FLAGS_OF_CODE[code] ?? 0;
  if (flags === 0) {
    const char = String.fromCodePoint(code);
    flags = KNOWN;
    if (WORD_CHARACTER.test(char)) flags |= WORD_CHAR;
    if (CYRILLIC_LETTER.test(char)) flags |= CYRILLIC_CHAR;
    else if (LATIN_LETTER.test(char)) flags |= LATIN_CHAR;
    if (UPPER_INITIAL.test(char)) flags |= UPPER_CHAR;
    FLAGS_OF_CODE[code] = flags;
  }
  return flags;
}

function hasRussianEnding(lowerCaseWord: string): boolean {
  // In a word of three letters or fewer the "ending" is most of the word; function words cover those.
  return lowerCaseWord.length > 3 && RUSSIAN_ENDING.test(lowerCaseWord);
}
