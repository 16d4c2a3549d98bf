import { sql, type Expression, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';

/** The group's distinct values, comma-separated in no particular order; null for no row. */
export function distinctValueList(dialect: SqlDialect, value: Expression<string>): RawBuilder<string | null> {
  return dialect === 'postgres' ? sql<string | null>`string_agg(DISTINCT ${value}, ',')` : sql<string | null>`group_concat(DISTINCT ${value})`;
}
