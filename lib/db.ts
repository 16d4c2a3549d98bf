import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/prisma/client';
import { databaseFilePath, env } from './env';

/** Opens a Prisma client on an SQLite file (the configured database unless another URL is given). */
export function createPrismaClient(url: string = env.DATABASE_URL): PrismaClient {
  // `timeout` is SQLite's busy timeout: a reader waits for a writer instead of failing.
  const adapter = new PrismaBetterSqlite3({ url: databaseFilePath(url), timeout: 5_000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one shared client of the running app (kept across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
