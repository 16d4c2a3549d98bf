import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

type Cell = string | number | null;

/**
 * `(VALUES (…), (…))` of these rows, each value bound: the body of a constant table
 * (`.with('k(a, b)', () => valuesRows(pairs))`), valid on SQLite and PostgreSQL.
 */
export function valuesRows<Row extends object = Record<string, Cell>>(rows: readonly (readonly Cell[])[]): RawBuilder<Row> {
  return sql<Row>`(VALUES ${sql.join(rows.map((values) => sql`(${sql.join(values)})`))})`;
}

/**
 * `row IN (VALUES (…), (…))`: a row value (`eb.refTuple('a', 'b')`) among a list of rows, valid on
 * SQLite (which takes no list of row values after `IN` otherwise) and on PostgreSQL.
 */
export function rowInValues(row: Expression<unknown>, rows: readonly (readonly Cell[])[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${row} IN ${valuesRows(rows)}`;
}
