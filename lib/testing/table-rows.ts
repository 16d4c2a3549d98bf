import type { Database } from '@/lib/db';
import type { Tables } from '@/lib/database/tables';

const sortKey = (row: unknown) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/**
 * Every row of each table, in a stable order, for comparing two states of a database of either
 * kind (lib/testing/full-text-index.ts reads the full-text index, which differs by database).
 */
export async function tableRows(db: Database, tables: readonly (keyof Tables)[]): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: unknown[] = await db.$kysely.selectFrom(table).selectAll().execute();
    dump[table] = rows.map((row) => [sortKey(row), row] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
  return dump;
}
