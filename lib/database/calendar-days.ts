import { sql, type Expression, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';

/** Day arithmetic on `YYYY-MM-DD` text, by the database's date functions. */

/** Days from one date to another. */
export function daysBetween(dialect: SqlDialect, from: Expression<string>, to: Expression<string>): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(CAST(${to} AS date) - CAST(${from} AS date))`
    : sql<number>`julianday(${to}) - julianday(${from})`;
}

/** Whole weeks from `earlier` to `later` (days ÷ 7, truncated toward zero). */
export function wholeWeeksBetween(dialect: SqlDialect, later: Expression<string>, earlier: Expression<string>): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`((CAST(${later} AS date) - CAST(${earlier} AS date)) / 7)`
    : sql<number>`CAST((julianday(${later}) - julianday(${earlier})) / 7 AS INTEGER)`;
}

/** The day `days` days after `day` (before it when negative), `YYYY-MM-DD`. */
export function shiftDays(dialect: SqlDialect, day: Expression<string>, days: number): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char(CAST(${day} AS date) + ${sql.lit(days)}, 'YYYY-MM-DD')`
    : sql<string>`date(${day}, ${`${days < 0 ? '-' : '+'}${Math.abs(days)} days`})`;
}
