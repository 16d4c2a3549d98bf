import path from 'node:path';
import { openDatabase } from '../lib/db';
import { projectRoot } from '../lib/env';
import { ingestPaths } from '../lib/ingest/ingest-command';

// `npx prisma db seed`: the gazetteer and every document in seeds/.
const db = openDatabase();
try {
  const report = await ingestPaths(db, [path.join(projectRoot, 'seeds')]);
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}
