import { isValidDay, toDayNumber } from '../../domain/civil-date';
import type { TemporalValue } from '../types';
import { firstDayOf, formatDay, lastDayOf, type CalendarPoint } from './calendar';

/**
 * Reading and checking ISO 8601 temporal values: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `start/end`
 * of those (each side at its own precision).
 */

/** What a value pins down: one day, one month, one year, or an interval between two points. */
export type TemporalPrecision = 'day' | 'month' | 'year' | 'range';

/** The finest unit both ends of a value share: an exact day range is 'day', a half-year is 'month'. */
export type TemporalGranularity = 'day' | 'month' | 'year';

const POINT_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses one side of a value; null when the shape or the calendar date is wrong. */
export function parsePoint(text: string): CalendarPoint | null {
  const match = POINT_SHAPE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

function parseValue(value: string): { start: CalendarPoint; end: CalendarPoint } | null {
  const sides = value.split('/');
  if (sides.length === 1) {
    const point = parsePoint(value);
    return point ? { start: point, end: point } : null;
  }
  if (sides.length !== 2) return null;
  const start = parsePoint(sides[0] ?? '');
  const end = parsePoint(sides[1] ?? '');
  if (!start || !end) return null;
  if (!isOrderedInterval(start, end)) return null;
  return { start, end };
}

/** An interval is ordered when it neither starts nor ends before it begins. */
export function isOrderedInterval(start: CalendarPoint, end: CalendarPoint): boolean {
  return (
    toDayNumber(firstDayOf(start)) <= toDayNumber(firstDayOf(end)) &&
    toDayNumber(lastDayOf(start)) <= toDayNumber(lastDayOf(end))
  );
}

/** True for a well-formed value on real calendar dates, with an interval's start not after its end. */
export function isValidValue(value: string): boolean {
  return parseValue(value) !== null;
}

/** The first and the last day a value covers, as `YYYY-MM-DD`. Throws on an invalid value. */
export function valueBounds(value: TemporalValue): { start: string; end: string } {
  const parsed = parseValue(value);
  if (!parsed) throw new Error(`Invalid temporal value: ${JSON.stringify(value)}`);
  return { start: formatDay(firstDayOf(parsed.start)), end: formatDay(lastDayOf(parsed.end)) };
}

function pointGranularity(point: CalendarPoint): TemporalGranularity {
  if (point.day !== undefined) return 'day';
  return point.month !== undefined ? 'month' : 'year';
}

/** 'day' | 'month' | 'year' for a single point, 'range' for an interval. Throws on an invalid value. */
export function valuePrecision(value: TemporalValue): TemporalPrecision {
  const parsed = parseValue(value);
  if (!parsed) throw new Error(`Invalid temporal value: ${JSON.stringify(value)}`);
  return value.includes('/') ? 'range' : pointGranularity(parsed.start);
}

const GRANULARITY_ORDER: readonly TemporalGranularity[] = ['year', 'month', 'day'];

/**
 * The coarser precision of a value's two ends: tells a fuzzy value ("first half of 2026" → 'month')
 * from an exact one ("26–28 March" → 'day'). Throws on an invalid value.
 */
export function valueGranularity(value: TemporalValue): TemporalGranularity {
  const parsed = parseValue(value);
  if (!parsed) throw new Error(`Invalid temporal value: ${JSON.stringify(value)}`);
  const start = GRANULARITY_ORDER.indexOf(pointGranularity(parsed.start));
  const end = GRANULARITY_ORDER.indexOf(pointGranularity(parsed.end));
  return GRANULARITY_ORDER[Math.min(start, end)] ?? 'year';
}
