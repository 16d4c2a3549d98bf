import { createPrismaClient } from '@/lib/db';
import { InputError } from '../collect-files';
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
  console.error(error instanceof InputError ? error.message : error);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
}
