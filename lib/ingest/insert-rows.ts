import type { Insertable } from 'kysely';
import type { DatabaseTransaction } from '@/lib/db';
import type { Tables } from '@/lib/database/tables';

/** Bound values per multi-row statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
export const MAX_BOUND_VALUES = 32_000;

/**
 * The rows in consecutive slices small enough for one multi-row INSERT each: every row binds one
 * value per key of the first row (rows of one INSERT have the same keys).
 */
export function statementBatches<Row extends object>(rows: readonly Row[]): Row[][] {
  const [first] = rows;
  if (!first) return [];
  const size = Math.max(1, Math.floor(MAX_BOUND_VALUES / Math.max(1, Object.keys(first).length)));
  const batches: Row[][] = [];
  for (let from = 0; from < rows.length; from += size) batches.push(rows.slice(from, from + size));
  return batches;
}

/** Inserts the rows with as few multi-row INSERT statements as the parameter limits allow. */
export async function insertMany<Table extends keyof Tables & string>(
  tx: DatabaseTransaction,
  table: Table,
  rows: readonly Insertable<Tables[Table]>[],
): Promise<void> {
  for (const batch of statementBatches(rows)) await tx.$kysely.insertInto(table).values(batch).execute();
}
