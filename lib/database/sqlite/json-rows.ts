import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * Rows gathered into one JSON value, so a statement returns a page of nested records as one cell
 * (SQLite's JSON1 functions).
 */

/** `json_group_array(json_array(…))`: every row of the group as an array of these values, in one JSON array. */
export function jsonArrayOfRows(values: readonly Expression<unknown>[]): RawBuilder<string> {
  return sql<string>`json_group_array(json_array(${sql.join(values)}))`;
}

/** `json(…)`: JSON text taken as a JSON value, so an enclosing array nests it instead of quoting it. */
export function asJson(text: Expression<string | null>): RawBuilder<unknown> {
  return sql`json(${text})`;
}
