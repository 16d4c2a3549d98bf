import { createPrismaClient } from '@/lib/db';
import { InputError } from '../collect-files';
import { IngestLockedError } from '../ingest-lock';
import { ingestPaths, removePaths } from '../ingest-command';

const args = process.argv.slice(2);
const remove = args[0] === '--remove';
const inputs = remove ? args.slice(1) : args;
if (inputs.length === 0) {
  console.error('usage: npm run ingest -- <file|folder>…\n       npm run ingest -- --remove <file>…');
  process.exit(2);
}

const db = createPrismaClient();
try {
  if (remove) {
    process.exitCode = (await removePaths(db, inputs)).length > 0 ? 1 : 0;
  } else {
    const report = await ingestPaths(db, inputs);
    process.exitCode = report.rejected.length > 0 ? 1 : 0;
  }
} catch (error) {
  const expected = error instanceof InputError || error instanceof IngestLockedError;
  console.error(expected ? (error as Error).message : error);
  process.exitCode = error instanceof IngestLockedError ? 3 : 2;
} finally {
  await db.$disconnect();
}
