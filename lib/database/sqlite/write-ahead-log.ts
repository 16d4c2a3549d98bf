import { sql, type Kysely } from 'kysely';
import type { Tables } from '../tables';

/** Copies the write-ahead log into the database file and empties it (`PRAGMA wal_checkpoint(TRUNCATE)`): the file's size is then the database's. */
export async function checkpointWriteAheadLog(kysely: Kysely<Tables>): Promise<void> {
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(kysely);
}
