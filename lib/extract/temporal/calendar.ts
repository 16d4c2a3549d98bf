/**
 * Pure proleptic-Gregorian calendar arithmetic on plain numbers. Nothing here reads the clock
 * or depends on the host time zone.
 */

/** A point on the calendar at year, month or day precision. */
export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface CalendarMonth {
  year: number;
  month: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** `YYYY-MM-DD` → a day, or null when the shape or the date is wrong. */
export function parseIsoDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Days since 1970-01-01 (civil-from-days algorithm, exact for every Gregorian date). */
export function toDayNumber({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
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
