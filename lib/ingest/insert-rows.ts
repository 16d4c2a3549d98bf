import type { Insertable } from 'kysely';
import type { DatabaseTransaction } from '@/lib/db';
import { insertJsonRows } from '@/lib/database/json-rows';
import type { Tables } from '@/lib/database/tables';

/** Bound values per multi-row statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
export const MAX_BOUND_VALUES = 32_000;

/**
 * The rows in consecutive slices small enough for one multi-row INSERT each
 * (`.insertInto(table).values(slice)`): every row binds one value per key of the first row.
 */
export function statementBatches<Row extends object>(rows: readonly Row[]): Row[][] {
  const [first] = rows;
  if (!first) return [];
  const size = Math.max(1, Math.floor(MAX_BOUND_VALUES / Math.max(1, Object.keys(first).length)));
  const batches: Row[][] = [];
  for (let from = 0; from < rows.length; from += size) batches.push(rows.slice(from, from + size));
  return batches;
}

/**
 * Inserts many rows of one table (every row with the same keys), in as few statements as the
 * dialect allows (`insertJsonRows`).
 */
export async function insertMany<Table extends keyof Tables & string>(
  tx: DatabaseTransaction,
  table: Table,
  rows: readonly Insertable<Tables[Table]>[],
): Promise<void> {
  await insertJsonRows(tx.$kysely, table, rows);
}
