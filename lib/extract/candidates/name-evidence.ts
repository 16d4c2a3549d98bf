import { palladiusSyllables, pinyinSyllables } from '../transliterate';
import type { Language } from '../types';
import { CHINESE_SURNAMES } from './chinese-surnames';
import { firstNameGender } from './first-name-gender';
import { isPatronymic, personNameLemmas, surnameShape } from './person-names';
import type { TextView } from './text-view';

/**
 * What makes capitalised words a person's name on their own, without a role word beside them:
 * a surname or patronymic shape, a frequent first name, or a Chinese surname before a given name.
 */

const SURNAMES = new Set(CHINESE_SURNAMES);

/** Pinyin syllables of a Chinese name word in either script, or null. */
function chineseSyllables(word: string): string[] | null {
  return palladiusSyllables(word) ?? pinyinSyllables(word);
}

/**
 * A Chinese person's name: a common Chinese surname (one word) and a given name of one or two
 * syllables, in Palladius Cyrillic or pinyin (Ма Синжуй, Лю Вэй, Duan Peng). Both words in one script.
 */
export function isChinesePersonName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [surname = '', given = ''] = words;
  if (isCyrillic(surname) !== isCyrillic(given)) return false;
  const surnameSyllables = chineseSyllables(surname);
  const givenSyllables = chineseSyllables(given);
  if (!surnameSyllables || !givenSyllables || givenSyllables.length > 2) return false;
  return SURNAMES.has(surnameSyllables.join(''));
}

const CYRILLIC = /[\u0400-\u04FF]/u;

function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

export type PersonEvidence = 'strong' | 'weak' | null;

/**
 * How much dictionary-form name words say they are a person. Strong: a word shaped like a
 * surname or a patronymic (Қарабаев, Серікұлы, Ivanova), a frequent first name (Нурдаулет
 * Килыбай), or a Chinese name (Лю Вэй). Weak: only a surname ending that places and common words
 * share (Кистафин, Berlin). Otherwise null.
 */
export function personEvidence(words: readonly string[], language: Language): PersonEvidence {
  if (words.length < 2) return null;
  if (words.some((word) => isPatronymic(word) || surnameShape(word, language) === 'strong')) return 'strong';
  if (words.some((word) => firstNameGender(word) !== null)) return 'strong';
  if (isChinesePersonName(words)) return 'strong';
  return words.some((word) => surnameShape(word, language) === 'weak') ? 'weak' : null;
}

/**
 * A Chinese surname of one letter (У, И) right before a capitalised Palladius given name of two
 * syllables: «У Сяоцзюнем». Before anything else such a letter is a preposition or a conjunction.
 */
export function isSingleLetterChineseSurname(view: TextView, index: number): boolean {
  const text = view.text(index);
  if (text.length !== 1 || !view.isCapitalised(index) || view.knownAt(index)) return false;
  const surname = palladiusSyllables(text);
  if (!surname || !SURNAMES.has(surname.join(''))) return false;
  const next = index + 1;
  if (!view.joinedToNext(index) || !view.isNameWord(next)) return false;
  const [, given = ''] = personNameLemmas([text, view.text(next)], view.language, true);
  const syllables = palladiusSyllables(given);
  return syllables !== null && syllables.length === 2;
}
