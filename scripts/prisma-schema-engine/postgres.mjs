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
    connect: async () => withWholeScripts(withCatalogCharAsText(await inner.connect())),
    connectToShadowDb: async () => withWholeScripts(withCatalogCharAsText(await connectToShadowDatabase(url))),
  });
  return { factory };
}

/** PostgreSQL's one-byte `"char"` type (OID 18): the catalog's kind and action columns. */
const CATALOG_CHAR = 18;
const TEXT = 25;

/**
 * The engine reads the catalog to describe a database (for `migrate dev`, `diff` against a
 * database or migrations); the pg adapter knows no column type for `"char"` and fails. Its values
 * arrive as one-letter strings anyway, so such columns are reported as text.
 *
 * @template {{ underlyingDriver(): unknown }} A
 * @param {A} adapter
 * @returns {A}
 */
function withCatalogCharAsText(adapter) {
  const pool = /** @type {import('pg').Pool} */ (adapter.underlyingDriver());
  const query = /** @type {(...args: unknown[]) => Promise<any>} */ (pool.query.bind(pool));
  /** @type {any} */ (pool).query = async (/** @type {unknown[]} */ ...args) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === CATALOG_CHAR) field.dataTypeID = TEXT;
    return result;
  };
  return adapter;
}

/**
 * Migration scripts go to the server whole, as the native engine sends them (one simple query: its
 * statements run in one transaction). The pg adapter splits a script at every `;`, which cuts a
 * function body written between `$$` apart.
 *
 * @template {{ underlyingDriver(): unknown, executeScript(script: string): Promise<void>, onError(error: unknown): never }} A
 * @param {A} adapter
 * @returns {A}
 */
function withWholeScripts(adapter) {
  const pool = /** @type {import('pg').Pool} */ (adapter.underlyingDriver());
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * A throwaway database on the same server, dropped when the engine lets go of it. (The pg
 * adapter's own shadow database would connect to the main database again: with a connection
 * string, pg ignores the database name the adapter sets beside it.)
 *
 * @param {string} url
 */
async function connectToShadowDatabase(url) {
  const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
  await withClient(url, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const adapter = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
  };
  return adapter;
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
