/**
 * Kazakh sound classes that choose a suffix's shape: the harmony of a stem's last vowel, and the
 * class of its last sound (a suffix's first consonant assimilates to it).
 */

export type KkHarmony = 'back' | 'front' | 'either';

/** Class of the last sound of a stem. `possessive`: the stem ends in the 3rd-person possessive ы/і. */
export type KkFinal = 'vowel' | 'sonorant' | 'lateral' | 'nasal' | 'sibilant' | 'voiceless' | 'possessive';

export const KK_VOWEL_HARMONY: Readonly<Record<string, KkHarmony>> = {
  а: 'back',
  о: 'back',
  ұ: 'back',
  ы: 'back',
  я: 'back',
  ё: 'back',
  ә: 'front',
  ө: 'front',
  ү: 'front',
  і: 'front',
  е: 'front',
  э: 'front',
  // Borrowed spellings and glides whose harmony the letter does not tell.
  и: 'either',
  у: 'either',
  ю: 'either',
};

/** Glides written as vowels whose harmony is that of the vowel before them. */
export const KK_HARMONY_FROM_PREVIOUS_VOWEL = new Set(['у', 'ю']);

/** Vowel letters after which «е» is read [je] and carries no harmony (Тоқаев → Тоқаевтың). */
export const KK_VOWELS = new Set(Object.keys(KK_VOWEL_HARMONY));

/** A letter can belong to two classes: «у» and «и» end a stem like a vowel or like a glide. */
export const KK_FINAL_CLASSES: Readonly<Record<string, readonly KkFinal[]>> = {
  а: ['vowel'],
  ә: ['vowel'],
  е: ['vowel'],
  ё: ['vowel'],
  о: ['vowel'],
  ө: ['vowel'],
  ұ: ['vowel'],
  ү: ['vowel'],
  ы: ['vowel', 'possessive'],
  і: ['vowel', 'possessive'],
  э: ['vowel'],
  ю: ['vowel'],
  я: ['vowel'],
  и: ['vowel', 'sonorant'],
  у: ['vowel', 'sonorant'],
  р: ['sonorant'],
  й: ['sonorant'],
  л: ['lateral'],
  м: ['nasal'],
  н: ['nasal'],
  ң: ['nasal'],
  з: ['sibilant'],
  ж: ['sibilant'],
  к: ['voiceless'],
  қ: ['voiceless'],
  п: ['voiceless'],
  с: ['voiceless'],
  т: ['voiceless'],
  ш: ['voiceless'],
  щ: ['voiceless'],
  ф: ['voiceless'],
  х: ['voiceless'],
  һ: ['voiceless'],
  ц: ['voiceless'],
  ч: ['voiceless'],
  // Voiced stops and в take the voiceless shapes: Тоқаевтың, Бишкектің.
  б: ['voiceless'],
  в: ['voiceless'],
  г: ['voiceless'],
  ғ: ['voiceless'],
  д: ['voiceless'],
};

/** Letters skipped when looking for a stem's last sound. */
export const KK_SILENT_SIGNS = new Set(['ь', 'ъ']);

/** Stem-final consonants voiced before a vowel-initial suffix: министрлік → министрлігі. */
export const KK_VOICED_BEFORE_VOWEL: Readonly<Record<string, string>> = {
  г: 'к',
  ғ: 'қ',
  б: 'п',
};
