import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect';
import type { Tables } from './tables';

/**
 * Upkeep once an ingestion run has written rows. On PostgreSQL, VACUUM (ANALYZE) marks the pages
 * the run wrote all-visible and refreshes the planner's statistics. Until autovacuum gets to it,
 * a reader cannot answer from an index alone: counting one entity's 3,462 stories at 20,000
 * articles visited 2,964 table pages (17 ms) instead of none (0.9 ms). VACUUM skips pages already
 * all-visible, so a small run costs little. SQLite needs nothing here.
 */
export async function tidyAfterIngestion(kysely: Kysely<Tables>): Promise<void> {
  if (dialectOf(kysely) !== 'postgres') return;
  await sql`VACUUM (ANALYZE, INDEX_CLEANUP ON)`.execute(kysely);
}
