import { enPossessiveLength } from '../morphology/en';
import { kkLemmaCandidates } from '../morphology/kk';
import { normalizeForMatch } from '../tokenize';
import { palladiusSyllables, pinyinSyllables } from '../transliterate';
import type { Language } from '../types';
import { firstNameGender } from './first-name-gender';
import {
  KK_NAME_CASE_ENDINGS,
  PATRONYMIC_ENDINGS,
  RU_FEMININE_SURNAME_ENDINGS,
  RU_INDECLINABLE_NAME_ENDINGS,
  RU_NAME_ENDINGS,
  RU_OBLIQUE_SURNAME_ENDINGS,
  SURNAME_ENDINGS,
  WEAK_SURNAME_ENDINGS,
} from './name-shapes';

const KK_ENDINGS_LONGEST_FIRST = [...KK_NAME_CASE_ENDINGS].sort((a, b) => b.ending.length - a.ending.length);
const RU_VOWELS = /[аеёиоуыэюя]$/u;

/**
 * Dictionary forms of the words of a person's name, in their written case: Kazakh inflects only
 * the last word (Гун Чжэннің → Гун Чжэн), Russian every word (Нурланом Аккошкаровым → Нурлан
 * Аккошкаров), English adds a possessive (Tokayev's → Tokayev). `obliqueContext`: the role word
 * before the name is itself inflected (ru).
 */
export function personNameLemmas(words: readonly string[], language: Language, obliqueContext = false): string[] {
  switch (language) {
    case 'kk':
      return words.map((word, index) => (index === words.length - 1 ? kkNameWordLemma(word) : word));
    case 'ru':
      return ruNameLemmas(words, obliqueContext);
    case 'en':
      return words.map((word, index) =>
        index === words.length - 1 ? word.slice(0, word.length - enPossessiveLength(word)) : word,
      );
  }
}

/** The last word of a Kazakh name without its case ending, when the ending is certain enough. */
export function kkNameWordLemma(word: string): string {
  const normal = normalizeForMatch(word);
  if (!KK_ENDINGS_LONGEST_FIRST.some(({ ending }) => normal.endsWith(ending))) return word;
  const stems = kkLemmaCandidates(normal);
  for (const { ending, strong } of KK_ENDINGS_LONGEST_FIRST) {
    if (!normal.endsWith(ending)) continue;
    const stem = normal.slice(0, -ending.length);
    // A Chinese syllable keeps its soft sign before the ending (Цзюньдің), which Kazakh stems never have.
    const chinese = stem.length >= 2 && palladiusSyllables(stem) !== null;
    if (!stems.includes(stem) && !chinese) continue;
    if (strong || looksLikeSurname(stem, 'kk') || chinese) return sameCase(word, normal, stem);
  }
  return word;
}

/** True when a Kazakh word form carries a case ending that `kkNameWordLemma` strips. */
export function kkNameWordIsInflected(word: string): boolean {
  return kkNameWordLemma(word) !== word;
}

function ruNameLemmas(words: readonly string[], obliqueContext: boolean): string[] {
  const last = words[words.length - 1];
  const oblique =
    obliqueContext ||
    (last !== undefined && RU_OBLIQUE_SURNAME_ENDINGS.some((ending) => normalizeForMatch(last).endsWith(ending))) ||
    words.some((word) => ruChineseWordLemma(word) !== null) ||
    isMaleNameWithFeminineSurname(words);
  if (!oblique) return [...words];
  return words.map((word) => ruChineseWordLemma(word) ?? ruNameWordLemma(word));
}

/**
 * «Нурлан Сауранбаева», «Нурлана Сауранбаева»: a man's first name (in any case) before a surname
 * in a woman's shape means the surname is a man's in the genitive; «Айгерим Сауранбаева» stays.
 */
function isMaleNameWithFeminineSurname(words: readonly string[]): boolean {
  const [first, last] = [words[0], words[words.length - 1]];
  if (words.length < 2 || first === undefined || last === undefined) return false;
  if (!RU_FEMININE_SURNAME_ENDINGS.some((ending) => normalizeForMatch(last).endsWith(ending))) return false;
  return firstNameGender(first) === 'male' || firstNameGender(ruNameWordLemma(first)) === 'male';
}

function ruNameWordLemma(word: string): string {
  const normal = normalizeForMatch(word);
  if (RU_INDECLINABLE_NAME_ENDINGS.some((ending) => normal.endsWith(ending))) return word;
  for (const row of RU_NAME_ENDINGS) {
    if (!normal.endsWith(row.ending)) continue;
    const stem = normal.slice(0, -row.ending.length);
    if (stem.length < 2) continue;
    const afterVowel = RU_VOWELS.test(stem);
    const nominative = afterVowel ? row.afterVowel : row.nominative;
    if (nominative === undefined || (nominative === '' && afterVowel)) continue;
    return sameCase(word, normal, stem) + nominative;
  }
  return word;
}

/**
 * A Chinese name word in a Russian case form: the Palladius form, or null. A hard stem takes
 * -ом, -у, -а (Чжэном → Чжэн); a soft one -ем, -ю, -я, with «ь» after a consonant and «й» after a
 * vowel in the nominative (Чуньлинем → Чуньлинь, Синжуем → Синжуй).
 */
function ruChineseWordLemma(word: string): string | null {
  if (palladiusSyllables(word) !== null) return null;
  const normal = normalizeForMatch(word);
  for (const { ending, soft } of RU_CHINESE_CASE_ENDINGS) {
    if (!normal.endsWith(ending)) continue;
    const stem = normal.slice(0, -ending.length);
    if (stem.length < 2) continue;
    const softStem = stem + (RU_VOWELS.test(stem) ? 'й' : 'ь');
    if (soft && palladiusSyllables(softStem) !== null) return sameCase(word, normal, stem) + softStem.slice(stem.length);
    if (palladiusSyllables(stem) !== null) return sameCase(word, normal, stem);
  }
  return null;
}

const RU_CHINESE_CASE_ENDINGS: readonly { ending: string; soft: boolean }[] = [
  { ending: 'ом', soft: false },
  { ending: 'ем', soft: true },
  { ending: 'у', soft: false },
  { ending: 'ю', soft: true },
  { ending: 'е', soft: false },
  { ending: 'а', soft: false },
  { ending: 'я', soft: true },
];

/** `stem` (a prefix of `normal`) with the letter case of `word`, when lengths allow. */
function sameCase(word: string, normal: string, stem: string): string {
  return word.length === normal.length ? word.slice(0, stem.length) : stem;
}

export function looksLikeSurname(word: string, language: Language): boolean {
  return surnameShape(word, language) !== null;
}

/** Whether a word ends like a surname, and how surely (see `WEAK_SURNAME_ENDINGS`). */
export function surnameShape(word: string, language: Language): 'strong' | 'weak' | null {
  const normal = normalizeForMatch(word);
  const { strong, weak } = SURNAME_ENDINGS_BY_STRENGTH[language];
  const fits = (ending: string) => normal.length > ending.length + 1 && normal.endsWith(ending);
  if (strong.some(fits)) return 'strong';
  return weak.some(fits) ? 'weak' : null;
}

const SURNAME_ENDINGS_BY_STRENGTH: Readonly<Record<Language, { strong: readonly string[]; weak: readonly string[] }>> = {
  kk: byStrength('kk'),
  ru: byStrength('ru'),
  en: byStrength('en'),
};

function byStrength(language: Language): { strong: readonly string[]; weak: readonly string[] } {
  const weak = SURNAME_ENDINGS[language].filter((ending) => WEAK_SURNAME_ENDINGS[language].includes(ending));
  return { strong: SURNAME_ENDINGS[language].filter((ending) => !weak.includes(ending)), weak };
}

export function isPatronymic(word: string): boolean {
  const normal = normalizeForMatch(word);
  return PATRONYMIC_ENDINGS.some((ending) => normal.length > ending.length + 1 && normal.endsWith(ending));
}

/**
 * A Chinese name: two or three words, the first (the surname) one syllable, the others at most
 * two, all Palladius (Cyrillic) or all pinyin (Latin). «Анна Ли» is not one: Анна is two syllables.
 */
export function isChineseName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word, index) => {
    const syllables = palladiusSyllables(word) ?? pinyinSyllables(word);
    return syllables !== null && syllables.length >= 1 && syllables.length <= (index === 0 ? 1 : 2);
  });
}
