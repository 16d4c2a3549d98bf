import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { SqlDialect } from './dialect';

/** The group's distinct values, comma-separated in no particular order; null for no row. */
export function distinctValueList(dialect: SqlDialect, value: Expression<string>): RawBuilder<string | null> {
  return dialect === 'postgres' ? sql<string | null>`string_agg(DISTINCT CAST(${value} AS text), ',')` : sql<string | null>`group_concat(DISTINCT ${value})`;
}

/** The group's values joined by commas, null for no row. */
export function joinedByCommas(dialect: SqlDialect, value: Expression<string>): RawBuilder<string | null> {
  return dialect === 'postgres' ? sql<string | null>`string_agg(CAST(${value} AS text), ',')` : sql<string | null>`group_concat(${value})`;
}

/** Text joined: `a || b || …`, every part taken as text. */
export function concatenated(dialect: SqlDialect, parts: readonly Expression<unknown>[]): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`${sql.join(parts.map((part) => sql`CAST(${part} AS text)`), sql` || `)}`
    : sql<string>`${sql.join(parts, sql` || `)}`;
}

/** Whether the text holds the part, case-sensitively. */
export function textContains(dialect: SqlDialect, text: Expression<string>, part: Expression<string> | string): RawBuilder<SqlBool> {
  return dialect === 'postgres' ? sql<SqlBool>`strpos(${text}, ${part}) > 0` : sql<SqlBool>`instr(${text}, ${part}) > 0`;
}
