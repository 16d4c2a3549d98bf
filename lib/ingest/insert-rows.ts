import { Prisma } from '@/lib/generated/prisma/client';
import type { DatabaseTransaction } from '@/lib/db';

type Tx = DatabaseTransaction;

export type SqlValue = string | number | null;

/** Rows per statement: bounds the size of one statement's JSON text. */
const ROWS_PER_STATEMENT = 10_000;

/**
 * Inserts rows sent as one JSON parameter per statement and unpacked by SQLite (`json_each`):
 * binding each value through the client cost more than storing it. Table and column names come
 * from code, never from input; the values travel as data. Booleans are sent as 0 or 1.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => `"${column}"`).join(', ');
  const values = columns.map((_, index) => `j.value ->> '$[${index}]'`).join(', ');
  const into = Prisma.raw(`INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_each(`);
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    await tx.$executeRaw`${into}${JSON.stringify(rows.slice(from, from + ROWS_PER_STATEMENT))}${Prisma.raw(') j')}`;
  }
}
