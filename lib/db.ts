import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { ITXClientDenyList } from '@prisma/client/runtime/client';
import kyselyExtension from 'prisma-extension-kysely';
import type { Tables } from './database/tables';
import { PrismaClient } from './generated/prisma/client';
import { databaseFilePath, env } from './env';

/**
 * Opens the database (the configured one unless another URL is given): a Prisma client whose
 * `$kysely` builds typed SQL over the same connection, so it also runs inside `$transaction`.
 */
export function openDatabase(url: string = env.DATABASE_URL) {
  // `timeout` is SQLite's busy timeout: a reader waits for a writer instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: databaseFilePath(url), timeout: 5_000 });
  return new PrismaClient({ adapter }).$extends(
    kyselyExtension({
      kysely: (driver) =>
        new Kysely<Tables>({
          dialect: {
            createDriver: () => driver,
            createAdapter: () => new SqliteAdapter(),
            createIntrospector: (database) => new SqliteIntrospector(database),
            createQueryCompiler: () => new SqliteQueryCompiler(),
          },
        }),
    }),
  );
}

/** The database client: Prisma's models, and typed SQL through `$kysely`. */
export type Database = ReturnType<typeof openDatabase>;

/** The client inside `db.$transaction(async (tx) => …)`. */
export type DatabaseTransaction = Omit<Database, ITXClientDenyList>;

const globalForPrisma = globalThis as unknown as { prisma?: Database };

/** The one shared client of the running app (kept across hot reloads in development). */
export const db: Database = globalForPrisma.prisma ?? openDatabase();

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
