import { sql, type Expression, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';

/**
 * JSON built by the database: a query returns a list or a map in one column, so one statement
 * carries what would otherwise be a statement (and a round trip through the driver) per list.
 * Each returns JSON text for the caller to parse (SQLite's JSON1 functions, PostgreSQL's json
 * ones). Booleans arrive as 0/1 from SQLite and as true/false from PostgreSQL.
 */

/** The values as a JSON array, in the order the rows come (`[]` for no row, as SQLite gives it). */
export function jsonGroupArray(dialect: SqlDialect, value: Expression<unknown>): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`coalesce(json_agg(${value}), '[]'::json)::text` : sql<string>`json_group_array(${value})`;
}

/** The rows as a JSON object from each key to its value (`{}` for no row, as SQLite gives it). */
export function jsonGroupObject(dialect: SqlDialect, key: Expression<string>, value: Expression<unknown>): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`coalesce(json_object_agg(${key}, ${value}), '{}'::json)::text`
    : sql<string>`json_group_object(${key}, ${value})`;
}

/** A JSON array of the values: one row's columns as a tuple. */
export function jsonArray(dialect: SqlDialect, values: readonly Expression<unknown>[]): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`json_build_array(${sql.join(values)})` : sql`json_array(${sql.join(values)})`;
}

/** JSON text taken as a JSON value, so an enclosing array nests it instead of quoting it. */
export function asJson(dialect: SqlDialect, text: Expression<string | null>): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`(${text})::json` : sql`json(${text})`;
}
