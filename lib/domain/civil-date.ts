/**
 * Civil dates: days of the proleptic Gregorian calendar written `YYYY-MM-DD`, with no time of day
 * and no time zone (publication days, event bounds, filter days). Arithmetic is on integers; only
 * `todayCivilDate` reads a clock, and only when not given the instant.
 */

export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12), or 0 for a month that does not exist. */
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

/** `YYYY-MM-DD` → its day, or null when the shape is wrong or the day does not exist (2026-02-30). */
export function parseCivilDate(text: string): CivilDay | null {
  const match = CIVIL_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Whether the text is a real day written `YYYY-MM-DD`. */
export function isCivilDate(text: string): boolean {
  return parseCivilDate(text) !== null;
}

/** A day as `YYYY-MM-DD`; years outside 0–9999 have no such form and are refused. */
export function formatCivilDate({ year, month, day }: CivilDay): string {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`No civil date (YYYY-MM-DD) for year ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (days-from-civil, exact for every Gregorian day). */
export function toDayNumber({ year, month, day }: CivilDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): CivilDay {
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

function dayOf(isoDate: string): CivilDay {
  const day = parseCivilDate(isoDate);
  if (!day) throw new RangeError(`Not a civil date (YYYY-MM-DD): ${isoDate}`);
  return day;
}

/** Days since 1970-01-01 of a civil date; throws a RangeError for anything else. */
export function civilDayNumber(isoDate: string): number {
  return toDayNumber(dayOf(isoDate));
}

/** The civil date `days` days after (or, negative, before) `isoDate`. */
export function shiftDays(isoDate: string, days: number): string {
  return formatCivilDate(fromDayNumber(civilDayNumber(isoDate) + days));
}

/** The first and last days `YYYY-MM-DD` can write. */
export const FIRST_CIVIL_DATE = '0000-01-01';
export const LAST_CIVIL_DATE = '9999-12-31';

/** Like `shiftDays`, held to FIRST_CIVIL_DATE and LAST_CIVIL_DATE (for the ends of a range of days). */
export function shiftDaysClamped(isoDate: string, days: number): string {
  const shifted = civilDayNumber(isoDate) + days;
  const [first, last] = [civilDayNumber(FIRST_CIVIL_DATE), civilDayNumber(LAST_CIVIL_DATE)];
  return formatCivilDate(fromDayNumber(Math.min(last, Math.max(first, shifted))));
}

/** The same day `months` months later (or earlier), held to the last day of a shorter month (01-31 + 1 → 02-28). */
export function shiftMonths(isoDate: string, months: number): string {
  const { year, month, day } = dayOf(isoDate);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
  return formatCivilDate({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

/** Days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return civilDayNumber(to) - civilDayNumber(from);
}

/** The civil date at an instant in a time zone (IANA name; UTC, the zone dates are shown in, by default). */
export function todayCivilDate(timeZone = 'UTC', now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return formatCivilDate({ year: part('year'), month: part('month'), day: part('day') });
}

/** A civil date as the Date at its UTC midnight, for Intl formatting in the UTC time zone. */
export function civilDateAtUtcMidnight(isoDate: string): Date {
  return new Date(civilDayNumber(isoDate) * 86_400_000);
}
