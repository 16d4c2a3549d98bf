import type { Language } from '../types';

/**
 * What a person's name looks like, as data: surname endings, the case endings that close a
 * Kazakh name, Russian name endings with their nominative, patronymics.
 */

/** Endings of surnames and patronymics, normalized (Аққошқаров, Нурышева, Серікұлы, Akkoshkarov). */
export const SURNAME_ENDINGS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['ов', 'ев', 'ин', 'ова', 'ева', 'ина', 'ұлы', 'қызы', 'ский', 'ская', 'енко'],
  ru: ['ов', 'ев', 'ёв', 'ин', 'ын', 'ова', 'ева', 'ина', 'ына', 'улы', 'кызы', 'ский', 'ская', 'цкий', 'енко', 'ович', 'евич', 'овна', 'евна'],
  en: ['ov', 'ev', 'yev', 'in', 'ova', 'eva', 'ina', 'uly', 'kyzy', 'sky', 'skiy', 'enko', 'ovich', 'evich'],
};

/**
 * Surname endings that many ordinary words and place names share (Берлин, Украина, Dublin): a
 * surname with one of these alone needs more evidence (a known first name, an honorific, the
 * surname used alone elsewhere in the text).
 */
export const WEAK_SURNAME_ENDINGS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['ин', 'ина'],
  ru: ['ин', 'ын', 'ина', 'ына'],
  en: ['in', 'ina'],
};

/** Russian surname endings of a woman's surname, which are also a man's in the genitive (Сауранбаева). */
export const RU_FEMININE_SURNAME_ENDINGS: readonly string[] = ['ова', 'ева', 'ёва', 'ина', 'ына'];

/** Words of address next to a name: before it (Mr, господин) or after it (Kazakh мырза, ханым). */
export const HONORIFICS: Readonly<Record<Language, { before: readonly string[]; after: readonly string[] }>> = {
  kk: { before: [], after: ['мырза', 'ханым'] },
  ru: { before: ['господин', 'госпожа', 'г-н', 'г-жа'], after: [] },
  en: { before: ['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'dr', 'sir'], after: [] },
};

/** Middle names that make a three-word name (Нұрлан Серікұлы Аққошқаров, Иван Петрович Сидоров). */
export const PATRONYMIC_ENDINGS: readonly string[] = [
  'ұлы', 'қызы', 'улы', 'кызы', 'ович', 'евич', 'ич', 'овна', 'евна', 'ична', 'uly', 'kyzy', 'ovich', 'evich',
];

/**
 * Kazakh case endings stripped from the last word of a name. `strong` endings are rarely the end
 * of a bare name, so they are stripped on their own; weak ones (Нұрсұлтан ends like an ablative)
 * only when what remains looks like a surname or a Chinese name.
 */
export const KK_NAME_CASE_ENDINGS: readonly { ending: string; strong: boolean }[] = [
  ...['ның', 'нің', 'дың', 'дің', 'тың', 'тің'].map((ending) => ({ ending, strong: true })),
  ...['ға', 'ге', 'қа', 'ке'].map((ending) => ({ ending, strong: true })),
  ...['мен', 'бен', 'пен'].map((ending) => ({ ending, strong: true })),
  ...['дағы', 'дегі', 'тағы', 'тегі'].map((ending) => ({ ending, strong: true })),
  ...['ны', 'ні', 'ды', 'ді', 'ты', 'ті'].map((ending) => ({ ending, strong: false })),
  ...['да', 'де', 'та', 'те'].map((ending) => ({ ending, strong: false })),
  ...['дан', 'ден', 'тан', 'тен', 'нан', 'нен'].map((ending) => ({ ending, strong: false })),
];

/**
 * Russian name endings and the nominative ending that replaces them, tried in order. Applied only
 * when the name is known to be in an oblique case: the role word before it is inflected
 * («послом Нурланом Аккошкаровым»), its surname has an unambiguous case ending
 * (`RU_OBLIQUE_SURNAME_ENDINGS`), or a Chinese name becomes Palladius without the ending
 * (Чжэном → Чжэн). Nominatives like Касым, Сергей, Анна look like case forms, hence the care.
 * `nominative` '' needs a consonant before the ending; `afterVowel` replaces it after a vowel.
 */
export const RU_NAME_ENDINGS: readonly { ending: string; nominative: string; afterVowel?: string }[] = [
  { ending: 'ией', nominative: 'ия' },
  { ending: 'ым', nominative: '' },
  { ending: 'ом', nominative: '' },
  { ending: 'ем', nominative: 'ь', afterVowel: 'й' },
  { ending: 'ой', nominative: 'а' },
  { ending: 'у', nominative: '' },
  { ending: 'ю', nominative: 'ь', afterVowel: 'й' },
  { ending: 'е', nominative: '' },
  { ending: 'а', nominative: '' },
  { ending: 'я', nominative: 'ь', afterVowel: 'й' },
  { ending: 'ы', nominative: 'а' },
];

/**
 * Russian adjective endings that no name word has (Восточного, Южный, Новая): such a capitalised
 * word belongs to a place or an institution. «-ий» is left out: Юрий, Дмитрий.
 */
export const RU_ADJECTIVE_ONLY_ENDINGS: readonly string[] = [
  'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ых', 'их', 'ыми', 'ими', 'ую', 'юю',
];

/** Endings of names that Russian does not decline (Абдигалиулы, Серікқызы). */
export const RU_INDECLINABLE_NAME_ENDINGS: readonly string[] = ['улы', 'ұлы', 'кызы', 'қызы', 'uly', 'kyzy'];

/** Surname endings that only an oblique case has (Токаевым, Токаеву, Токаеве, Нурышевой). */
export const RU_OBLIQUE_SURNAME_ENDINGS: readonly string[] = [
  'овым', 'евым', 'иным', 'ыным', 'ову', 'еву', 'ину', 'ыну', 'ове', 'еве', 'ине', 'овой', 'евой', 'иной',
];
