import { sql, type AliasedRawBuilder, type Insertable, type Kysely } from 'kysely';
import { dialectOf, type SqlDialect } from './dialect';
import type { Tables } from './tables';

type Cell = string | number | boolean | null;

/** Rows per statement: bounds the size of one statement's JSON text. */
const ROWS_PER_STATEMENT = 10_000;

/** The SQL types `jsonRows` can give PostgreSQL columns (SQLite needs none). */
export type JsonRowType = 'integer' | 'text' | 'boolean';

/**
 * Rows sent as one JSON parameter and unpacked by the database, as a table `alias` with these
 * columns: a statement over thousands of rows binds one value instead of one per cell (SQLite's
 * `json_each`; PostgreSQL's `json_to_recordset`, which needs each column's type).
 */
export function jsonRows<Row extends Record<string, Cell>, Alias extends string>(
  dialect: SqlDialect,
  columns: readonly { name: keyof Row & string; type: JsonRowType }[],
  rows: readonly (readonly Cell[])[],
  alias: Alias,
): AliasedRawBuilder<Row, Alias> {
  if (dialect === 'postgres') {
    const objects = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column.name, row[index] ?? null])));
    const types = sql.join(columns.map((column) => sql`${sql.ref(column.name)} ${sql.raw(column.type)}`));
    return sql<Row>`(SELECT * FROM json_to_recordset(${JSON.stringify(objects)}::json) AS ${sql.id('j')}(${types}))`.as(alias);
  }
  const item = sql.ref('j.value');
  const cells = columns.map((column, index) => sql`${item} ->> ${sql.lit(`$[${index}]`)} AS ${sql.ref(column.name)}`);
  return sql<Row>`(SELECT ${sql.join(cells)} FROM json_each(${JSON.stringify(rows)}) AS ${sql.id('j')})`.as(alias);
}

/**
 * Inserts the rows (all with the keys of the first), sent as one JSON value per statement and
 * unpacked by the database: binding every cell costs more in the client than the database spends
 * storing the row (with bound multi-row VALUES, storing a batch of articles took half as long
 * again on SQLite, and twice as long on PostgreSQL). SQLite reads the cells with `json_each`;
 * PostgreSQL with `json_populate_recordset`, which gives each its column's type (enums included).
 */
export async function insertJsonRows<Table extends keyof Tables & string>(
  kysely: Kysely<Tables>,
  table: Table,
  rows: readonly Insertable<Tables[Table]>[],
): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const postgres = dialectOf(kysely) === 'postgres';
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    const batch = rows.slice(from, from + ROWS_PER_STATEMENT);
    const source = postgres
      ? sql`json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(batch)}::json)`.as('rows')
      : jsonRows(
          'sqlite',
          columns.map((name) => ({ name, type: 'text' as const })),
          batch.map((row) => columns.map((column) => (row as Record<string, Cell>)[column] ?? null)),
          'rows',
        );
    await kysely
      .insertInto(table)
      .columns(columns as never)
      .expression((eb) => eb.selectFrom(source).select(columns.map((column) => sql.ref(`rows.${column}`)) as never))
      .execute();
  }
}
