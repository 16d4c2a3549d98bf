import { sql, type AliasedRawBuilder } from 'kysely';

/**
 * Rows sent as one JSON parameter and unpacked by SQLite's `json_each`, as a table `alias` with
 * these columns: a statement over thousands of rows binds one value instead of one per cell.
 * Cells are strings, numbers or null (booleans as 0 or 1).
 * (PostgreSQL: `json_to_recordset` or `unnest` of one array per column.)
 */
export function jsonRows<Row extends Record<string, string | number | null>, Alias extends string>(
  columns: readonly (keyof Row & string)[],
  rows: readonly (readonly Row[keyof Row][])[],
  alias: Alias,
): AliasedRawBuilder<Row, Alias> {
  const item = sql.ref('j.value');
  const cells = columns.map((column, index) => sql`${item} ->> ${sql.lit(`$[${index}]`)} AS ${sql.ref(column)}`);
  return sql<Row>`(SELECT ${sql.join(cells)} FROM json_each(${JSON.stringify(rows)}) AS ${sql.id('j')})`.as(alias);
}
