import { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

export type SqlValue = string | number | null;

/** SQLite allows 32,766 bound parameters per statement; staying well below keeps statements small. */
const MAX_PARAMETERS_PER_STATEMENT = 8_000;

/**
 * Inserts rows with as few multi-row INSERT statements as the parameter limit allows. Table and
 * column names come from code, never from input; every value is a bound parameter.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const into = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `);
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length));
  for (let from = 0; from < rows.length; from += rowsPerStatement) {
    const values = rows.slice(from, from + rowsPerStatement).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    await tx.$executeRaw`${into}${Prisma.join(values)}`;
  }
}
