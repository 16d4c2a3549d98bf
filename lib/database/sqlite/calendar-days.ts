import { sql, type Expression, type RawBuilder } from 'kysely';

/** Day arithmetic on `YYYY-MM-DD` text, by SQLite's date functions. */

/** Whole weeks from `earlier` to `later` (days ÷ 7, truncated toward zero). */
export function wholeWeeksBetween(later: Expression<string>, earlier: Expression<string>): RawBuilder<number> {
  return sql<number>`CAST((julianday(${later}) - julianday(${earlier})) / 7 AS INTEGER)`;
}

/** The day `days` days after `day` (before it when negative), `YYYY-MM-DD`. */
export function dayShifted(day: Expression<string>, days: number): RawBuilder<string> {
  return sql<string>`date(${day}, ${`${days} days`})`;
}
