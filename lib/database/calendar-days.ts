import { sql, type Expression, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';

/** Day arithmetic on `YYYY-MM-DD` text, by the database's date functions. */

/** Whole weeks from `earlier` to `later` (days ÷ 7, truncated toward zero). */
export function wholeWeeksBetween(dialect: SqlDialect, later: Expression<string>, earlier: Expression<string>): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`((CAST(${later} AS date) - CAST(${earlier} AS date)) / 7)`
    : sql<number>`CAST((julianday(${later}) - julianday(${earlier})) / 7 AS INTEGER)`;
}

/** The day `days` days after `day` (before it when negative), `YYYY-MM-DD`. */
export function dayShifted(dialect: SqlDialect, day: Expression<string>, days: number): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char(CAST(${day} AS date) + ${sql.lit(days)}, 'YYYY-MM-DD')`
    : sql<string>`date(${day}, ${`${days} days`})`;
}
