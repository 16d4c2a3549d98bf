import { openDatabase } from '@/lib/db';
import { InputError } from '../input-error';
import { IngestLockedError } from '../ingest-lock';
import { ingestPaths, removePaths } from '../ingest-command';

const USAGE = 'usage: npm run ingest -- [--source NAME] <file|folder>…\n       npm run ingest -- --remove <file>…';

const args = process.argv.slice(2);
const remove = args[0] === '--remove';
const sourceAt = remove ? -1 : args.indexOf('--source');
const source = sourceAt >= 0 ? args[sourceAt + 1]?.trim() : undefined;
const inputs = remove ? args.slice(1) : args.filter((_, index) => sourceAt < 0 || (index !== sourceAt && index !== sourceAt + 1));
if (inputs.length === 0 || (sourceAt >= 0 && !source)) {
  console.error(USAGE);
  process.exit(2);
}

const db = openDatabase();
try {
  if (remove) {
    process.exitCode = (await removePaths(db, inputs)).length > 0 ? 1 : 0;
  } else {
    const report = await ingestPaths(db, inputs, undefined, source ? { source } : {});
    process.exitCode = report.rejected.length > 0 ? 1 : 0;
  }
} catch (error) {
  const expected = error instanceof InputError || error instanceof IngestLockedError;
  console.error(expected ? (error as Error).message : error);
  process.exitCode = error instanceof IngestLockedError ? 3 : 2;
} finally {
  await db.$disconnect();
}
