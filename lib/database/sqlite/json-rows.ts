import { sql, type AliasedRawBuilder, type Insertable, type Kysely } from 'kysely';
import type { Tables } from '@/lib/database/tables';

type Cell = string | number | null;

/** Rows per statement: bounds the size of one statement's JSON text. */
const ROWS_PER_STATEMENT = 10_000;

/**
 * Rows sent as one JSON parameter and unpacked by SQLite's `json_each`, as a table `alias` with
 * these columns: a statement over thousands of rows binds one value instead of one per cell.
 * Cells are strings, numbers or null (booleans as 0 or 1).
 * (PostgreSQL: `json_to_recordset`, or `unnest` of one array per column.)
 */
export function jsonRows<Row extends Record<string, Cell>, Alias extends string>(
  columns: readonly (keyof Row & string)[],
  rows: readonly (readonly Cell[])[],
  alias: Alias,
): AliasedRawBuilder<Row, Alias> {
  const item = sql.ref('j.value');
  const cells = columns.map((column, index) => sql`${item} ->> ${sql.lit(`$[${index}]`)} AS ${sql.ref(column)}`);
  return sql<Row>`(SELECT ${sql.join(cells)} FROM json_each(${JSON.stringify(rows)}) AS ${sql.id('j')})`.as(alias);
}

/**
 * Inserts the rows (all with the keys of the first) through `jsonRows`, up to ROWS_PER_STATEMENT
 * per statement. Binding every cell instead costs more in the client than SQLite spends storing
 * the row: with bound multi-row VALUES, storing a batch of articles took half as long again.
 */
export async function insertJsonRows<Table extends keyof Tables & string>(
  kysely: Kysely<Tables>,
  table: Table,
  rows: readonly Insertable<Tables[Table]>[],
): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    const cells = rows.slice(from, from + ROWS_PER_STATEMENT).map((row) => columns.map((column) => (row as Record<string, Cell>)[column] ?? null));
    await kysely
      .insertInto(table)
      .columns(columns as never)
      .expression((eb) => eb.selectFrom(jsonRows(columns, cells, 'rows')).selectAll())
      .execute();
  }
}
