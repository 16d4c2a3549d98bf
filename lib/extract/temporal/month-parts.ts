import type { Language } from '../types';
import { daysInMonth } from '../../domain/civil-date';

/**
 * Parts of a named month: «сәуірдің ортасында», «в начале мая», "late June", «в первой декаде
 * июля», "the second half of May".
 *
 * Convention (one for every language): the beginning of a month is days 1–10, the middle 11–20,
 * the end 21 to the last day, matching the Russian official «декада» (ten-day period); a half is
 * 1–15 or 16 to the last day.
 */

export type MonthPart = 'beginning' | 'middle' | 'end' | 'firstHalf' | 'secondHalf';

/** First and last day of each part; `last: null` is the month's last day. */
export const MONTH_PART_DAYS: Record<MonthPart, { first: number; last: number | null }> = {
  beginning: { first: 1, last: 10 },
  middle: { first: 11, last: 20 },
  end: { first: 21, last: null },
  firstHalf: { first: 1, last: 15 },
  secondHalf: { first: 16, last: null },
};

/** The days a part covers in a given month. */
export function monthPartDays(part: MonthPart, year: number, month: number): { first: number; last: number } {
  const { first, last } = MONTH_PART_DAYS[part];
  return { first, last: last ?? daysInMonth(year, month) };
}

/** Kazakh part nouns with the possessive «-ы» they take after a month: «мамырдың басында». */
const KK_PART_STEMS: readonly { part: MonthPart; stems: readonly string[] }[] = [
  { part: 'beginning', stems: ['басы'] },
  { part: 'middle', stems: ['ортасы'] },
  { part: 'end', stems: ['соңы', 'аяғы'] },
];

/** Case endings after the possessive: басы, басында, басынан, басына, басындағы, басын. */
const KK_PART_ENDINGS = ['', 'нда', 'нан', 'на', 'ндағы', 'н'] as const;

/**
 * Part words in the forms they take before or after a month name. Russian nouns are listed in
 * every case («в начале», «с конца», «к середине»); English has "early", "mid", "late" before a
 * month and "the beginning / start / middle / end of" before it.
 */
export const MONTH_PART_WORDS: Record<Language, readonly { part: MonthPart; words: readonly string[] }[]> = {
  kk: KK_PART_STEMS.map(({ part, stems }) => ({
    part,
    words: stems.flatMap((stem) => KK_PART_ENDINGS.map((ending) => `${stem}${ending}`)),
  })),
  ru: [
    { part: 'beginning', words: ['начало', 'начала', 'началу', 'началом', 'начале'] },
    { part: 'middle', words: ['середина', 'середины', 'середине', 'середину', 'серединой'] },
    { part: 'end', words: ['конец', 'конца', 'концу', 'концом', 'конце'] },
  ],
  en: [
    { part: 'beginning', words: ['early', 'beginning', 'start'] },
    { part: 'middle', words: ['mid', 'middle'] },
    { part: 'end', words: ['late', 'end'] },
  ],
};

export function monthPartWords(language: Language): string[] {
  return MONTH_PART_WORDS[language].flatMap(({ words }) => words);
}

export function monthPartOfWord(language: Language, word: string): MonthPart | null {
  const lower = word.toLowerCase();
  return MONTH_PART_WORDS[language].find(({ words }) => words.includes(lower))?.part ?? null;
}

/** The part a numbered half (1, 2) or ten-day period (1, 2, 3) of a month stands for. */
export function numberedMonthPart(unit: 'half' | 'decade', ordinal: number): MonthPart | null {
  if (unit === 'half') return ordinal === 1 ? 'firstHalf' : ordinal === 2 ? 'secondHalf' : null;
  return (['beginning', 'middle', 'end'] as const)[ordinal - 1] ?? null;
}
