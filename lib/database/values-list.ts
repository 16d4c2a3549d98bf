import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type * as SchemaEnums from '@/lib/generated/prisma/enums';
import type { SqlDialect } from './dialect';

type Cell = string | number | null;

/**
 * The SQL type of each column of a constant table, for PostgreSQL, which reads a bound value in a
 * VALUES list as text: a number column must be `integer`, an enum column its enum type, named as
 * in the schema, so a renamed enum fails the typecheck (SQLite needs no types).
 */
export type ValuesColumnType = 'integer' | 'text' | { enum: keyof typeof SchemaEnums };

function typed(dialect: SqlDialect, value: Cell, type: ValuesColumnType | undefined) {
  if (dialect === 'sqlite' || !type || type === 'text') return sql`${value}`;
  return type === 'integer' ? sql`CAST(${value} AS integer)` : sql`CAST(${value} AS ${sql.id(type.enum)})`;
}

/**
 * `(VALUES (…), (…))` of these rows, each value bound: the body of a constant table
 * (`.with('k(a, b)', () => valuesRows(dialect, pairs, types))`).
 */
export function valuesRows<Row extends object = Record<string, Cell>>(
  dialect: SqlDialect,
  rows: readonly (readonly Cell[])[],
  types: readonly ValuesColumnType[] = [],
): RawBuilder<Row> {
  return sql<Row>`(VALUES ${sql.join(rows.map((values) => sql`(${sql.join(values.map((value, index) => typed(dialect, value, types[index])))})`))})`;
}

/**
 * `row IN (VALUES (…), (…))`: a row value (`eb.refTuple('a', 'b')`) among a list of rows, on SQLite
 * (which takes no list of row values after `IN` otherwise) and on PostgreSQL.
 */
export function rowInValues(
  dialect: SqlDialect,
  row: Expression<unknown>,
  rows: readonly (readonly Cell[])[],
  types: readonly ValuesColumnType[] = [],
): RawBuilder<SqlBool> {
  return sql<SqlBool>`${row} IN ${valuesRows(dialect, rows, types)}`;
}
