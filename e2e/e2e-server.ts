import path from 'node:path';

/** The servers the browser tests run against, shared by playwright.config.ts and the tests. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eOrigin = `http://127.0.0.1:${e2ePort}`;
export const e2eDatabaseFile = path.join(import.meta.dirname, '..', 'data', 'e2e.db');
export const e2eDatabaseUrl = `file:${e2eDatabaseFile}`;
/** A fixed secret for the test servers only; a real deployment sets its own or lets one be generated. */
export const e2eRevalidateSecret = 'e2e-only-revalidate-secret-0123456789abcdef';
export const e2eRevalidateUrl = `${e2eOrigin}/api/revalidate`;

/** The same build on a seeded PostgreSQL database (e2e/postgres-server.ts). */
export const e2ePostgresPort = Number(process.env.E2E_POSTGRES_PORT ?? e2ePort + 1);
export const e2ePostgresOrigin = `http://127.0.0.1:${e2ePostgresPort}`;
