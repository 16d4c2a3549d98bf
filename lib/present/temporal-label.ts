import type { getFormatter } from 'next-intl/server';
import { isValidValue, valueBounds, valueGranularity } from '@/lib/extract/temporal';
import { civilDateAtUtcMidnight, todayCivilDate } from '@/lib/domain/civil-date';

export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const OPTIONS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

/**
 * An ISO temporal value as a reader says it, in the UI locale: a day, a month, a year, or a
 * range at the coarsest precision of its two ends ("January – June 2026").
 */
export function formatTemporalValue(format: Formatter, value: string): string {
  if (!isValidValue(value)) return value;
  const granularity = valueGranularity(value);
  const { start, end } = valueBounds(value);
  const options = OPTIONS[granularity];
  if (!value.includes('/')) return format.dateTime(civilDateAtUtcMidnight(start), options);
  return format.dateTimeRange(civilDateAtUtcMidnight(start), civilDateAtUtcMidnight(end), options);
}

/** Whether a value is only approximately placed in time (a year, a half, a month) rather than a day. */
export function isFuzzyValue(value: string): boolean {
  return isValidValue(value) && valueGranularity(value) !== 'day';
}

/** A publication day in the UI locale. */
export function formatDay(format: Formatter, isoDate: string): string {
  return format.dateTime(civilDateAtUtcMidnight(isoDate), OPTIONS.day);
}

/** Today as a civil date in UTC, the time zone dates are shown in. */
export function todayIso(now: Date = new Date()): string {
  return todayCivilDate('UTC', now);
}
