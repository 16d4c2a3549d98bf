import type { Language } from '../types';

/**
 * Parts of a year: ordinals that number halves and quarters, and the seasons.
 */

export interface OrdinalWord {
  value: number;
  /** Lower-case word starts: Russian ordinals decline («первом», «первой»), so a stem is enough. */
  prefixes: readonly string[];
}

export const ORDINAL_WORDS: Record<Language, readonly OrdinalWord[]> = {
  kk: [
    { value: 1, prefixes: ['бірінші', 'алғашқы'] },
    { value: 2, prefixes: ['екінші'] },
    { value: 3, prefixes: ['үшінші'] },
    { value: 4, prefixes: ['төртінші'] },
  ],
  ru: [
    { value: 1, prefixes: ['перв'] },
    { value: 2, prefixes: ['втор'] },
    { value: 3, prefixes: ['трет'] },
    { value: 4, prefixes: ['четверт', 'четвёрт'] },
  ],
  en: [
    { value: 1, prefixes: ['first', '1st'] },
    { value: 2, prefixes: ['second', '2nd'] },
    { value: 3, prefixes: ['third', '3rd'] },
    { value: 4, prefixes: ['fourth', '4th'] },
  ],
};

/** Roman numerals for quarters and halves, Latin I or the Kazakh Cyrillic І. */
export const ROMAN_ORDINALS: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  І: 1,
  ІІ: 2,
  ІІІ: 3,
  ІV: 4,
};

/** The number an ordinal word, digit («1-м», «2-ші») or Roman numeral stands for. */
export function ordinalValue(language: Language, text: string): number | null {
  const digit = /^[1-4]/.exec(text);
  if (digit) return Number(digit[0]);
  const roman = ROMAN_ORDINALS[text];
  if (roman !== undefined) return roman;
  const lower = text.toLowerCase();
  return ORDINAL_WORDS[language].find(({ prefixes }) => prefixes.some((prefix) => lower.startsWith(prefix)))?.value ?? null;
}

/**
 * The four seasons, and the two navigation periods of air and river transport: the summer
 * navigation («көктемгі-жазғы навигация», «весенне-летний период», "the spring-summer season")
 * and the winter one («осенне-зимний период», "the autumn-winter season").
 */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter' | 'summerNavigation' | 'winterNavigation';

export interface SeasonSpan {
  season: Season;
  firstMonth: number;
  lastMonth: number;
  /**
   * Winter crosses New Year. "Winter 2026" is taken as the winter that ends in 2026
   * (December 2025 – February 2026), the one most of whose months fall in that year.
   */
  startsPreviousYear: boolean;
  /** The winter navigation is named by the year it starts in, as airlines do (W25: October 2025 – March 2026). */
  endsNextYear: boolean;
}

/**
 * Calendar seasons by whole months. The navigation periods follow the airlines' schedule seasons
 * (summer: the last Sunday of March to the last Saturday of October), rounded to whole months:
 * March–October and October–March.
 */
export const SEASON_SPANS: readonly SeasonSpan[] = [
  { season: 'spring', firstMonth: 3, lastMonth: 5, startsPreviousYear: false, endsNextYear: false },
  { season: 'summer', firstMonth: 6, lastMonth: 8, startsPreviousYear: false, endsNextYear: false },
  { season: 'autumn', firstMonth: 9, lastMonth: 11, startsPreviousYear: false, endsNextYear: false },
  { season: 'winter', firstMonth: 12, lastMonth: 2, startsPreviousYear: true, endsNextYear: false },
  { season: 'summerNavigation', firstMonth: 3, lastMonth: 10, startsPreviousYear: false, endsNextYear: false },
  { season: 'winterNavigation', firstMonth: 10, lastMonth: 3, startsPreviousYear: false, endsNextYear: true },
];

/** Season words as lower-case stems (kk takes endings) or full forms (ru, en). */
export const SEASON_WORDS: Record<Language, readonly { season: Season; words: readonly string[] }[]> = {
  kk: [
    { season: 'spring', words: ['көктем'] },
    { season: 'summer', words: ['жаз'] },
    { season: 'autumn', words: ['күз'] },
    { season: 'winter', words: ['қыс'] },
  ],
  ru: [
    { season: 'spring', words: ['весна', 'весны', 'весне', 'весну', 'весной', 'весною'] },
    { season: 'summer', words: ['лето', 'лета', 'лету', 'летом', 'лете'] },
    { season: 'autumn', words: ['осень', 'осени', 'осенью'] },
    { season: 'winter', words: ['зима', 'зимы', 'зиме', 'зиму', 'зимой', 'зимою'] },
  ],
  en: [
    { season: 'spring', words: ['spring'] },
    { season: 'summer', words: ['summer'] },
    { season: 'autumn', words: ['autumn', 'fall'] },
    { season: 'winter', words: ['winter'] },
  ],
};

/** Russian seasons in the instrumental case mean "in that season" on their own: «летом», «осенью». */
export const RU_SEASON_ADVERBS = ['весной', 'весною', 'летом', 'осенью', 'зимой', 'зимою'] as const;

export function seasonOfWord(language: Language, word: string): Season | null {
  const lower = word.toLowerCase();
  const rows = SEASON_WORDS[language];
  const found =
    language === 'kk'
      ? rows.find(({ words }) => words.some((stem) => lower.startsWith(stem)))
      : rows.find(({ words }) => words.includes(lower));
  return found?.season ?? null;
}

/**
 * Season adjectives and compounds, which name a period only with a period noun after them
 * (SEASON_PERIOD_NOUNS): «жазғы маусымда», «в летний период», "the summer season". A compound of
 * two seasons is a navigation period. Kazakh and English list whole words (a hyphen matches any
 * dash), Russian lists stems that take any adjective ending.
 */
export const SEASON_ADJECTIVES: Record<Language, readonly { season: Season; words: readonly string[] }[]> = {
  kk: [
    { season: 'summerNavigation', words: ['көктемгі-жазғы'] },
    { season: 'winterNavigation', words: ['күзгі-қысқы'] },
    { season: 'spring', words: ['көктемгі'] },
    { season: 'summer', words: ['жазғы'] },
    { season: 'autumn', words: ['күзгі'] },
    { season: 'winter', words: ['қысқы'] },
  ],
  ru: [
    { season: 'summerNavigation', words: ['весенне-летн'] },
    { season: 'winterNavigation', words: ['осенне-зимн'] },
    { season: 'spring', words: ['весенн'] },
    { season: 'summer', words: ['летн'] },
    { season: 'autumn', words: ['осенн'] },
    { season: 'winter', words: ['зимн'] },
  ],
  en: [
    { season: 'summerNavigation', words: ['spring-summer'] },
    { season: 'winterNavigation', words: ['autumn-winter', 'fall-winter'] },
    { season: 'spring', words: ['spring'] },
    { season: 'summer', words: ['summer'] },
    { season: 'autumn', words: ['autumn', 'fall'] },
    { season: 'winter', words: ['winter'] },
  ],
};

/** Nouns after a season adjective that make it a period (stems: they take endings in kk and ru). */
export const SEASON_PERIOD_NOUNS: Record<Language, readonly string[]> = {
  kk: ['кезең', 'маусым', 'мезгіл'],
  ru: ['период', 'сезон'],
  en: ['season', 'period'],
};

/** The word for navigation (the transport schedule season), a stem in kk and ru. */
export const NAVIGATION_WORDS: Record<Language, string> = { kk: 'навигация', ru: 'навигаци', en: 'navigation' };

/** With the word "navigation", summer and winter are the transport schedule seasons («летняя навигация»). */
const NAVIGATION_OF: Partial<Record<Season, Season>> = { summer: 'summerNavigation', winter: 'winterNavigation' };

const DASHES = /[-–—]/gu;

/** The season a matched adjective stands for («жазғы», «летнего», "spring–summer"), or null. */
export function seasonOfAdjective(language: Language, word: string, navigation: boolean): Season | null {
  const lower = word.toLowerCase().replace(DASHES, '-');
  const row = SEASON_ADJECTIVES[language].find(({ words }) =>
    words.some((candidate) => (language === 'ru' ? lower.startsWith(candidate) : lower === candidate)),
  );
  if (!row) return null;
  return navigation ? (NAVIGATION_OF[row.season] ?? row.season) : row.season;
}
