import path from 'node:path';
import { createPrismaClient } from '../lib/db';
import { projectRoot } from '../lib/env';
import { ingestPaths } from '../lib/ingest/ingest-command';

// `npx prisma db seed`: the gazetteer and every document in seeds/.
const db = createPrismaClient();
try {
  const report = await ingestPaths(db, [path.join(projectRoot, 'seeds')]);
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}
