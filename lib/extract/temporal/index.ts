/**
 * Temporal expressions in Kazakh, Russian and English, normalised to ISO 8601 values
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `start/end`).
 *
 * How it works: each language has a table of rules (patterns-kk/ru/en.ts plus the numeric
 * patterns-common.ts), built from data tables of month names, endings, ordinals, seasons,
 * weekdays and relative phrases. Every match resolves against the publication date; the
 * longest match wins where matches overlap; neighbours linked by a range connector
 * («с … по …», "from … to …", «…-дан … -ға дейін», a dash) are joined into one interval.
 *
 * Resolution conventions:
 * - a date, month or season without a year takes the publication year;
 * - a bare weekday ("on Thursday", «в четверг», «бейсенбіде») is the latest such day on or
 *   before publication (the publication day itself if it is that weekday); "last Thursday" is
 *   strictly before, "next Monday" strictly after, "this Friday" on or after;
 * - "winter 2026" is December 2025 – February 2026;
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
