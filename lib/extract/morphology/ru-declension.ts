/**
 * Russian declension as data: the singular paradigms of nouns, surnames and adjectives that
 * names and the words of organisation names follow. A row matches a word by its nominative
 * ending (and the letter before it); each form replaces that ending. The accusative of
 * masculine words and of plurals depends on animacy (a person is animate, a place is not).
 */

export const RU_CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
export type RuCase = (typeof RU_CASES)[number];

export type RuGender = 'masculine' | 'feminine' | 'neuter' | 'plural';

export type RuForm = string | { animate: string; inanimate: string };

export interface RuParadigmRow {
  /** The nominative ending the forms replace ('' for a bare consonant stem). */
  ending: string;
  /** Letters one of which must stand right before the ending; any letter when absent. */
  after?: string;
  genders: readonly RuGender[];
  forms: Readonly<Record<RuCase, RuForm>>;
}

const SIBILANTS = 'жшчщ';
const VELARS = 'гкх';

function forms(genitive: string, dative: string, accusative: RuForm, instrumental: string, prepositional: string) {
  return { genitive, dative, accusative, instrumental, prepositional };
}

/** Nouns: place names, first names, head nouns of organisation names. First match wins. */
export const RU_NOUN_PARADIGMS: readonly RuParadigmRow[] = [
  { ending: 'ия', genders: ['feminine', 'masculine'], forms: forms('ии', 'ии', 'ию', 'ией', 'ии') },
  { ending: 'ие', genders: ['neuter'], forms: forms('ия', 'ию', 'ие', 'ием', 'ии') },
  { ending: 'ий', genders: ['masculine'], forms: forms('ия', 'ию', { animate: 'ия', inanimate: 'ий' }, 'ием', 'ии') },
  { ending: 'а', after: VELARS, genders: ['feminine', 'masculine'], forms: forms('и', 'е', 'у', 'ой', 'е') },
  { ending: 'а', after: SIBILANTS, genders: ['feminine', 'masculine'], forms: forms('и', 'е', 'у', 'ей', 'е') },
  { ending: 'а', after: 'ц', genders: ['feminine', 'masculine'], forms: forms('ы', 'е', 'у', 'ей', 'е') },
  { ending: 'а', genders: ['feminine', 'masculine'], forms: forms('ы', 'е', 'у', 'ой', 'е') },
  { ending: 'я', genders: ['feminine', 'masculine'], forms: forms('и', 'е', 'ю', 'ей', 'е') },
  { ending: 'о', after: `${SIBILANTS}ц`, genders: ['neuter'], forms: forms('а', 'у', 'о', 'ем', 'е') },
  { ending: 'о', genders: ['neuter'], forms: forms('а', 'у', 'о', 'ом', 'е') },
  { ending: 'ь', genders: ['masculine'], forms: forms('я', 'ю', { animate: 'я', inanimate: 'ь' }, 'ем', 'е') },
  { ending: 'ь', genders: ['feminine'], forms: forms('и', 'и', 'ь', 'ью', 'и') },
  { ending: 'й', genders: ['masculine'], forms: forms('я', 'ю', { animate: 'я', inanimate: 'й' }, 'ем', 'е') },
  { ending: '', after: `${SIBILANTS}ц`, genders: ['masculine'], forms: forms('а', 'у', { animate: 'а', inanimate: '' }, 'ем', 'е') },
  { ending: '', genders: ['masculine'], forms: forms('а', 'у', { animate: 'а', inanimate: '' }, 'ом', 'е') },
  { ending: 'ы', genders: ['plural'], forms: forms('ов', 'ам', { animate: 'ов', inanimate: 'ы' }, 'ами', 'ах') },
];

/** Endings a noun declines on only when it is a common noun (консульство), not a foreign name (Токио). */
export const RU_COMMON_NOUN_ONLY_ENDINGS: ReadonlySet<string> = new Set(['о', 'ие']);

/** Russian surnames in -ов/-ев/-ин: a mixed paradigm (Токаевым, not *Токаевом; Ивановой). */
const MASCULINE_SURNAME_SUFFIXES = ['ов', 'ев', 'ёв', 'ин', 'ын'];
export const RU_SURNAME_PARADIGMS: readonly RuParadigmRow[] = [
  ...MASCULINE_SURNAME_SUFFIXES.map(
    (s): RuParadigmRow => ({ ending: `${s}а`, genders: ['feminine'], forms: forms(`${s}ой`, `${s}ой`, `${s}у`, `${s}ой`, `${s}ой`) }),
  ),
  ...MASCULINE_SURNAME_SUFFIXES.map(
    (s): RuParadigmRow => ({ ending: s, genders: ['masculine'], forms: forms(`${s}а`, `${s}у`, `${s}а`, `${s}ым`, `${s}е`) }),
  ),
];

/** Adjectives (Генеральное, Китайская, Синьцзян-Уйгурский) and adjectival surnames (Вишневская). */
export const RU_ADJECTIVE_PARADIGMS: readonly RuParadigmRow[] = [
  { ending: 'ый', genders: ['masculine'], forms: forms('ого', 'ому', { animate: 'ого', inanimate: 'ый' }, 'ым', 'ом') },
  { ending: 'ий', after: VELARS, genders: ['masculine'], forms: forms('ого', 'ому', { animate: 'ого', inanimate: 'ий' }, 'им', 'ом') },
  { ending: 'ий', genders: ['masculine'], forms: forms('его', 'ему', { animate: 'его', inanimate: 'ий' }, 'им', 'ем') },
  { ending: 'ой', after: `${VELARS}жш`, genders: ['masculine'], forms: forms('ого', 'ому', { animate: 'ого', inanimate: 'ой' }, 'им', 'ом') },
  { ending: 'ой', genders: ['masculine'], forms: forms('ого', 'ому', { animate: 'ого', inanimate: 'ой' }, 'ым', 'ом') },
  { ending: 'ая', after: SIBILANTS, genders: ['feminine'], forms: forms('ей', 'ей', 'ую', 'ей', 'ей') },
  { ending: 'ая', genders: ['feminine'], forms: forms('ой', 'ой', 'ую', 'ой', 'ой') },
  { ending: 'яя', genders: ['feminine'], forms: forms('ей', 'ей', 'юю', 'ей', 'ей') },
  { ending: 'ое', after: `${VELARS}жш`, genders: ['neuter'], forms: forms('ого', 'ому', 'ое', 'им', 'ом') },
  { ending: 'ое', genders: ['neuter'], forms: forms('ого', 'ому', 'ое', 'ым', 'ом') },
  { ending: 'ее', genders: ['neuter'], forms: forms('его', 'ему', 'ее', 'им', 'ем') },
  { ending: 'ые', genders: ['plural'], forms: forms('ых', 'ым', { animate: 'ых', inanimate: 'ые' }, 'ыми', 'ых') },
  // After velars and hushers only: a word in -ние, -тие is a neuter noun (Совещание), not a plural adjective (Арабские).
  { ending: 'ие', after: `${VELARS}${SIBILANTS}`, genders: ['plural'], forms: forms('их', 'им', { animate: 'их', inanimate: 'ие' }, 'ими', 'их') },
];

/**
 * Endings of a name that never decline: Алматы, Актобе, Гуанчжоу, Токио, Урумчи, Баку, Фан Сяо;
 * and -а after a vowel in a foreign name (Синьхуа, Папуа).
 */
export const RU_INDECLINABLE_ENDINGS: readonly string[] = ['о', 'е', 'ё', 'и', 'у', 'ю', 'э', 'ы', 'уа', 'оа', 'иа', 'еа', 'эа'];

/** Common nouns in -о that do not decline, even as the head of a name (Информационное бюро). */
export const RU_INDECLINABLE_NOUNS: ReadonlySet<string> = new Set(['бюро', 'радио', 'метро', 'кино', 'депо', 'казино', 'инфо']);

/**
 * Nouns ending in a soft sign need their gender: Сиань, Ухань → в Сиане (masculine); Казань,
 * Сычуань → в Казани (feminine). A name in -ь not listed here is not declined by guess.
 */
export const RU_SOFT_SIGN_GENDERS: Readonly<Record<string, 'masculine' | 'feminine'>> = {
  сиань: 'masculine',
  ухань: 'masculine',
  тайвань: 'masculine',
  тяньцзинь: 'masculine',
  шэньчжэнь: 'masculine',
  далянь: 'masculine',
  цзилинь: 'masculine',
  гуйлинь: 'masculine',
  тайюань: 'masculine',
  чанчунь: 'masculine',
  цзинань: 'masculine',
  иньчуань: 'masculine',
  сямынь: 'masculine',
  хайнань: 'masculine',
  израиль: 'masculine',
  ярославль: 'masculine',
  кремль: 'masculine',
  игорь: 'masculine',
  казань: 'feminine',
  рязань: 'feminine',
  тюмень: 'feminine',
  пермь: 'feminine',
  тверь: 'feminine',
  астрахань: 'feminine',
  сибирь: 'feminine',
  беларусь: 'feminine',
  сычуань: 'feminine',
  область: 'feminine',
};

/** Stems that lose a vowel in the oblique cases: Египет → Египта, Павел → Павла, Пётр → Петра. */
export const RU_OBLIQUE_STEMS: Readonly<Record<string, string>> = {
  египет: 'египт',
  павел: 'павл',
  пётр: 'петр',
  лев: 'льв',
};

/** Names that are plural nouns: в Нидерландах, Филиппин. */
export const RU_PLURAL_NAMES: ReadonlySet<string> = new Set(['нидерланды', 'филиппины', 'мальдивы', 'сейшелы', 'эмираты', 'штаты']);

/**
 * Common nouns that head organisation and place names: a name that starts with one declines it
 * and keeps the rest (Министерство иностранных дел → Министерства иностранных дел; Республика
 * Казахстан → Республики Казахстан). A name of several words that starts with a word neither
 * listed nor an adjective is not declined by guess: a brand (Эйр Астана), a Kazakh phrase
 * (Казахстан темир жолы), a coordination (Пояс и путь).
 */
export const RU_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'авиакомпания',
  'агентство',
  'академия',
  'акимат',
  'администрация',
  'аэропорт',
  'ассамблея',
  'ассоциация',
  'банк',
  'биржа',
  'генконсульство',
  'город',
  'группа',
  'департамент',
  'движение',
  'институт',
  'канцелярия',
  'комиссия',
  'комитет',
  'компания',
  'консульство',
  'корпорация',
  'край',
  'мажилис',
  'министерство',
  'муниципалитет',
  'область',
  'общество',
  'объединение',
  'округ',
  'организация',
  'палата',
  'парламент',
  'партия',
  'посольство',
  'правительство',
  'представительство',
  'провинция',
  'район',
  'регион',
  'республика',
  'сенат',
  'служба',
  'совет',
  'совещание',
  'содружество',
  'союз',
  'суд',
  'управление',
  'университет',
  'федерация',
  'фонд',
  'форум',
  'холдинг',
  'центр',
]);
