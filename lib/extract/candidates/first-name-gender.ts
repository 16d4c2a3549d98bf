import { transliterate } from '../transliterate';
import { latinNameSkeleton } from '../transliteration/name-skeleton';
import { KAZAKH_TO_RUSSIAN_LETTERS } from '../transliteration/kazakh-letters';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names';

export type Gender = 'male' | 'female';

interface NameTable {
  /** Russian spellings, lower case, ё as е. */
  cyrillic: ReadonlySet<string>;
  /** Latin skeletons of the transliterations (Nurlan, Yerlan ~ Erlan). */
  latin: ReadonlySet<string>;
}

const MALE = nameTable(MALE_FIRST_NAMES);
const FEMALE = nameTable(FEMALE_FIRST_NAMES);

function nameTable(names: readonly string[]): NameTable {
  return {
    cyrillic: new Set(names.map(cyrillicKey)),
    latin: new Set(names.map((name) => latinNameSkeleton(transliterate(name)))),
  };
}

const CYRILLIC = /[\u0400-\u04FF]/u;

function cyrillicKey(word: string): string {
  let key = '';
  for (const char of word.toLowerCase()) key += char === 'ё' ? 'е' : (KAZAKH_TO_RUSSIAN_LETTERS[char] ?? char);
  return key;
}

/** The gender of a frequent first name in any of our scripts (Нұрлан, Нурлан, Nurlan), or null. */
export function firstNameGender(word: string): Gender | null {
  const cyrillic = CYRILLIC.test(word);
  const key = cyrillic ? cyrillicKey(word) : latinNameSkeleton(word);
  if ((cyrillic ? MALE.cyrillic : MALE.latin).has(key)) return 'male';
  if ((cyrillic ? FEMALE.cyrillic : FEMALE.latin).has(key)) return 'female';
  return null;
}
