import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/lib/db';
import { projectRoot } from '@/lib/env';
import { createMigratedDatabase, type TestDatabase } from './migrated-database';
import { dropPostgresDatabase, freshTestDatabaseUrl, onPostgresServer } from './test-database-url';

/** Applies the committed PostgreSQL migrations, as `prisma migrate deploy` would. */
async function migratePostgres(url: string): Promise<void> {
  const migrations = path.join(projectRoot, 'prisma', 'postgresql', 'migrations');
  await onPostgresServer(async (client) => {
    for (const name of readdirSync(migrations).filter((entry) => /^\d+_/.test(entry)).sort()) {
      await client.query(readFileSync(path.join(migrations, name, 'migration.sql'), 'utf8'));
    }
  }, url);
}

/** The database at `url` (from freshTestDatabaseUrl), migrated, with a client on it. */
export async function createTestDatabase(url: string): Promise<TestDatabase> {
  if (!url.startsWith('postgres')) return createMigratedDatabase(url.replace(/^file:/, ''));
  await migratePostgres(url);
  const db = openDatabase(url);
  return {
    file: '',
    url,
    db,
    dispose: async () => {
      await db.$disconnect();
      await dropPostgresDatabase(url);
    },
  };
}


/** A new, migrated database of the test's kind (SQLite, or PostgreSQL in the postgres test project). */
export async function freshTestDatabase(name: string): Promise<TestDatabase> {
  return createTestDatabase(await freshTestDatabaseUrl(name));
}
