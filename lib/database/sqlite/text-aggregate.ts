import { sql, type Expression, type RawBuilder } from 'kysely';

/** The group's values joined by commas, null for no row (SQLite: `group_concat`; PostgreSQL: `string_agg(v, ',')`). */
export function joinedByCommas(value: Expression<string>): RawBuilder<string | null> {
  return sql<string | null>`group_concat(${value})`;
}
