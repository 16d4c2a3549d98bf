/**
 * Temporal expressions in Kazakh, Russian and English, normalised to ISO 8601 values
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `start/end`).
 *
 * How it works: each language has a table of rules (patterns-kk/ru/en.ts plus the numeric
 * patterns-common.ts), built from data tables of month names, endings, ordinals, number words,
 * seasons, parts of a month, weekdays and relative phrases. Every match resolves against the
 * publication date; the longest match wins where matches overlap; neighbours linked by a range
 * connector («с … по …», "from … to …", «…-дан … -ға дейін», a dash) are joined into one interval;
 * then a bare weekday takes the tense of its clause and a "same period of last year" takes the
 * period counted before it.
 *
 * Resolution conventions:
 * - a date, month or season without a year takes the publication year;
 * - a bare weekday ("on Thursday", «в четверг», «бейсенбіде») is the latest such day on or before
 *   publication (the publication day itself if it is that weekday); in a clause about the future
 *   ("will meet on Thursday", «в четверг состоится», «бейсенбіде өтеді») the first such day on or
 *   after it; "last Thursday" is strictly before, "next Monday" strictly after, "this Friday" on
 *   or after;
 * - parts of a month: beginning (early, «басы», «начало», the first «декада») days 1–10, middle
 *   11–20, end 21 to the last day; halves 1–15 and 16 to the last day (month-parts.ts);
 * - seasons are whole months (spring March–May …; "winter 2026" is December 2025 – February 2026);
 *   the navigation periods («көктемгі-жазғы навигация», «весенне-летний период», "the spring-summer
 *   season") are March–October, the autumn-winter ones October–March of the next year (periods.ts);
 * - counted periods: the first (last) N months or quarters of a year, the first (last) N days of
 *   a month; without a year only "the first N months" already past at publication
 *   (counted-periods.ts);
 * - "N years ago" («осыдан 35 жыл бұрын», «32 года назад») is a year; months, weeks and days ago
 *   keep their own precision;
 * - since the start of the year or month («С начала года», «жыл басынан бері») runs to the
 *   publication day;
 * - "the same period of last year" is the period counted before it (a year named in the same or
 *   the previous sentence) moved back a year; without one, the previous year (same-period.ts);
 * - impossible dates (31 April) produce nothing.
 */
export { parseTemporal } from './parse-temporal';
export {
  isValidValue,
  valueBounds,
  valueGranularity,
  valuePrecision,
  type TemporalGranularity,
  type TemporalPrecision,
} from './temporal-value';
