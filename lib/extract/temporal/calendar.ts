/**
 * Calendar arithmetic of temporal expressions (points at year, month or day precision, months,
 * weekdays) on plain numbers, over the domain's civil days. Nothing here reads the clock or
 * depends on the host time zone.
 */

import { daysInMonth, fromDayNumber, toDayNumber, type CivilDay } from '../../domain/civil-date';

/** A point on the calendar at year, month or day precision. */
export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

/** A day of the calendar (the domain's civil day). */
export type CalendarDay = CivilDay;

export interface CalendarMonth {
  year: number;
  month: number;
}

export function addDays(day: CalendarDay, count: number): CalendarDay {
  return fromDayNumber(toDayNumber(day) + count);
}

export function addMonths({ year, month }: CalendarMonth, count: number): CalendarMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A running month number, to compare and subtract months. */
export function monthIndex({ year, month }: CalendarMonth): number {
  return year * 12 + (month - 1);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

export function firstDayOf({ year, month, day }: CalendarPoint): CalendarDay {
  return { year, month: month ?? 1, day: day ?? 1 };
}

export function lastDayOf({ year, month, day }: CalendarPoint): CalendarDay {
  const lastMonth = month ?? 12;
  return { year, month: lastMonth, day: day ?? daysInMonth(year, lastMonth) };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the point is. */
export function formatPoint({ year, month, day }: CalendarPoint): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatDay(day: CalendarDay): string {
  return formatPoint(day);
}
