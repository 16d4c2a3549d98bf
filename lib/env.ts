import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The one validated view of the environment. Every variable has a default that works on a fresh
 * clone, so no `.env` file is needed.
 */

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const defaultDatabaseFile = path.join(projectRoot, 'data', 'bauyrlas.db');

const envSchema = z.object({
  /**
   * The database: `file:` and a path for SQLite (relative paths resolve against the project), or
   * `postgresql://user:password@host:port/database` for a PostgreSQL server.
   */
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      'DATABASE_URL must be a file: URL to an SQLite database or a postgresql:// URL to a PostgreSQL database',
    )
    .default(`file:${defaultDatabaseFile}`),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Public origin of the site. When set, pages declare canonical URLs on it. */
  SITE_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /**
   * Shared secret of the on-demand revalidation endpoint. Unset: one is generated and kept beside
   * the database (see lib/revalidation/revalidate-secret.ts).
   */
  REVALIDATE_SECRET: z.string().min(32, 'REVALIDATE_SECRET must be at least 32 characters').optional(),
  /** Where an ingestion tells the running site to refresh its pages. */
  REVALIDATE_URL: z.url().optional(),
  /**
   * The folder of the Next build, relative to the project. A server given a copy of a build in
   * another folder keeps the pages it generates to itself (the browser tests serve one build on
   * SQLite and on PostgreSQL at once this way).
   */
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** Absolute path of the Next build the server serves. */
export const buildFolder = path.join(projectRoot, env.NEXT_DIST_DIR);

/** Where absolute links in page metadata point: the public origin, or this server. */
export const siteOrigin = env.SITE_URL ?? `http://localhost:${env.PORT}`;

/** The running site's revalidation endpoint, as the ingest command calls it. */
export const revalidateUrl = env.REVALIDATE_URL ?? `http://127.0.0.1:${env.PORT}/api/revalidate`;

/** Whether a database URL names a PostgreSQL server (else it is an SQLite file). */
export function isPostgresUrl(url: string = env.DATABASE_URL): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Absolute path of the SQLite file a `file:` URL names (query string dropped). */
export function databaseFilePath(url: string = env.DATABASE_URL): string {
  const withoutScheme = url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '');
  return path.resolve(projectRoot, withoutScheme);
}

/**
 * Where this machine keeps the database's local state (the revalidation secret, the ingestion lock
 * of an SQLite database): the SQLite file, or for a PostgreSQL database a name in the project's
 * data folder.
 */
export function localStatePath(url: string = env.DATABASE_URL): string {
  return isPostgresUrl(url) ? path.join(projectRoot, 'data', 'postgresql') : databaseFilePath(url);
}

/** Makes sure the folder of the database file exists, and returns the file's path. */
export function ensureDatabaseFolder(url: string = env.DATABASE_URL): string {
  const file = databaseFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
