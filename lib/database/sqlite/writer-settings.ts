import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables';

/**
 * SQLite settings for a writer that shares the file with a serving reader: write-ahead logging
 * (readers go on reading while it writes), `synchronous = NORMAL`, a 64 MB page cache instead of
 * the 2 MB default (a batch inserts into index pages all over the file) and sorts in memory.
 */
export async function prepareWriterConnection(kysely: Kysely<Tables>): Promise<void> {
  const [current] = (await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(kysely)).rows;
  if (current?.journal_mode !== 'wal') {
    // Switching needs the database to itself; a reader holding it open (a running site on a
    // database that was never ingested into) must not stop the run, which then writes in the
    // default rollback mode and switches next time.
    try {
      await sql`PRAGMA journal_mode = WAL`.execute(kysely);
    } catch (error) {
      console.warn(`the database stays in rollback-journal mode this run (${(error as Error).message.split('\n')[0]})`);
    }
  }
  await sql`PRAGMA synchronous = NORMAL`.execute(kysely);
  await sql`PRAGMA cache_size = -65536`.execute(kysely);
  await sql`PRAGMA temp_store = MEMORY`.execute(kysely);
}
