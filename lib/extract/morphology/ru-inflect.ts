import {
  RU_ADJECTIVE_PARADIGMS,
  RU_COMMON_NOUN_ONLY_ENDINGS,
  RU_HEAD_NOUNS,
  RU_INDECLINABLE_ENDINGS,
  RU_INDECLINABLE_NOUNS,
  RU_NOUN_PARADIGMS,
  RU_OBLIQUE_STEMS,
  RU_PLURAL_NAMES,
  RU_SOFT_SIGN_GENDERS,
  RU_SURNAME_PARADIGMS,
  type RuCase,
  type RuGender,
  type RuParadigmRow,
} from './ru-declension';
import { isInitialism, splitTrailingParenthesis } from './name-parts';
import { RU_VOWELS } from './ru-endings';
import {
  RU_CHINESE_SURNAMES,
  RU_FEMININE_NAME_ENDINGS,
  RU_FEMININE_NAMES_NOT_IN_A,
  RU_MASCULINE_NAME_ENDINGS,
  RU_MASCULINE_NAMES_IN_A,
} from './ru-person-names';

/**
 * Russian case forms generated from a nominative display name. A person declines word by word
 * by gender (Нурлана Аккошкарова, Си Цзиньпина, Анны Нетребко); a place or organisation declines
 * its head noun phrase, adjectives and head noun, and keeps the rest (Генерального консульства
 * Казахстана в Гуанчжоу). Names in Latin script, quotes and abbreviations do not decline, nor do
 * foreign names ending in a vowel (Алматы, Гуанчжоу). `null` means the form is not known (a name
 * in -ь of unknown gender, a brand of several capitalised words): the caller chooses a wording
 * that needs no case.
 */

export type { RuCase } from './ru-declension';
export type RuNameKind = 'person' | 'place' | 'organization';
export type RuPersonGender = 'masculine' | 'feminine';

const CYRILLIC = /[а-яё]/i;
const OPENING_QUOTES = /^["«“„']/;
const INITIALS = /^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s*)+/u;

function isConsonant(letter: string): boolean {
  return CYRILLIC.test(letter) && !RU_VOWELS.has(letter) && letter !== 'й' && letter !== 'ь' && letter !== 'ъ';
}

function rowFits(row: RuParadigmRow, lower: string, gender: RuGender | undefined): boolean {
  if (!lower.endsWith(row.ending) || lower.length <= row.ending.length) return false;
  const before = lower.charAt(lower.length - row.ending.length - 1);
  if (row.after && !row.after.includes(before)) return false;
  if (row.ending === '' && !isConsonant(lower.slice(-1))) return false;
  return gender === undefined || row.genders.includes(gender);
}

function findRow(rows: readonly RuParadigmRow[], lower: string, gender?: RuGender): RuParadigmRow | undefined {
  return rows.find((row) => rowFits(row, lower, gender));
}

/** Keeps the capital of the nominative on a form built from a lower-case stem. */
function withCase(original: string, lower: string): string {
  const first = original.charAt(0);
  return first === first.toUpperCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

function applyRow(word: string, row: RuParadigmRow, grammaticalCase: RuCase, animate: boolean): string {
  const form = row.forms[grammaticalCase];
  const ending = typeof form === 'string' ? form : animate ? form.animate : form.inanimate;
  const lower = word.toLowerCase();
  const oblique = row.ending === '' && ending !== '' ? RU_OBLIQUE_STEMS[lower] : undefined;
  if (oblique) return withCase(word, oblique + ending);
  return word.slice(0, word.length - row.ending.length) + ending;
}

interface NounOptions {
  gender?: RuGender;
  animate: boolean;
  /** A common noun (консульство) declines in -о and -ие, where a foreign name (Токио) does not. */
  common: boolean;
}

/** One noun in a case; the word itself when it does not decline; null when its gender is unknown. */
function inflectNoun(word: string, grammaticalCase: RuCase, options: NounOptions): string | null {
  const lower = word.toLowerCase();
  if (RU_PLURAL_NAMES.has(lower)) {
    const row = findRow(RU_NOUN_PARADIGMS, lower, 'plural');
    return row ? applyRow(word, row, grammaticalCase, options.animate) : null;
  }
  if (RU_INDECLINABLE_NOUNS.has(lower)) return word;
  let gender = options.gender;
  if (lower.endsWith('ь')) {
    gender = RU_SOFT_SIGN_GENDERS[lower] ?? (gender === 'masculine' || gender === 'feminine' ? gender : undefined);
    if (!gender) return null;
  }
  const declinesAsCommonNoun = [...RU_COMMON_NOUN_ONLY_ENDINGS].some((ending) => lower.endsWith(ending));
  if (declinesAsCommonNoun ? !options.common : RU_INDECLINABLE_ENDINGS.some((ending) => lower.endsWith(ending))) return word;
  const row = findRow(RU_NOUN_PARADIGMS, lower, gender === 'plural' ? undefined : gender);
  return row ? applyRow(word, row, grammaticalCase, options.animate) : word;
}

function adjectiveRow(word: string): RuParadigmRow | undefined {
  const lower = lastPart(word).toLowerCase();
  return lower.length >= 4 ? findRow(RU_ADJECTIVE_PARADIGMS, lower) : undefined;
}

function lastPart(word: string): string {
  return word.slice(word.lastIndexOf('-') + 1);
}

/** Applies `inflect` to the part of a hyphenated word that declines: the last (Нур-Султана), or the first before «-на-» (Ростова-на-Дону). */
function onDecliningPart(word: string, inflect: (part: string) => string | null): string | null {
  const na = word.indexOf('-на-');
  if (na > 0) {
    const form = inflect(word.slice(0, na));
    return form === null ? null : form + word.slice(na);
  }
  const hyphen = word.lastIndexOf('-');
  const form = inflect(word.slice(hyphen + 1));
  return form === null ? null : word.slice(0, hyphen + 1) + form;
}

function isUnchangeable(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return !CYRILLIC.test(name) || OPENING_QUOTES.test(name) || isInitialism(first);
}

/**
 * A place or organisation name: leading adjectives and the head noun decline, the rest stays
 * (Китайской Народной Республики, Министерства иностранных дел, Республики Казахстан).
 */
function inflectPhrase(name: string, grammaticalCase: RuCase): string | null {
  if (isUnchangeable(name)) return name;
  const words = name.split(/\s+/);
  let headIndex = 0;
  while (headIndex < words.length - 1 && adjectiveRow(words[headIndex] ?? '')) headIndex += 1;
  const head = words[headIndex] ?? '';
  const next = words[headIndex + 1];
  const knownHead = RU_HEAD_NOUNS.has(head.toLowerCase());
  if (headIndex === 0 && next !== undefined && !knownHead) return null;
  const adjectives = words.slice(0, headIndex);
  const gender = adjectives.length > 0 ? adjectiveRow(adjectives[0] ?? '')?.genders[0] : undefined;
  const common = headIndex > 0 || knownHead || next !== undefined;
  const headForm = onDecliningPart(head, (part) => inflectNoun(part, grammaticalCase, { gender, animate: false, common }));
  if (headForm === null) return null;
  const adjectiveForms = adjectives.map((adjective) =>
    onDecliningPart(adjective, (part) => {
      const row = adjectiveRow(part);
      return row ? applyRow(part, row, grammaticalCase, false) : part;
    }),
  );
  return [...adjectiveForms, headForm, ...words.slice(headIndex + 1)].join(' ');
}

function guessGender(words: readonly string[]): RuPersonGender {
  const lower = words.map((word) => word.toLowerCase());
  const first = lower[0] ?? '';
  if (lower.some((word) => RU_FEMININE_NAME_ENDINGS.some((ending) => word.endsWith(ending)))) return 'feminine';
  if (RU_FEMININE_NAMES_NOT_IN_A.has(first)) return 'feminine';
  if (lower.some((word) => RU_MASCULINE_NAME_ENDINGS.some((ending) => word.endsWith(ending)))) return 'masculine';
  return /[ая]$/.test(first) && !RU_MASCULINE_NAMES_IN_A.has(first) ? 'feminine' : 'masculine';
}

/** Adjectival surnames: Вишневский, Вишневская, Донской, Толстой, Белый (not a first name such as Дмитрий). */
const ADJECTIVAL_SURNAME = /(?:(?:ск|цк)(?:ий|ой|ая)|[^аеёиоуыэюя](?:ый|ой))$/;

function isSurnameLike(part: string, gender: RuPersonGender): boolean {
  const lower = part.toLowerCase();
  return Boolean(findRow(RU_SURNAME_PARADIGMS, lower, gender)) || (lower.length >= 5 && ADJECTIVAL_SURNAME.test(lower));
}

/** One word of a person's name: a first name declines as a noun, a later word as a surname if it is one. */
function inflectPersonWord(word: string, grammaticalCase: RuCase, gender: RuPersonGender, asSurname: boolean): string {
  const lower = word.toLowerCase();
  if (asSurname) {
    const surname = findRow(RU_SURNAME_PARADIGMS, lower, gender);
    if (surname) return applyRow(word, surname, grammaticalCase, true);
    if (isSurnameLike(word, gender)) {
      const adjective = findRow(RU_ADJECTIVE_PARADIGMS, lower, gender);
      if (adjective) return applyRow(word, adjective, grammaticalCase, true);
    }
  }
  return inflectNoun(word, grammaticalCase, { gender, animate: true, common: false }) ?? word;
}

function inflectPersonToken(token: string, grammaticalCase: RuCase, gender: RuPersonGender, asSurname: boolean): string {
  const parts = token.split('-');
  // A double surname declines in both parts (Петрова-Водкина); a compound first name in its last (Касым-Жомарта).
  if (parts.length > 1 && parts.every((part) => isSurnameLike(part, gender))) {
    return parts.map((part) => inflectPersonWord(part, grammaticalCase, gender, true)).join('-');
  }
  const last = parts.pop() ?? '';
  return [...parts, inflectPersonWord(last, grammaticalCase, gender, asSurname)].join('-');
}

function inflectPerson(name: string, grammaticalCase: RuCase, gender: RuPersonGender | undefined): string {
  if (!CYRILLIC.test(name)) return name;
  const initials = INITIALS.exec(name)?.[0] ?? '';
  const words = name.slice(initials.length).split(/\s+/).filter(Boolean);
  const personGender = gender ?? guessGender(words);
  const chinese = words.length >= 2 && RU_CHINESE_SURNAMES.has((words[0] ?? '').toLowerCase());
  const forms = words.map((word, index) => {
    if (chinese) {
      const isGivenName = index === words.length - 1;
      return isGivenName && personGender === 'masculine' ? inflectPersonToken(word, grammaticalCase, personGender, false) : word;
    }
    const asSurname = index > 0 || words.length === 1 || initials !== '';
    return inflectPersonToken(word, grammaticalCase, personGender, asSurname);
  });
  return initials + forms.join(' ');
}

/** A nominative name in a Russian case, or null when its form is not known. */
export function ruInflectName(
  name: string,
  kind: RuNameKind,
  grammaticalCase: RuCase,
  options: { gender?: RuPersonGender } = {},
): string | null {
  const { head, tail } = splitTrailingParenthesis(name.trim());
  const form = kind === 'person' ? inflectPerson(head, grammaticalCase, options.gender) : inflectPhrase(head, grammaticalCase);
  return form === null ? null : form + tail;
}
