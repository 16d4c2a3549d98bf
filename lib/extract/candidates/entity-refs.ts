import { chineseNameToPinyin, pinyinNameToPalladius, transliterate } from '../transliterate';
import { KAZAKH_TO_RUSSIAN_LETTERS } from '../transliteration/kazakh-letters';
import type { EntityRef, EntityType, Language, LocalizedNames } from '../types';
import { isChineseName } from './person-names';

/**
 * The entity of a candidate: names in the three locales from its lemma, and a key built from the
 * English name, `candidate-<type>-<slug>`, so the same name gives the same key in every text.
 */
export function candidateRef(type: EntityType, lemmaWords: readonly string[], language: Language): EntityRef {
  const names = localizedNames(type, lemmaWords, language);
  return { key: candidateKey(type, names), type, names, known: false };
}

function localizedNames(type: EntityType, words: readonly string[], language: Language): LocalizedNames {
  const name = words.join(' ');
  const chinese = type === 'PERSON' && isChineseName(words);
  if (language === 'en') {
    const cyrillic = chinese ? pinyinNameToPalladius(name) : null;
    return { kk: cyrillic ?? name, ru: cyrillic ?? name, en: name };
  }
  const en = (chinese ? chineseNameToPinyin(name) : null) ?? transliterate(name);
  if (language === 'ru') return { kk: name, ru: name, en };
  // A Kazakh organisation name spelled with Russian letters is neither language; it stays Kazakh.
  return { kk: name, ru: type === 'ORGANIZATION' ? name : toRussianLetters(name), en };
}

export function toRussianLetters(text: string): string {
  let russian = '';
  for (const char of text) russian += KAZAKH_TO_RUSSIAN_LETTERS[char] ?? char;
  return russian;
}

const NOT_SLUG = /[^a-z0-9]+/gu;
const COMBINING_MARKS = /\p{M}/gu;

function candidateKey(type: EntityType, names: LocalizedNames): string {
  const slug = slugify(names.en) || slugify(transliterate(names.ru)) || 'unnamed';
  return `candidate-${type.toLowerCase()}-${slug}`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_SLUG, '-')
    .replace(/^-+|-+$/gu, '');
}
