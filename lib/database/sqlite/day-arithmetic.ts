import { sql, type Expression, type RawBuilder } from 'kysely';

/** Days from one `YYYY-MM-DD` date to another (SQLite: `julianday`; PostgreSQL: date subtraction). */
export function daysBetween(from: Expression<string>, to: Expression<string>): RawBuilder<number> {
  return sql<number>`julianday(${to}) - julianday(${from})`;
}

/** A `YYYY-MM-DD` date shifted by whole days (SQLite: `date(d, '±N days')`; PostgreSQL: `d::date + n`). */
export function shiftDays(day: Expression<string>, days: number): RawBuilder<string> {
  return sql<string>`date(${day}, ${`${days < 0 ? '-' : '+'}${Math.abs(days)} days`})`;
}
