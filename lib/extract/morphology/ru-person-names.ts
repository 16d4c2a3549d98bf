/**
 * What Russian needs to know about a person's name to decline it: which names are Chinese
 * (surname first, and only a man's given name ending in a consonant declines: Си Цзиньпина,
 * Гун Чжэна, but Ван И, Фан Сяо), and what tells a person's gender.
 */

/** Chinese surnames as written in Russian (Palladius), the first word of a Chinese name. */
export const RU_CHINESE_SURNAMES: ReadonlySet<string> = new Set([
  'бай', 'ван', 'вэй', 'гао', 'го', 'гу', 'гун', 'дай', 'дин', 'ду', 'дун', 'дэн', 'е', 'жэнь', 'инь',
  'кун', 'ли', 'лу', 'лун', 'лэй', 'лю', 'люй', 'лян', 'ляо', 'линь', 'ло', 'ма', 'мао', 'мэн', 'пань',
  'пэн', 'си', 'се', 'сун', 'сунь', 'су', 'сюй', 'сюн', 'сюэ', 'сяо', 'ся', 'тан', 'тань', 'тянь', 'у',
  'фан', 'фань', 'фу', 'фэн', 'хань', 'хао', 'хэ', 'ху', 'хуан', 'хоу', 'цай', 'цао', 'цзэн', 'цзя',
  'цзян', 'цзинь', 'цинь', 'цуй', 'цю', 'цянь', 'чжан', 'чжао', 'чжоу', 'чжу', 'чжун', 'чжэн', 'чэн',
  'чэнь', 'шао', 'ши', 'шэнь', 'юань', 'юй', 'ян', 'янь', 'яо',
]);

/** Endings of a word that make the name a woman's: Иванова, Вишневская, Кемеловна, Нұрланқызы. */
export const RU_FEMININE_NAME_ENDINGS: readonly string[] = [
  'ова', 'ева', 'ёва', 'ина', 'ына', 'ская', 'цкая', 'овна', 'евна', 'ична', 'инична', 'кызы', 'қызы',
];

/** Endings of a word that make the name a man's: Токаев, Карин, Вишневский, Кемелевич, Сарымулы. */
export const RU_MASCULINE_NAME_ENDINGS: readonly string[] = [
  'ов', 'ев', 'ёв', 'ин', 'ын', 'ский', 'цкий', 'ович', 'евич', 'ич', 'улы', 'ұлы',
];

/** Men's first names in -а/-я, which otherwise suggest a woman's name. */
export const RU_MASCULINE_NAMES_IN_A: ReadonlySet<string> = new Set([
  'никита', 'илья', 'кузьма', 'фома', 'лука', 'савва', 'муса', 'иса', 'мирза', 'данила', 'гаврила',
]);

/**
 * Women's first names that do not end in -а/-я, so the ending does not tell: Айгерим and Шолпан
 * (which do not decline), Асель (which declines as a feminine noun in -ь: Асели).
 */
export const RU_FEMININE_NAMES_NOT_IN_A: ReadonlySet<string> = new Set([
  'айгерим', 'айжан', 'айнур', 'акмарал', 'асель', 'балжан', 'ботагоз', 'гаухар', 'гульнар', 'гульжан',
  'дильназ', 'жанар', 'жибек', 'камшат', 'маржан', 'меруерт', 'молдир', 'раушан', 'шолпан', 'элизабет',
]);
