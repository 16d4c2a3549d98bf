import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * JSON built by SQLite: a query returns a list or a map in one column, so one statement carries
 * what would otherwise be a statement (and a round trip through the driver) per list. Each returns
 * JSON text for the caller to parse.
 */

/** The values as a JSON array, in the order the rows come (`json_group_array`). */
export function jsonGroupArray(value: Expression<unknown>): RawBuilder<string | null> {
  return sql<string | null>`json_group_array(${value})`;
}

/** The rows as a JSON object from each key to its value (`json_group_object`). */
export function jsonGroupObject(key: Expression<string>, value: Expression<unknown>): RawBuilder<string | null> {
  return sql<string | null>`json_group_object(${key}, ${value})`;
}

/** A JSON array of the values (`json_array`): one row's columns as a tuple. */
export function jsonArray(values: readonly Expression<unknown>[]): RawBuilder<string> {
  return sql<string>`json_array(${sql.join(values)})`;
}
