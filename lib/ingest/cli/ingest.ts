import { createPrismaClient } from '@/lib/db';
import { InputError } from '../collect-files';
import { IngestLockedError } from '../ingest-lock';
import { ingestPaths } from '../ingest-command';

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error('usage: npm run ingest -- <file|folder>…');
  process.exit(2);
}

const db = createPrismaClient();
try {
  const report = await ingestPaths(db, inputs);
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} catch (error) {
  const expected = error instanceof InputError || error instanceof IngestLockedError;
  console.error(expected ? (error as Error).message : error);
  process.exitCode = error instanceof IngestLockedError ? 3 : 2;
} finally {
  await db.$disconnect();
}
