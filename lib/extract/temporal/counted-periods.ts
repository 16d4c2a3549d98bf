import type { Language } from '../types';
import { daysInMonth } from '../../domain/civil-date';
import { numberValue } from './number-words';
import { resolveInterval, resolveRelative, type ResolveContext } from './resolve';
import { readMonth, readYear, YEAR_PREFIXES, type GroupResolver, type MatchGroups } from './rule';

/**
 * Periods given by a count or by their start: the first or last N months (quarters) of a year («Биылғы жылдың бес
 * айында», «за пять месяцев 2025 года», "the first five months of 2025", "in six months this
 * year"), the first or last N days of a month («қаңтардың алғашқы үш күнінде», "the first three
 * days of January"), and N units back from publication («осыдан отыз бес жыл бұрын», «32 года
 * назад», "32 years ago"); from the start of the year or month to publication («С начала года»,
 * «жыл басынан бері», "since the beginning of the year").
 *
 * Groups: n (the count, digits or words), u (the unit word), pos (first / last), m (month) and
 * the year groups of `readYear`.
 */

export type CountUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** Unit words by their start (they take case and plural endings), checked in order. */
export const COUNT_UNIT_WORDS: Record<Language, readonly { unit: CountUnit; prefixes: readonly string[] }[]> = {
  kk: [
    { unit: 'year', prefixes: ['жыл'] },
    { unit: 'month', prefixes: ['ай'] },
    { unit: 'week', prefixes: ['апта'] },
    { unit: 'day', prefixes: ['күн'] },
    { unit: 'quarter', prefixes: ['тоқсан'] },
  ],
  ru: [
    { unit: 'decade', prefixes: ['десятилет'] },
    { unit: 'year', prefixes: ['год', 'лет'] },
    { unit: 'month', prefixes: ['месяц'] },
    { unit: 'quarter', prefixes: ['квартал'] },
    { unit: 'week', prefixes: ['недел'] },
    { unit: 'day', prefixes: ['день', 'дн', 'сут'] },
  ],
  en: [
    { unit: 'decade', prefixes: ['decade'] },
    { unit: 'year', prefixes: ['year'] },
    { unit: 'month', prefixes: ['month'] },
    { unit: 'quarter', prefixes: ['quarter'] },
    { unit: 'week', prefixes: ['week'] },
    { unit: 'day', prefixes: ['day'] },
  ],
};

/** Words that count from the end («соңғы», «последние», "last"); any other position word counts from the start. */
export const COUNT_FROM_END_WORDS: Record<Language, readonly string[]> = {
  kk: ['соңғы'],
  ru: ['последн'],
  en: ['last'],
};

function unitOf(language: Language, word: string | undefined): CountUnit | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  return COUNT_UNIT_WORDS[language].find(({ prefixes }) => prefixes.some((prefix) => lower.startsWith(prefix)))?.unit ?? null;
}

function countsFromEnd(language: Language, word: string | undefined): boolean {
  const lower = word?.toLowerCase();
  return lower !== undefined && COUNT_FROM_END_WORDS[language].some((prefix) => lower.startsWith(prefix));
}

/** The count: a number in words or digits; an English "a"/"an" or no number at all («год назад») is one. */
function readCount(groups: MatchGroups, language: Language): number | null {
  const text = groups.n;
  if (text === undefined || /^an?$/i.test(text)) return 1;
  const value = numberValue(language, text);
  return value !== null && value > 0 ? value : null;
}

const MONTHS_IN: Partial<Record<CountUnit, number>> = { month: 1, quarter: 3 };

/**
 * The first (or, after «соңғы / последние / last», the last) N months or quarters of a year. With
 * no year in the text the count needs a position word and means the current year's months already
 * past at publication («за первые пять месяцев» published in June): a count that does not fit
 * before the publication month is a duration, not a date.
 */
export const resolveCountedMonths: GroupResolver = (groups, context) => {
  const count = readCount(groups, context.language);
  const perUnit = MONTHS_IN[unitOf(context.language, groups.u) ?? 'day'];
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (count === null || perUnit === undefined || !year) return null;
  const months = count * perUnit;
  const fromEnd = countsFromEnd(context.language, groups.pos);
  if (months > 12) return null;
  if (!year.stated && (groups.pos === undefined || fromEnd || months >= context.published.month)) return null;
  const [first, last] = fromEnd ? [13 - months, 12] : [1, months];
  return resolveInterval({ year: year.year, month: first }, { year: year.year, month: last }, year.stated);
};

/** The first or last N days of a named month: «қаңтардың алғашқы үш күнінде», "the last two days of May". */
export const resolveCountedDays: GroupResolver = (groups, context) => {
  const count = readCount(groups, context.language);
  const month = readMonth(groups, 'm', context.language);
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (count === null || month === null || !year || unitOf(context.language, groups.u) !== 'day') return null;
  const length = daysInMonth(year.year, month);
  if (count > length) return null;
  const [first, last] = countsFromEnd(context.language, groups.pos) ? [length - count + 1, length] : [1, count];
  return resolveInterval({ year: year.year, month, day: first }, { year: year.year, month, day: last }, year.stated);
};

/** The longest distance back read as a date ("300 years ago" is history, still a year). */
const MAX_YEARS_AGO = 300;

/** N units before publication, at the unit's precision: "32 years ago" → that year, «3 дня назад» → that day. */
export const resolveAgo: GroupResolver = (groups, context) => {
  const count = readCount(groups, context.language);
  const unit = unitOf(context.language, groups.u);
  if (count === null || unit === null || unit === 'quarter') return null;
  const [relativeUnit, steps] = unit === 'decade' ? (['year', count * 10] as const) : ([unit, count] as const);
  if (relativeUnit === 'year' && steps > MAX_YEARS_AGO) return null;
  return resolveRelative(relativeUnit, -steps, context.published);
};

/**
 * From the first day of the year (or, with a month unit, of the current month) to the publication
 * day: «С начала года», «2025 жылдың басынан бері», "since the start of 2025". A year after the
 * publication year is a plan, not a period to date: null.
 */
export const resolveSinceStart: GroupResolver = (groups, context: ResolveContext) => {
  const { published } = context;
  if (unitOf(context.language, groups.u) === 'month') {
    return resolveInterval({ year: published.year, month: published.month, day: 1 }, published, true);
  }
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (!year || year.year > published.year) return null;
  return resolveInterval({ year: year.year, month: 1, day: 1 }, published, true);
};
