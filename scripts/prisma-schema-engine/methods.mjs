import fs from 'node:fs';
import Database from 'better-sqlite3';
import { CREATE_MIGRATIONS_TABLE } from './adapter.mjs';
import { EngineError, errorMessage, migrationFailure } from './errors.mjs';
import {
  checkCanConnect,
  createDatabaseFile,
  databaseDoesNotExist,
  executeScriptOn,
  truncateDatabase,
} from './sqlite-file.mjs';
import { sqliteFilePath } from './url.mjs';

/**
 * The JSON-RPC methods of the schema engine. Most pass straight to the wasm engine; the others
 * cover what the wasm build does differently from the native engine the CLI was written against.
 *
 * @typedef {import('@prisma/schema-engine-wasm').SchemaEngine} SchemaEngine
 * @typedef {{ tag: 'ConnectionString', url: string } | { tag: 'Schema' }} DatasourceParam
 *
 * @param {object} context
 * @param {SchemaEngine} context.engine
 * @param {ReturnType<typeof import('./adapter.mjs').createAdapterFactory>['state']} context.state
 * @param {string | null} context.filePath  the main database, from the config's datasource
 * @param {string} context.baseDir          what relative URLs resolve against
 * @param {(content: string) => Promise<void>} context.print  output for the user
 * @returns {Record<string, (params: any) => Promise<unknown>>}
 */
export function createMethods({ engine, state, filePath, baseDir, print }) {
  const mainFile = () => filePath ?? missingUrl();
  /** A datasource parameter names either a URL or "the schema's datasource", i.e. the config's. */
  const fileOf = (/** @type {DatasourceParam | undefined} */ datasource) =>
    datasource?.tag === 'ConnectionString' ? sqliteFilePath(datasource.url, baseDir) : mainFile();

  /**
   * Runs `fn` on the engine's own connection when it has one: it may hold an exclusive lock.
   * @template T
   * @param {(db: import('better-sqlite3').Database) => T} fn
   * @returns {T}
   */
  const onMainDatabase = (fn) => {
    const [open] = state.mainConnections;
    if (open) return fn(open);
    const db = new Database(mainFile());
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };

  /** @returns {{ id: string, migration_name: string, logs: string | null }[]} */
  const failedMigrations = () =>
    onMainDatabase((db) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()
        ? /** @type {any[]} */ (
            db
              .prepare(
                'SELECT id, migration_name, logs FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL',
              )
              .all()
          )
        : [],
    );

  /** @param {keyof SchemaEngine} name */
  const forward = (name) => (/** @type {any} */ params) => /** @type {any} */ (engine)[name](params);

  return {
    async applyMigrations(params) {
      const failedBefore = new Set(failedMigrations().map((row) => row.id));
      state.lastStatementError = null;
      try {
        return await engine.applyMigrations(params);
      } catch (error) {
        const failed = failedMigrations().find((row) => !failedBefore.has(row.id));
        if (!failed) throw error;
        throw migrationFailure(failed.migration_name, state.lastStatementError ?? failed.logs ?? errorMessage(error));
      }
    },
    createMigration: forward('createMigration'),
    devDiagnostic: forward('devDiagnostic'),
    introspect: forward('introspect'),
    introspectSql: forward('introspectSql'),
    markMigrationRolledBack: forward('markMigrationRolledBack'),
    schemaPush: forward('schemaPush'),

    async diagnoseMigrationHistory(params) {
      state.missingMigrationsTableSeen = false;
      const result = await engine.diagnoseMigrationHistory(params);
      // The table was only pretended into existence (see adapter.mjs); the CLI words its advice on it.
      return state.missingMigrationsTableSeen ? { ...result, hasMigrationsTable: false } : result;
    },

    async evaluateDataLoss(params) {
      try {
        return await engine.evaluateDataLoss(params);
      } catch (error) {
        if (!/shadow/i.test(/** @type {Error} */ (error)?.message ?? '')) throw error;
        // Right after `migrate dev` applied pending migrations the wasm engine has no shadow
        // database yet; a history diagnosis with the shadow database opted in sets one up.
        await engine.diagnoseMigrationHistory({
          migrationsList: params.migrationsList,
          optInToShadowDatabase: true,
          filters: params.filters,
        });
        return await engine.evaluateDataLoss(params);
      }
    },

    async markMigrationApplied(params) {
      // `migrate resolve --applied` baselines databases Prisma never touched; the native engine
      // creates its table here, the wasm one fails instead. An unknown name is left to the engine
      // to report (P3017) without touching the database.
      const known = params.migrationsList?.migrationDirectories?.some(
        (/** @type {{ path: string }} */ directory) => directory.path === params.migrationName,
      );
      if (known) onMainDatabase((db) => db.exec(CREATE_MIGRATIONS_TABLE));
      return engine.markMigrationApplied(params);
    },

    async diff(params) {
      const result = await engine.diff(params);
      // The native engine prints through the CLI (which may capture it for `--output`); the CLI
      // adds the final newline itself.
      if (result.stdout) await print(result.stdout.replace(/\n$/, ''));
      return { ...result, stdout: null };
    },

    async dbExecute({ datasourceType, script }) {
      // The wasm engine would run the script on the main connection whatever URL was asked for.
      const target = datasourceType?.tag === 'url' ? sqliteFilePath(datasourceType.url, baseDir) : mainFile();
      executeScriptOn(target, script);
      return null;
    },

    async reset() {
      truncateDatabase(mainFile(), state.mainConnections);
      return null;
    },

    async ensureConnectionValidity({ datasource }) {
      const file = fileOf(datasource);
      if (file !== filePath) return checkCanConnect(file), {};
      // Connecting through the engine would create the missing file.
      if (!fs.existsSync(file)) throw databaseDoesNotExist(file);
      return engine.ensureConnectionValidity({ datasource });
    },

    async createDatabase({ datasource }) {
      return { databaseName: createDatabaseFile(fileOf(datasource)) };
    },

    async getDatabaseVersion() {
      // The version of the SQLite library the engine uses; asking the engine would open (and so
      // create) the database file just for an error report.
      const db = new Database(':memory:');
      try {
        return /** @type {{ v: string }} */ (db.prepare('SELECT sqlite_version() AS v').get()).v;
      } finally {
        db.close();
      }
    },

    async debugPanic() {
      engine.debugPanic();
      return null;
    },
  };
}

/** @returns {never} */
function missingUrl() {
  throw new EngineError('P1012', 'The datasource in the Prisma config has no `url`.');
}
