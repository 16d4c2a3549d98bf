import { daysInMonth, isValidDay } from '../../domain/civil-date';
import type { Language, TemporalValue } from '../types';
import {
  addDays,
  addMonths,
  formatPoint,
  isoWeekday,
  monthIndex,
  type CalendarDay,
  type CalendarMonth,
  type CalendarPoint,
} from './calendar';
import { SEASON_SPANS, type Season } from './periods';
import type { RelativeModifier, RelativeUnit } from './relative';
import { isOrderedInterval } from './temporal-value';

/**
 * Turning what a pattern read into calendar values. Pure arithmetic on the publication date.
 */

export interface ResolveContext {
  language: Language;
  published: CalendarDay;
}

/**
 * What kind of expression produced a resolution. Only plain calendar points ('day', 'month',
 * 'year') can be joined into ranges by connectors («с … по …», "from … to …"), and a day named
 * relative to publication ('relativeDay': today, tomorrow) can open a range whose connector has
 * its lead word («с сегодняшнего дня по 7 июня»); a weekday can stand in apposition to a date
 * ("Thursday, February 19").
 */
export type ResolutionKind = 'day' | 'month' | 'year' | 'interval' | 'weekday' | 'relativeDay' | 'relative' | 'samePeriod';

/**
 * The year of «аналогичный период прошлого года» / "the same period of 2024": a shift from the
 * period the text counts, or a year of its own.
 */
export type SamePeriodYear = { shift: number } | { year: number };

export interface Resolution {
  from: CalendarPoint;
  to: CalendarPoint;
  /** The year came from the text (a number or a phrase), not by default from the publication date. */
  yearStated: boolean;
  kind: ResolutionKind;
  /** Set on 'samePeriod' resolutions, whose from/to hold the year alone until the period it refers to is known. */
  samePeriodYear?: SamePeriodYear;
  /** Set on a bare weekday: its value when its clause speaks of the future (see weekday-tense.ts). */
  ifAhead?: Resolution;
}

function kindOfPoint(point: CalendarPoint): ResolutionKind {
  if (point.day !== undefined) return 'day';
  return point.month !== undefined ? 'month' : 'year';
}

function isValidPoint(point: CalendarPoint): boolean {
  if (point.month === undefined) return true;
  if (point.month < 1 || point.month > 12) return false;
  return point.day === undefined || isValidDay(point.year, point.month, point.day);
}

/** A single calendar point, or null when it is not a real date (31 April). */
export function resolvePoint(point: CalendarPoint, yearStated: boolean, kind?: ResolutionKind): Resolution | null {
  if (!isValidPoint(point)) return null;
  return { from: point, to: point, yearStated, kind: kind ?? kindOfPoint(point) };
}

/** An interval, or null when an end is not a real date or the interval runs backwards. */
export function resolveInterval(from: CalendarPoint, to: CalendarPoint, yearStated: boolean): Resolution | null {
  if (!isValidPoint(from) || !isValidPoint(to) || !isOrderedInterval(from, to)) return null;
  return { from, to, yearStated, kind: 'interval' };
}

export function toValue({ from, to }: Resolution): TemporalValue {
  const start = formatPoint(from);
  const end = formatPoint(to);
  return start === end ? start : `${start}/${end}`;
}

export function resolveQuarter(year: number, quarter: number, yearStated: boolean): Resolution | null {
  if (quarter < 1 || quarter > 4) return null;
  return resolveInterval({ year, month: quarter * 3 - 2 }, { year, month: quarter * 3 }, yearStated);
}

export function resolveHalf(year: number, half: number, yearStated: boolean): Resolution | null {
  if (half < 1 || half > 2) return null;
  return resolveInterval({ year, month: half * 6 - 5 }, { year, month: half * 6 }, yearStated);
}

interface MonthSpan {
  first: CalendarMonth;
  last: CalendarMonth;
}

function seasonSpan(season: Season, year: number): MonthSpan {
  const span = SEASON_SPANS.find((row) => row.season === season);
  if (!span) throw new Error(`Unknown season ${season}`);
  return {
    first: { year: span.startsPreviousYear ? year - 1 : year, month: span.firstMonth },
    last: { year: span.endsNextYear ? year + 1 : year, month: span.lastMonth },
  };
}

function monthSpanResolution({ first, last }: MonthSpan, yearStated: boolean): Resolution | null {
  return resolveInterval(first, last, yearStated);
}

/** The season of a stated year: spring 2026 → 2026-03/2026-05; winter 2026 → 2025-12/2026-02. */
export function resolveSeason(season: Season, year: number, yearStated: boolean): Resolution | null {
  return monthSpanResolution(seasonSpan(season, year), yearStated);
}

function monthDistance(span: MonthSpan, month: number): number {
  const first = monthIndex(span.first);
  const last = monthIndex(span.last);
  if (month < first) return first - month;
  return month > last ? month - last : 0;
}

/**
 * A season named without a year, relative to the publication month: 'last' is the latest one
 * that ended before it, 'next' the first that starts after it. 'this' (or no word at all) is the
 * season of the publication year, like a year-less date; for winter, which touches two years, the
 * one nearer to the publication month (under way, else a coming one on a tie).
 */
export function resolveSeasonNear(season: Season, modifier: RelativeModifier, published: CalendarDay): Resolution | null {
  const now = monthIndex(published);
  const spans = [-1, 0, 1, 2].map((shift) => seasonSpan(season, published.year + shift));
  let chosen: MonthSpan | undefined;
  if (modifier === 'last') chosen = spans.filter((span) => monthIndex(span.last) < now).at(-1);
  else if (modifier === 'next') chosen = spans.find((span) => monthIndex(span.first) > now);
  else {
    const inPublicationYear = spans.filter(
      (span) => span.first.year <= published.year && published.year <= span.last.year,
    );
    chosen = inPublicationYear.reduce<MonthSpan | undefined>((best, span) => {
      if (!best) return span;
      const distance = monthDistance(span, now);
      const bestDistance = monthDistance(best, now);
      if (distance !== bestDistance) return distance < bestDistance ? span : best;
      return monthIndex(span.first) > monthIndex(best.first) ? span : best;
    }, undefined);
  }
  return chosen ? monthSpanResolution(chosen, true) : null;
}

/** A month named without a year after last/next/this: "last March" is the latest March before publication. */
export function resolveMonthNear(month: number, modifier: RelativeModifier, published: CalendarDay): Resolution | null {
  let year = published.year;
  if (modifier === 'last' && month >= published.month) year -= 1;
  if (modifier === 'next' && month <= published.month) year += 1;
  return resolvePoint({ year, month }, true);
}

/**
 * How a weekday is placed around the publication date. News reports what happened, so a bare
 * weekday ("on Thursday", «в четверг», «бейсенбіде») is the latest such day on or before
 * publication: the publication day itself when it is that weekday, since same-day reports say
 * "on Thursday" of that very day. In a clause about the future ("will meet on Thursday") it is the
 * first such day on or after publication. "Last Thursday" is strictly before it, "next Monday"
 * strictly after it, "this Friday" on or after it.
 */
export type WeekdayPlacement = 'onOrBefore' | 'before' | 'after' | 'onOrAfter';

export const WEEKDAY_PLACEMENT_BY_MODIFIER: Record<RelativeModifier | 'none', WeekdayPlacement> = {
  none: 'onOrBefore',
  last: 'before',
  next: 'after',
  this: 'onOrAfter',
};

/** A bare weekday in a clause about the future. */
export const WEEKDAY_PLACEMENT_AHEAD: WeekdayPlacement = 'onOrAfter';

export function resolveWeekday(weekday: number, placement: WeekdayPlacement, published: CalendarDay): Resolution | null {
  const today = isoWeekday(published);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const shift = {
    onOrBefore: -back,
    before: -(back === 0 ? 7 : back),
    after: ahead === 0 ? 7 : ahead,
    onOrAfter: ahead,
  }[placement];
  return resolvePoint(addDays(published, shift), true, 'weekday');
}

/** today / last month / next year … shifted from the publication date. */
export function resolveRelative(unit: RelativeUnit, offset: number, published: CalendarDay): Resolution | null {
  switch (unit) {
    case 'day':
      return resolvePoint(addDays(published, offset), true, 'relativeDay');
    case 'month':
      return resolvePoint(addMonths(published, offset), true, 'relative');
    case 'week': {
      // ISO weeks run Monday to Sunday.
      const monday = addDays(published, 1 - isoWeekday(published) + 7 * offset);
      const interval = resolveInterval(monday, addDays(monday, 6), true);
      return interval && { ...interval, kind: 'relative' };
    }
    case 'year':
      return resolvePoint({ year: published.year + offset }, true, 'relative');
  }
}

/** Moves a resolution to another year (filling in the year a range end left out). */
export function withYear(resolution: Resolution, year: number): Resolution | null {
  const shift = year - resolution.from.year;
  const from = { ...resolution.from, year: resolution.from.year + shift };
  const to = { ...resolution.to, year: resolution.to.year + shift };
  return resolution.kind === 'interval' ? resolveInterval(from, to, true) : resolvePoint(from, true, resolution.kind);
}

function shiftPoint({ year, month, day }: CalendarPoint, years: number): CalendarPoint {
  const shifted = year + years;
  if (month === undefined) return { year: shifted };
  if (day === undefined) return { year: shifted, month };
  return { year: shifted, month, day: Math.min(day, daysInMonth(shifted, month)) };
}

/** The same stretch of the calendar `years` years away; 29 February becomes 28 February in a common year. */
export function shiftYears(resolution: Resolution, years: number): Resolution | null {
  const from = shiftPoint(resolution.from, years);
  const to = shiftPoint(resolution.to, years);
  const shifted = resolution.from === resolution.to ? resolvePoint(from, true) : resolveInterval(from, to, true);
  return shifted && { ...shifted, kind: resolution.kind === 'interval' ? 'interval' : shifted.kind };
}
