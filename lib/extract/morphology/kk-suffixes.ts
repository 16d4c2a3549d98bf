import type { KkFinal } from './kk-sounds';

/**
 * Kazakh endings a name can carry, as data. A word is stem + plural + possessive + case, each
 * optional; every row gives a suffix's back and front shapes and the stem-final sounds it follows.
 * Stripping runs from the end: case first, then possessive, then plural.
 */

export type KkSlot = 'case' | 'possessive' | 'plural';

export interface KkSuffixRow {
  back: string;
  front: string;
  slot: KkSlot;
  after: readonly KkFinal[];
}

const VOICED: readonly KkFinal[] = ['vowel', 'sonorant', 'lateral', 'nasal', 'sibilant'];
const CONSONANT: readonly KkFinal[] = ['sonorant', 'lateral', 'nasal', 'sibilant', 'voiceless'];

export const KK_SUFFIX_SLOT_ORDER: readonly KkSlot[] = ['case', 'possessive', 'plural'];

export const KK_SUFFIXES: readonly KkSuffixRow[] = [
  // genitive
  { back: 'ның', front: 'нің', slot: 'case', after: ['vowel', 'nasal'] },
  { back: 'дың', front: 'дің', slot: 'case', after: ['sonorant', 'lateral', 'sibilant'] },
  { back: 'тың', front: 'тің', slot: 'case', after: ['voiceless'] },
  // dative
  { back: 'ға', front: 'ге', slot: 'case', after: VOICED },
  { back: 'қа', front: 'ке', slot: 'case', after: ['voiceless'] },
  { back: 'на', front: 'не', slot: 'case', after: ['possessive'] },
  // accusative
  { back: 'ны', front: 'ні', slot: 'case', after: ['vowel'] },
  { back: 'ды', front: 'ді', slot: 'case', after: ['sonorant', 'lateral', 'nasal', 'sibilant'] },
  { back: 'ты', front: 'ті', slot: 'case', after: ['voiceless'] },
  { back: 'н', front: 'н', slot: 'case', after: ['possessive'] },
  // locative
  { back: 'да', front: 'де', slot: 'case', after: VOICED },
  { back: 'та', front: 'те', slot: 'case', after: ['voiceless'] },
  { back: 'нда', front: 'нде', slot: 'case', after: ['possessive'] },
  // ablative
  { back: 'дан', front: 'ден', slot: 'case', after: ['vowel', 'sonorant', 'lateral', 'sibilant'] },
  { back: 'нан', front: 'нен', slot: 'case', after: ['nasal', 'possessive'] },
  { back: 'тан', front: 'тен', slot: 'case', after: ['voiceless'] },
  // instrumental (one shape for both harmonies)
  { back: 'мен', front: 'мен', slot: 'case', after: ['vowel', 'sonorant', 'lateral', 'nasal'] },
  { back: 'бен', front: 'бен', slot: 'case', after: ['sibilant', 'nasal'] },
  { back: 'пен', front: 'пен', slot: 'case', after: ['voiceless'] },
  // locative + relative «-ғы»: Алматыдағы, Шаңхайдағы, қаласындағы
  { back: 'дағы', front: 'дегі', slot: 'case', after: VOICED },
  { back: 'тағы', front: 'тегі', slot: 'case', after: ['voiceless'] },
  { back: 'ндағы', front: 'ндегі', slot: 'case', after: ['possessive'] },
  // relative on time and place words: биылғы, ертеңгі
  { back: 'ғы', front: 'гі', slot: 'case', after: VOICED },
  { back: 'қы', front: 'кі', slot: 'case', after: ['voiceless'] },
  // 3rd-person possessive
  { back: 'ы', front: 'і', slot: 'possessive', after: CONSONANT },
  { back: 'сы', front: 'сі', slot: 'possessive', after: ['vowel'] },
  // 1st-person plural possessive, common in news: еліміз, елімізде, қаламыздың, Қазақстанымыздың
  { back: 'ымыз', front: 'іміз', slot: 'possessive', after: CONSONANT },
  { back: 'мыз', front: 'міз', slot: 'possessive', after: ['vowel'] },
  // plural
  { back: 'лар', front: 'лер', slot: 'plural', after: ['vowel', 'sonorant'] },
  { back: 'дар', front: 'дер', slot: 'plural', after: ['lateral', 'nasal', 'sibilant'] },
  { back: 'тар', front: 'тер', slot: 'plural', after: ['voiceless'] },
];

/** Shortest stem (in letters) left after stripping. */
export const KK_MIN_STEM_LENGTH = 2;
