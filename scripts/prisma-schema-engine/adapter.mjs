import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { EngineError } from './errors.mjs';

/**
 * The driver adapter the wasm engine talks to SQLite through, with the fixes the engine needs on
 * top of the plain better-sqlite3 adapter.
 *
 * @typedef {import('@prisma/driver-adapter-utils').SqlDriverAdapter} SqlDriverAdapter
 * @typedef {import('@prisma/driver-adapter-utils').SqlQuery} SqlQuery
 * @typedef {import('better-sqlite3').Database} Database
 */

const { Text, DateTime, Int64 } = ColumnTypeEnum;

/** What reading the engine's bookkeeping table returns, for an empty table. */
const EMPTY_MIGRATIONS_TABLE = {
  columnNames: [
    'id',
    'checksum',
    'finished_at',
    'migration_name',
    'logs',
    'rolled_back_at',
    'started_at',
    'applied_steps_count',
  ],
  columnTypes: [Text, Text, DateTime, Text, Text, DateTime, DateTime, Int64],
  rows: [],
};

/** The native engine's DDL for its bookkeeping table, byte for byte apart from `IF NOT EXISTS`. */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * @param {{ filePath: string | null, shadowDatabaseUrl?: string }} options  no `filePath` when the
 *   CLI gave no datasource URL: only shadow databases (e.g. to diff migrations) are usable then.
 */
export function createAdapterFactory({ filePath, shadowDatabaseUrl }) {
  const inner = new PrismaBetterSqlite3(
    { url: filePath ?? ':memory:' },
    shadowDatabaseUrl ? { shadowDatabaseUrl } : undefined,
  );
  const state = {
    /** Open connections to the main database: reset must release their locks. @type {Set<Database>} */
    mainConnections: new Set(),
    /** Set whenever the main database's missing `_prisma_migrations` was reported as empty. */
    missingMigrationsTableSeen: false,
    /** SQLite's own words for the last failed statement: the engine rewords some of them. */
    /** @type {string | null} */
    lastStatementError: null,
  };

  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      if (filePath === null) throw new EngineError('P1012', 'The datasource in the Prisma config has no `url`.');
      const adapter = patch(await inner.connect(), {
        onMissingMigrationsTable: () => {
          state.missingMigrationsTableSeen = true;
        },
        onStatementError: (message) => {
          state.lastStatementError = message;
        },
      });
      const client = clientOf(adapter);
      if (client) {
        state.mainConnections.add(client);
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = () => (state.mainConnections.delete(client), dispose());
      }
      return adapter;
    },
    connectToShadowDb: async () => patch(await inner.connectToShadowDb(), {}),
  });
  return { factory, state };
}

/**
 * @param {SqlDriverAdapter} adapter
 * @param {{ onMissingMigrationsTable?: () => void, onStatementError?: (message: string) => void }} hooks
 */
function patch(adapter, { onMissingMigrationsTable = () => {}, onStatementError = () => {} }) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);

  // The wasm engine treats a missing `_prisma_migrations` as fatal (P1014) where the native one
  // treats it as an empty history and creates the table when it first writes to it.
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (!readsMissingMigrationsTable(query, error)) throw error;
      onMissingMigrationsTable();
      return structuredClone(EMPTY_MIGRATIONS_TABLE);
    }
  };

  // Migration scripts arrive as one multi-statement string, which a prepared statement refuses.
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isNotSingleStatement(error)) throw reported(error);
      await adapter.executeScript(query.sql);
      return 0;
    }
  };

  // Migration scripts fail through here; the engine then rewords SQLite's message (P1014 for
  // "no such table"), so the original is kept for the error report.
  adapter.executeScript = async (script) => {
    try {
      return await executeScript(script);
    } catch (error) {
      throw reported(error);
    }
  };
  const reported = (/** @type {unknown} */ error) => {
    const cause = /** @type {{ cause?: { originalMessage?: string } }} */ (error)?.cause;
    onStatementError(cause?.originalMessage ?? /** @type {Error} */ (error)?.message ?? String(error));
    return error;
  };
  return adapter;
}

/** @param {SqlQuery} query @param {unknown} error */
function readsMissingMigrationsTable(query, error) {
  const cause = /** @type {{ cause?: { kind?: string, table?: string } }} */ (error)?.cause;
  return (
    cause?.kind === 'TableDoesNotExist' &&
    cause.table === '_prisma_migrations' &&
    /^\s*SELECT\b/i.test(query.sql) &&
    /\bFROM\s+[`"[]?_prisma_migrations\b/i.test(query.sql)
  );
}

/** better-sqlite3 rejects scripts with several (or no) statements with a plain RangeError. */
function isNotSingleStatement(/** @type {unknown} */ error) {
  return error instanceof RangeError && /contains (more than one statement|no statements)/.test(error.message);
}

/**
 * The better-sqlite3 handle behind an adapter: the adapter keeps it in a public field.
 * @param {SqlDriverAdapter} adapter
 * @returns {Database | undefined}
 */
function clientOf(adapter) {
  return /** @type {{ client?: Database }} */ (/** @type {unknown} */ (adapter)).client;
}
