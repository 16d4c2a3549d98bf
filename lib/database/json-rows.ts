import { sql, type Expression, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';

/**
 * Rows gathered into one JSON text, so a statement returns a page of nested records as one cell:
 * SQLite's JSON1 functions, PostgreSQL's json functions. The order of the rows is not promised.
 */

/** Every row of the group as an array of these values, in one JSON array (`[]` for no rows). */
export function jsonArrayOfRows(dialect: SqlDialect, values: readonly Expression<unknown>[]): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`coalesce(json_agg(json_build_array(${sql.join(values)})), '[]'::json)::text`
    : sql<string>`json_group_array(json_array(${sql.join(values)}))`;
}

/** JSON text taken as a JSON value, so an enclosing array nests it instead of quoting it. */
export function asJson(dialect: SqlDialect, text: Expression<string | null>): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`(${text})::json` : sql`json(${text})`;
}
