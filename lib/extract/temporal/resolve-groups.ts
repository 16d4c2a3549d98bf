import type { Language } from '../types';
import { monthPartDays, monthPartOfWord, numberedMonthPart, type MonthPart } from './month-parts';
import { ordinalValue, seasonOfAdjective, seasonOfWord, type Season } from './periods';
import { modifierOf, RELATIVE_EXPRESSIONS, type RelativeModifier } from './relative';
import { WORD_END, WORD_START } from './regex-parts';
import {
  resolveHalf,
  resolveInterval,
  resolveMonthNear,
  resolvePoint,
  resolveQuarter,
  resolveRelative,
  resolveSeason,
  resolveSeasonNear,
  resolveWeekday,
  WEEKDAY_PLACEMENT_AHEAD,
  WEEKDAY_PLACEMENT_BY_MODIFIER,
  type ResolveContext,
} from './resolve';
import {
  defineRule,
  IMPOSSIBLE_DATE,
  YEAR_PREFIXES,
  type GroupResolver,
  readMonth,
  readNumber,
  readYear,
  type MatchGroups,
  type RuleOutcome,
  type TemporalRule,
} from './rule';
import { weekdayOfWord } from './weekdays';

/**
 * Resolvers shared by the three languages' patterns. They read agreed group names:
 *   d (day), m (month word), y / r (year digits / year phrase, optionally under a prefix),
 *   ad / bd (range days), a / b (range years), o (ordinal), u (unit), s (season), w (weekday),
 *   mod (last / this / next), part / half / decade (a part of a month), nav (navigation);
 *   counted-periods.ts adds n (a count) and pos (first / last).
 */

/** «15 марта 2026 года», "March 15", «2026 жылғы 15 наурызда». */
export const resolveDayMonth: GroupResolver = (groups, context) => {
  const day = readNumber(groups, 'd');
  const month = readMonth(groups, 'm', context.language);
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (day === null || month === null || !year) return null;
  return resolvePoint({ year: year.year, month, day }, year.stated) ?? IMPOSSIBLE_DATE;
};

/**
 * «26–28 марта», "May 18-19", «26 - 28 наурыз аралығында». Two days joined by "and" (group
 * `and`: «3 и 4 июня») make a range only when they are consecutive.
 */
export const resolveDayRange: GroupResolver = (groups, context) => {
  const first = readNumber(groups, 'ad');
  const last = readNumber(groups, 'bd');
  const month = readMonth(groups, 'm', context.language);
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (first === null || last === null || month === null || !year || last <= first) return null;
  if (groups.and !== undefined && last !== first + 1) return null;
  return (
    resolveInterval({ year: year.year, month, day: first }, { year: year.year, month, day: last }, year.stated) ??
    IMPOSSIBLE_DATE
  );
};

/** «в марте 2026 года», "in March", «наурыз айында». */
export const resolveMonth: GroupResolver = (groups, context) => {
  const month = readMonth(groups, 'm', context.language);
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (month === null || !year) return null;
  return resolvePoint({ year: year.year, month }, year.stated);
};

/**
 * «сәуірдің ортасында», «в начале мая 2026 года», "late June", «в первой декаде июля», "the
 * second half of May": the days of that part of the month (see month-parts.ts).
 */
export const resolveMonthPartGroups: GroupResolver = (groups, context) => {
  const month = readMonth(groups, 'm', context.language);
  const year = readYear(groups, YEAR_PREFIXES, context);
  const part = readMonthPart(groups, context.language);
  if (month === null || !year || part === null) return null;
  const { first, last } = monthPartDays(part, year.year, month);
  return resolveInterval({ year: year.year, month, day: first }, { year: year.year, month, day: last }, year.stated);
};

/** A part word (group `part`), or an ordinal (`o`) with a half (`half`) or ten-day (`decade`) unit. */
function readMonthPart(groups: MatchGroups, language: Language): MonthPart | null {
  if (groups.part !== undefined) return monthPartOfWord(language, groups.part);
  const ordinal = groups.o === undefined ? null : ordinalValue(language, groups.o);
  if (ordinal === null) return null;
  if (groups.half !== undefined) return numberedMonthPart('half', ordinal);
  return groups.decade === undefined ? null : numberedMonthPart('decade', ordinal);
}

/** «қаңтар-ақпан айларында», «январь–март 2026 года», "January–March 2026". */
export const resolveMonthRange: GroupResolver = (groups, context) => {
  const first = readMonth(groups, 'am', context.language);
  const last = readMonth(groups, 'bm', context.language);
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (first === null || last === null || !year || last <= first) return null;
  return resolveInterval({ year: year.year, month: first }, { year: year.year, month: last }, year.stated);
};

/** «2026 жылы», «в 2026 году», "in 2026". */
export const resolveYear: GroupResolver = (groups) => {
  const year = readNumber(groups, 'y');
  return year === null ? null : resolvePoint({ year }, true);
};

/** «2026–2028 жылдарға», «с 2026 по 2028 год», "from 2026 to 2028". */
export const resolveYearRange: GroupResolver = (groups) => {
  const first = readNumber(groups, 'a');
  const last = readNumber(groups, 'b');
  if (first === null || last === null || last <= first) return null;
  return resolveInterval({ year: first }, { year: last }, true);
};

export type PartOfYear = 'half' | 'quarter';

export interface PartOfYearRules {
  /** Which part a unit word names («полугодии» → half, «тоқсанда» → quarter). */
  unitOf: (unit: string) => PartOfYear | null;
  /** Unit words that need a year next to them to mean a part of a year («половине дня» does not). */
  needsYear: (unit: string) => boolean;
  /**
   * Unit forms that, after a plain digit and a space, read as a count without a year next to
   * them: «за 2 квартала» (two quarters), while «в 3 квартале» is the third quarter.
   */
  countsAfterDigit: (unit: string) => boolean;
}

/**
 * «бірінші жартыжылдықта», «во втором квартале 2026 года», "Q3 2026".
 */
export function partOfYearResolver({ unitOf, needsYear, countsAfterDigit }: PartOfYearRules): GroupResolver {
  return (groups, context) => {
    const ordinalText = groups.o;
    const unit = groups.u;
    if (ordinalText === undefined || unit === undefined) return null;
    const part = unitOf(unit);
    const ordinal = ordinalValue(context.language, ordinalText);
    const year = readYear(groups, YEAR_PREFIXES, context);
    if (part === null || ordinal === null || !year) return null;
    // A plain digit before a space may be a count; after a hyphen («3-тоқсан») or in a code (Q3) it is not.
    const mayBeCount = /^\d$/.test(ordinalText) && groups.sep !== undefined && groups.sep !== '-' && countsAfterDigit(unit);
    if (!year.stated && (needsYear(unit) || mayBeCount)) return null;
    return part === 'half' ? resolveHalf(year.year, ordinal, year.stated) : resolveQuarter(year.year, ordinal, year.stated);
  };
}

/** "spring 2026", «весной прошлого года», «2026 жылдың көктемінде»; without a year, see resolveSeasonNear. */
export const resolveSeasonGroups: GroupResolver = (groups, context) =>
  resolveSeasonOf(groups.s === undefined ? null : seasonOfWord(context.language, groups.s), groups, context);

/**
 * «жазғы маусымда», «в летний период 2025 года», "the spring-summer season of 2024",
 * «көктемгі-жазғы навигация кезеңінде»: a season adjective (group `s`) before a period noun, or
 * before the navigation word (group `nav`).
 */
export const resolveSeasonPeriodGroups: GroupResolver = (groups, context) =>
  resolveSeasonOf(
    groups.s === undefined ? null : seasonOfAdjective(context.language, groups.s, groups.nav !== undefined),
    groups,
    context,
  );

function resolveSeasonOf(season: Season | null, groups: MatchGroups, context: ResolveContext): RuleOutcome {
  if (season === null) return null;
  const modifier = readModifier(groups, context.language);
  if (modifier === null) return null;
  const year = readYear(groups, YEAR_PREFIXES, context);
  if (!year) return null;
  return year.stated
    ? resolveSeason(season, year.year, true)
    : resolveSeasonNear(season, modifier, context.published);
}

/**
 * «өткен жылдың осы кезеңімен», «аналогичный период 2024 года», "the same period last year": the
 * year alone for now; same-period.ts moves the period the text counts to that year. Group `prev`
 * ("a year earlier") is the year before.
 */
export const resolveSamePeriodGroups: GroupResolver = (groups, context) => {
  const published = context.published.year;
  const year = groups.prev === undefined ? readYear(groups, YEAR_PREFIXES, context) : { year: published - 1, stated: true };
  if (!year?.stated) return null;
  const written = YEAR_PREFIXES.some((prefix) => groups[`${prefix}y`] !== undefined);
  const point = resolvePoint({ year: year.year }, true);
  return point && { ...point, kind: 'samePeriod', samePeriodYear: written ? { year: year.year } : { shift: year.year - published } };
};

/** "last March", "next September". */
export const resolveModifiedMonth: GroupResolver = (groups, context) => {
  const month = readMonth(groups, 'm', context.language);
  const modifier = readModifier(groups, context.language);
  if (month === null || modifier === null) return null;
  return resolveMonthNear(month, modifier, context.published);
};

/**
 * "on Thursday", «в прошлый четверг», «келесі дүйсенбіде». A bare weekday also carries the day it
 * names in a clause about the future (`ifAhead`), chosen once the clause is known.
 */
export const resolveWeekdayGroups: GroupResolver = (groups, context) => {
  const weekday = groups.w === undefined ? null : weekdayOfWord(context.language, groups.w);
  const modifier = groups.mod === undefined ? 'none' : modifierOf(context.language, groups.mod);
  if (weekday === null || modifier === null) return null;
  const resolution = resolveWeekday(weekday, WEEKDAY_PLACEMENT_BY_MODIFIER[modifier], context.published);
  if (!resolution || modifier !== 'none') return resolution;
  const ahead = resolveWeekday(weekday, WEEKDAY_PLACEMENT_AHEAD, context.published);
  return ahead ? { ...resolution, ifAhead: ahead } : resolution;
};

/** No `mod` group means "this"; an unknown modifier word drops the match. */
function readModifier(groups: MatchGroups, language: Language): RelativeModifier | null {
  return groups.mod === undefined ? 'this' : modifierOf(language, groups.mod);
}

/** One rule per row of the relative-expression table. */
export function relativeRules(language: Language): TemporalRule[] {
  return RELATIVE_EXPRESSIONS[language].map(({ pattern, unit, offset }, index) =>
    defineRule(`${language}-relative-${index}`, `${WORD_START}${pattern}${WORD_END}`, (_groups, context) =>
      resolveRelative(unit, offset, context.published),
    ),
  );
}
