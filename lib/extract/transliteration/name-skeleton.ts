/**
 * Spellings of one name in Latin letters that English-language news, Kazakh Latin and our own
 * transliteration produce, folded to one skeleton: Tokayev = Tokaev, Yerlan = Erlan, Aytmukhambetov =
 * Aitmukhambetov, Japarov = Zhaparov, Qasym = Kassym = Kasym, Berdimuhamedow = Berdymukhamedov.
 * Rows are applied in order to the lower-case letters; then doubled letters collapse.
 */
export const LATIN_NAME_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ş/gu, 'sh'],
  [/ç/gu, 'ch'],
  [/ı/gu, 'i'],
  [/kh/gu, 'h'],
  [/dzh/gu, 'zh'],
  [/j/gu, 'zh'],
  [/q/gu, 'k'],
  [/w/gu, 'v'],
  [/ng/gu, 'n'],
  // «й» before a vowel (Yerlan, Tokayev) is often left out; elsewhere y and i alternate (Aytmukhambetov).
  [/y(?=[aeiou])/gu, ''],
  [/iy\b/gu, 'i'],
  [/y/gu, 'i'],
];

const COMBINING_MARKS = /\p{M}/gu;
const NOT_LATIN_LETTER = /[^a-z\s]/gu;
const DOUBLED = /([a-z])\1+/gu;
const SPACES = /\s+/gu;

/** The skeleton of a name written in Latin letters, words joined without spaces. */
export function latinNameSkeleton(latin: string): string {
  let folded = latin.toLowerCase();
  for (const [pattern, replacement] of LATIN_NAME_FOLDS) folded = folded.replace(pattern, replacement);
  return folded.normalize('NFD').replace(COMBINING_MARKS, '').replace(NOT_LATIN_LETTER, '').replace(DOUBLED, '$1').replace(SPACES, '');
}
