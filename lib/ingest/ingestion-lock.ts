import { tryAdvisoryLock } from '@/lib/database/postgres/advisory-lock';
import { isPostgresUrl } from '@/lib/env';
import { acquireIngestLock, IngestLockedError } from './ingest-lock';

/** The advisory-lock key of ingestion on a PostgreSQL database (any constant shared by all runs). */
const POSTGRES_INGESTION_LOCK = 0x62617579726c6173n; // "bauyrlas"

/**
 * One ingestion at a time per database. On PostgreSQL, where runs may start on several machines,
 * an advisory lock held by the run's own connection; on SQLite, the lock file beside the database
 * file. Returns the function that releases it; throws IngestLockedError while another run holds it.
 */
export async function lockIngestion(databaseUrl: string, databaseFile: string): Promise<() => Promise<void>> {
  if (!isPostgresUrl(databaseUrl)) {
    const release = acquireIngestLock(databaseFile);
    return async () => release();
  }
  const release = await tryAdvisoryLock(databaseUrl, POSTGRES_INGESTION_LOCK);
  if (!release) throw new IngestLockedError('another ingestion is writing to this database; try again when it has finished');
  return release;
}
