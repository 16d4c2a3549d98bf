import type { KkFinal } from './kk-sounds';

/**
 * Kazakh endings a name can carry, as data. A word is stem + plural + possessive + case, each
 * optional; every row gives a suffix's back and front shapes and the stem-final sounds it follows.
 * Stripping runs from the end: case first, then possessive, then plural. Generation (kk-inflect.ts)
 * reads the same rows: within one name, the first row whose `after` holds the stem's last sound wins,
 * so where two rows allow a sound (instrumental after м, н, ң) the written norm comes first.
 */

export type KkSlot = 'case' | 'possessive' | 'plural';

/** What an ending marks. Analysis strips any row; generation picks, per name, the first row that fits the stem. */
export type KkSuffixName =
  | 'genitive'
  | 'dative'
  | 'accusative'
  | 'locative'
  | 'ablative'
  | 'instrumental'
  | 'locativeRelative'
  | 'relative'
  | 'possessive'
  | 'firstPersonPluralPossessive'
  | 'plural';

export interface KkSuffixRow {
  name: KkSuffixName;
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
  { back: 'ның', front: 'нің', name: 'genitive', slot: 'case', after: ['vowel', 'nasal'] },
  { back: 'дың', front: 'дің', name: 'genitive', slot: 'case', after: ['sonorant', 'lateral', 'sibilant'] },
  { back: 'тың', front: 'тің', name: 'genitive', slot: 'case', after: ['voiceless'] },
  // dative
  { back: 'ға', front: 'ге', name: 'dative', slot: 'case', after: VOICED },
  { back: 'қа', front: 'ке', name: 'dative', slot: 'case', after: ['voiceless'] },
  { back: 'на', front: 'не', name: 'dative', slot: 'case', after: ['possessive'] },
  // accusative
  { back: 'ны', front: 'ні', name: 'accusative', slot: 'case', after: ['vowel'] },
  { back: 'ды', front: 'ді', name: 'accusative', slot: 'case', after: ['sonorant', 'lateral', 'nasal', 'sibilant'] },
  { back: 'ты', front: 'ті', name: 'accusative', slot: 'case', after: ['voiceless'] },
  { back: 'н', front: 'н', name: 'accusative', slot: 'case', after: ['possessive'] },
  // locative
  { back: 'да', front: 'де', name: 'locative', slot: 'case', after: VOICED },
  { back: 'та', front: 'те', name: 'locative', slot: 'case', after: ['voiceless'] },
  { back: 'нда', front: 'нде', name: 'locative', slot: 'case', after: ['possessive'] },
  // ablative
  { back: 'дан', front: 'ден', name: 'ablative', slot: 'case', after: ['vowel', 'sonorant', 'lateral', 'sibilant'] },
  { back: 'нан', front: 'нен', name: 'ablative', slot: 'case', after: ['nasal', 'possessive'] },
  { back: 'тан', front: 'тен', name: 'ablative', slot: 'case', after: ['voiceless'] },
  // instrumental (one shape for both harmonies)
  { back: 'мен', front: 'мен', name: 'instrumental', slot: 'case', after: ['vowel', 'sonorant', 'lateral', 'nasal'] },
  { back: 'бен', front: 'бен', name: 'instrumental', slot: 'case', after: ['sibilant', 'nasal'] },
  { back: 'пен', front: 'пен', name: 'instrumental', slot: 'case', after: ['voiceless'] },
  // locative + relative «-ғы»: Алматыдағы, Шаңхайдағы, қаласындағы
  { back: 'дағы', front: 'дегі', name: 'locativeRelative', slot: 'case', after: VOICED },
  { back: 'тағы', front: 'тегі', name: 'locativeRelative', slot: 'case', after: ['voiceless'] },
  { back: 'ндағы', front: 'ндегі', name: 'locativeRelative', slot: 'case', after: ['possessive'] },
  // relative on time and place words: биылғы, ертеңгі
  { back: 'ғы', front: 'гі', name: 'relative', slot: 'case', after: VOICED },
  { back: 'қы', front: 'кі', name: 'relative', slot: 'case', after: ['voiceless'] },
  // 3rd-person possessive
  { back: 'ы', front: 'і', name: 'possessive', slot: 'possessive', after: CONSONANT },
  { back: 'сы', front: 'сі', name: 'possessive', slot: 'possessive', after: ['vowel'] },
  // 1st-person plural possessive, common in news: еліміз, елімізде, қаламыздың, Қазақстанымыздың
  { back: 'ымыз', front: 'іміз', name: 'firstPersonPluralPossessive', slot: 'possessive', after: CONSONANT },
  { back: 'мыз', front: 'міз', name: 'firstPersonPluralPossessive', slot: 'possessive', after: ['vowel'] },
  // plural
  { back: 'лар', front: 'лер', name: 'plural', slot: 'plural', after: ['vowel', 'sonorant'] },
  { back: 'дар', front: 'дер', name: 'plural', slot: 'plural', after: ['lateral', 'nasal', 'sibilant'] },
  { back: 'тар', front: 'тер', name: 'plural', slot: 'plural', after: ['voiceless'] },
];

/** Shortest stem (in letters) left after stripping. */
export const KK_MIN_STEM_LENGTH = 2;
