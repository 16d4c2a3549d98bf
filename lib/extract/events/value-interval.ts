import { daysInMonth } from '../../domain/civil-date';
import type { TemporalValue } from '../types';

/**
 * A temporal value as the inclusive range of days it covers, for comparing values: «2026» is
 * 2026-01-01…2026-12-31, «2026-01/2026-06» is 2026-01-01…2026-06-30. Dates stay ISO strings,
 * which compare correctly as text.
 */
export interface DayInterval {
  start: string;
  end: string;
}

const SIDE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

export function toDayInterval(value: TemporalValue): DayInterval | null {
  const sides = value.split('/');
  if (sides.length > 2) return null;
  const first = sides[0];
  const second = sides[1] ?? first;
  if (first === undefined || second === undefined) return null;
  const start = sideBounds(first);
  const end = sideBounds(second);
  if (!start || !end || start.start > end.end) return null;
  return { start: start.start, end: end.end };
}

function sideBounds(side: string): DayInterval | null {
  const match = SIDE.exec(side);
  if (!match) return null;
  const [, year = '', month, day] = match;
  if (day !== undefined && month !== undefined) return { start: side, end: side };
  if (month !== undefined) {
    const lastDay = daysInMonth(Number(year), Number(month));
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Number of days covered: the smaller, the more precise. */
export function widthInDays(interval: DayInterval): number {
  return (Date.parse(interval.end) - Date.parse(interval.start)) / DAY_MS + 1;
}

export function containsInterval(outer: DayInterval, inner: DayInterval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Equal, or one inside the other (2026 holds 2026-01/2026-06). */
export function valuesNested(a: TemporalValue, b: TemporalValue): boolean {
  const left = toDayInterval(a);
  const right = toDayInterval(b);
  if (!left || !right) return a === b;
  return containsInterval(left, right) || containsInterval(right, left);
}

/** Where a value lies relative to a day: wholly after it, wholly before it, or around it. */
export function placeRelativeTo(value: TemporalValue, day: string): 'after' | 'before' | 'around' | null {
  const interval = toDayInterval(value);
  if (!interval) return null;
  if (interval.start > day) return 'after';
  if (interval.end < day) return 'before';
  return 'around';
}
