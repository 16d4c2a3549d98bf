import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

// Imported by tests before anything reads DATABASE_URL (see the vi.hoisted blocks), so nothing
// here may import lib/env or lib/db.

/**
 * The database a data-layer test runs on: SQLite unless the test project says PostgreSQL
 * (`TEST_DATABASE=postgres`, with `POSTGRES_TEST_URL` naming a server the tests may create
 * databases on; see lib/testing/postgres-global-setup.ts).
 */
export const testDatabaseKind: 'sqlite' | 'postgres' = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

function postgresServerUrl(): string {
  const url = process.env.POSTGRES_TEST_URL;
  if (!url) throw new Error('TEST_DATABASE=postgres needs POSTGRES_TEST_URL (the postgres test project sets it).');
  return url;
}

/** The URL of another database on the server a URL names. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onPostgresServer<T>(fn: (client: pg.Client) => Promise<T>, url = postgresServerUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the PostgreSQL server POSTGRES_TEST_URL names; returns its URL. */
export async function createPostgresDatabase(name: string): Promise<string> {
  const database = `test_${name.replace(/\W/g, '_')}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  await onPostgresServer((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`));
  return withDatabase(postgresServerUrl(), database);
}

/** Drops the database a URL names from that server, closing its connections first. */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  await onPostgresServer((client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`));
}

/** A URL for a new, empty database of the test's kind (`name` only makes it easier to find). */
export async function freshTestDatabaseUrl(name: string): Promise<string> {
  if (testDatabaseKind === 'sqlite') return `file:${path.join(mkdtempSync(path.join(tmpdir(), `bauyrlas-${name}-`)), `${name}.db`)}`;
  return createPostgresDatabase(name);
}

