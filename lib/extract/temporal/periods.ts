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

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export interface SeasonSpan {
  season: Season;
  firstMonth: number;
  lastMonth: number;
  /**
   * Winter crosses New Year. "Winter 2026" is taken as the winter that ends in 2026
   * (December 2025 – February 2026), the one most of whose months fall in that year.
   */
  startsPreviousYear: boolean;
}

export const SEASON_SPANS: readonly SeasonSpan[] = [
  { season: 'spring', firstMonth: 3, lastMonth: 5, startsPreviousYear: false },
  { season: 'summer', firstMonth: 6, lastMonth: 8, startsPreviousYear: false },
  { season: 'autumn', firstMonth: 9, lastMonth: 11, startsPreviousYear: false },
  { season: 'winter', firstMonth: 12, lastMonth: 2, startsPreviousYear: true },
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
