import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { ITXClientDenyList } from '@prisma/client/runtime/client';
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import kyselyExtension from 'prisma-extension-kysely';
import type { Tables } from './database/tables';
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from './generated/prisma-postgres/client';
import { databaseFilePath, env, isPostgresUrl } from './env';

/** Opens a Prisma client on the URL's database: an SQLite file, or a PostgreSQL server. */
function openPrismaClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    // Both clients are generated from the same models (prisma/postgresql/schema.prisma is derived
    // from prisma/schema.prisma), so their APIs are the same; the SQLite client's type names both.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  // `timeout` is SQLite's busy timeout: a reader waits for a writer instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseFilePath(url), timeout: 5_000 }) });
}

/** How Kysely writes SQL for the URL's database. */
function sqlDialectOf(url: string) {
  return isPostgresUrl(url)
    ? { adapter: () => new PostgresAdapter(), compiler: () => new PostgresQueryCompiler(), introspector: PostgresIntrospector }
    : { adapter: () => new SqliteAdapter(), compiler: () => new SqliteQueryCompiler(), introspector: SqliteIntrospector };
}

/**
 * Opens the database (the configured one unless another URL is given): a Prisma client whose
 * `$kysely` builds typed SQL over the same connection, so it also runs inside `$transaction`.
 *
 * The Kysely extension comes last: it wraps `$transaction` so that `tx.$kysely` sends its
 * statements through the transaction's client, and an extension added after it would hand out
 * Prisma's own `$transaction` again, whose `tx.$kysely` is the client-wide one (on PostgreSQL,
 * another pooled connection, outside the transaction).
 */
export function openDatabase(url: string = env.DATABASE_URL) {
  const dialect = sqlDialectOf(url);
  return openPrismaClient(url)
    .$extends({ client: { /** The URL the client was opened on. */ $url: url } })
    .$extends(
      kyselyExtension({
        kysely: (driver) =>
          new Kysely<Tables>({
            dialect: {
              createDriver: () => driver,
              createAdapter: dialect.adapter,
              createIntrospector: (database) => new dialect.introspector(database),
              createQueryCompiler: dialect.compiler,
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
