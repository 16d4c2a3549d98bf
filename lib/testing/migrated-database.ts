import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { openDatabase } from '@/lib/db';
import { projectRoot } from '@/lib/env';
import type { Database } from '@/lib/db';

export interface TestDatabase {
  file: string;
  url: string;
  db: Database;
  dispose: () => Promise<void>;
}

/**
 * A fresh SQLite file in a temporary folder with the committed migrations applied, as
 * `prisma migrate deploy` would apply them (the CLI itself is tested in scripts/).
 */
export function createMigratedDatabase(file = path.join(mkdtempSync(path.join(tmpdir(), 'bauyrlas-test-')), 'test.db')): TestDatabase {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const sqlite = new Sqlite(file);
  const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
  for (const name of readdirSync(migrationsDir).filter((n) => /^\d+_/.test(n)).sort()) {
    sqlite.exec(readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
  }
  sqlite.close();
  const url = `file:${file}`;
  const db = openDatabase(url);
  return {
    file,
    url,
    db,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, in a stable order, for comparing two states of a database. */
export function dumpTables(file: string, tables: readonly string[]): Record<string, unknown[]> {
  const sqlite = new Sqlite(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]),
    );
  } finally {
    sqlite.close();
  }
}
