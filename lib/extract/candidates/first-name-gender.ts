import { transliterate } from '../transliterate';
import { latinNameSkeleton } from '../transliteration/name-skeleton';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names';

export type Gender = 'male' | 'female';

const MALE = new Set(MALE_FIRST_NAMES.map(firstNameKey));
const FEMALE = new Set(FEMALE_FIRST_NAMES.map(firstNameKey));

function firstNameKey(word: string): string {
  return latinNameSkeleton(transliterate(word));
}

/** The gender of a frequent first name in any of our scripts (Нұрлан, Нурлан, Nurlan), or null. */
export function firstNameGender(word: string): Gender | null {
  const key = firstNameKey(word);
  if (MALE.has(key)) return 'male';
  if (FEMALE.has(key)) return 'female';
  return null;
}
