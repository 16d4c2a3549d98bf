import { databaseFilePath, isPostgresUrl } from '@/lib/env';
import { backupDatabase, defaultBackupPath } from '../backup-database';

// `npm run db:backup [-- <target file>]`: a consistent copy of the database, safe while the site runs.
if (isPostgresUrl()) {
  console.error('DATABASE_URL names a PostgreSQL database: back it up with pg_dump (docs/DEPLOYING.md, "Backup and restore").');
  process.exit(2);
}
const source = databaseFilePath();
const target = process.argv[2] ?? defaultBackupPath(source);
try {
  const result = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${result.file} (${(result.bytes / 1_048_576).toFixed(1)} MB, ${result.pages} pages).`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
