import { sql, type Expression, type RawBuilder } from 'kysely';

/** The group's distinct values, comma-separated in no particular order (`group_concat(DISTINCT …)`); null for no row. */
export function distinctValueList(value: Expression<string>): RawBuilder<string | null> {
  return sql<string | null>`group_concat(DISTINCT ${value})`;
}
