import { openDatabase } from '@/lib/db';
import { localStatePath } from '@/lib/env';
import { IngestLockedError } from '../ingest-lock';
import { lockIngestion } from '../ingestion-lock';
import { createProgress } from '../progress';
import { prepareDatabase } from '../run-ingest';
import { indexCoverage, rebuildSearchIndex } from '../search-index';

/**
 * `npm run reindex [-- --if-needed]`: builds the full-text index of every stored article again
 * (after the migration that created it, or after a change in how text is read for search).
 * With --if-needed it does so only when the index does not hold every article, and says so.
 */

const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--if-needed')) {
  console.error('usage: npm run reindex [-- --if-needed]');
  process.exit(2);
}
const ifNeeded = args.includes('--if-needed');

const db = openDatabase();
try {
  const coverage = await indexCoverage(db);
  if (ifNeeded && coverage.indexed === coverage.articles) {
    console.log(`search index: complete (${coverage.articles} articles)`);
  } else {
    const release = await lockIngestion(db.$url, localStatePath());
    const progress = createProgress(coverage.articles, { action: 'Indexing', unit: 'articles' });
    const startedAt = performance.now();
    try {
      await prepareDatabase(db);
      const { articles } = await rebuildSearchIndex(db, (done) => progress.update(done));
      progress.stop();
      console.log(`search index: ${articles} articles indexed in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    } finally {
      progress.stop();
      await release();
    }
  }
} catch (error) {
  console.error(error instanceof IngestLockedError ? error.message : error);
  process.exitCode = error instanceof IngestLockedError ? 3 : 1;
} finally {
  await db.$disconnect();
}
