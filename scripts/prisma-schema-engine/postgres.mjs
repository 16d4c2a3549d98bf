import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { EngineError, errorMessage } from './errors.mjs';

/**
 * The schema engine on PostgreSQL: the wasm engine talks to the server through Prisma's pg
 * driver adapter (shadow databases included); the one-shot commands and `db execute` use pg
 * directly.
 */

/** @param {string} url */
export function isPostgresUrl(url) {
  return /^postgres(?:ql)?:\/\//i.test(url.trim());
}

/** @param {string} url  the database the engine works on */
export function createPostgresAdapterFactory(url) {
  const inner = new PrismaPg({ connectionString: url });
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect(),
    connectToShadowDb: () => inner.connectToShadowDb(),
  });
  return { factory };
}

/**
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} fn
 */
async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error)?.code;
    if (code === '3D000') throw new EngineError('P1003', `Database \`${databaseName(url)}\` does not exist on the database server.`);
    throw new EngineError('P1001', `Can't reach the PostgreSQL server: ${errorMessage(error)}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** @param {string} url */
function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** @param {string} url */
export async function checkCanConnectPostgres(url) {
  await withClient(url, (client) => client.query('SELECT 1'));
}

/** Creates the URL's database through the server's `postgres` database; returns its name. */
export async function createPostgresDatabase(/** @type {string} */ url) {
  const name = databaseName(url);
  const server = new URL(url);
  server.pathname = '/postgres';
  await withClient(server.toString(), async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) throw new EngineError('P1009', `Database \`${name}\` already exists on the database server`, { database_name: name });
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
  return name;
}

/**
 * The methods that differ from the wasm engine's on PostgreSQL.
 * @param {{ engine: import('@prisma/schema-engine-wasm').SchemaEngine, url: string }} context
 */
export function postgresMethods({ engine, url }) {
  return {
    async dbExecute(/** @type {any} */ { datasourceType, script }) {
      const target = datasourceType?.tag === 'url' ? datasourceType.url : url;
      await withClient(target, (client) => client.query(script));
      return null;
    },
    async createDatabase(/** @type {any} */ { datasource }) {
      return { databaseName: await createPostgresDatabase(datasource?.tag === 'ConnectionString' ? datasource.url : url) };
    },
    async getDatabaseVersion() {
      return withClient(url, async (client) => /** @type {string} */ ((await client.query('SHOW server_version')).rows[0].server_version));
    },
    async reset() {
      // Everything the migrations made lives in the public schema.
      await withClient(url, (client) => client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public'));
      return null;
    },
    ensureConnectionValidity: (/** @type {any} */ params) => engine.ensureConnectionValidity(params),
  };
}
