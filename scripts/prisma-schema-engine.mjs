#!/usr/bin/env node
/**
 * A drop-in for Prisma's native `schema-engine` binary, built on Prisma's WebAssembly build of the
 * same engine and the better-sqlite3 driver adapter, so that `prisma migrate`, `db push`,
 * `db execute` and friends work without downloading an engine. The CLI runs it through
 * `PRISMA_SCHEMA_ENGINE_BINARY` (set in prisma.config.ts) in one of three ways:
 *
 *   prisma-schema-engine.mjs --version
 *   prisma-schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database
 *   prisma-schema-engine.mjs --datamodels <schema path>… --datasource '{"url":…}'   (JSON-RPC on stdio)
 *
 * SQLite files (`file:` URLs) and PostgreSQL servers (`postgresql://` URLs).
 */
import { readFileSync } from 'node:fs';
import { createAdapterFactory } from './prisma-schema-engine/adapter.mjs';
import { parseEngineArgs } from './prisma-schema-engine/args.mjs';
import { errorMessage, logLine } from './prisma-schema-engine/errors.mjs';
import { createMethods } from './prisma-schema-engine/methods.mjs';
import {
  checkCanConnectPostgres,
  createPostgresAdapterFactory,
  createPostgresDatabase,
  isPostgresUrl,
  postgresMethods,
} from './prisma-schema-engine/postgres.mjs';
import { JsonRpcServer } from './prisma-schema-engine/rpc.mjs';
import { checkCanConnect, createDatabaseFile } from './prisma-schema-engine/sqlite-file.mjs';
import { sqliteFilePath } from './prisma-schema-engine/url.mjs';
import { loadSchemaEngineWasm, panics } from './prisma-schema-engine/wasm.mjs';

const baseDir = process.cwd();

async function main() {
  const args = parseEngineArgs(process.argv.slice(2));
  const url = args.datasource?.url;
  const postgresUrl = url && isPostgresUrl(url) ? url : null;
  const filePath = url && !postgresUrl ? sqliteFilePath(url, baseDir) : null;

  if (args.version) {
    const { version } = await loadSchemaEngineWasm();
    process.stdout.write(`schema-engine-cli ${version()}\n`);
    return 0;
  }
  if (args.cliCommand) return runCliCommand(args.cliCommand, postgresUrl ? postgresDatabase(postgresUrl) : sqliteDatabase(filePath));
  if (postgresUrl) return servePostgres(args.datamodels, postgresUrl);
  return serve(args.datamodels, filePath, args.datasource?.shadowDatabaseUrl);
}

/**
 * What the one-shot commands do with a database.
 * @typedef {{ canConnect: () => unknown, create: () => Promise<string> | string }} CliDatabase
 */

/** @param {string | null} filePath @returns {CliDatabase} */
function sqliteDatabase(filePath) {
  const file = () => {
    if (!filePath) throw new Error('The `cli` commands need a `--datasource` with a `url`.');
    return filePath;
  };
  return { canConnect: () => checkCanConnect(file()), create: () => createDatabaseFile(file()) };
}

/** @param {string} url @returns {CliDatabase} */
function postgresDatabase(url) {
  return { canConnect: () => checkCanConnectPostgres(url), create: () => createPostgresDatabase(url) };
}

/**
 * One-shot commands: success is exit code 0; failure is exit code 1 with the error as a JSON log
 * line on stderr, which the CLI looks for after the first line.
 *
 * @param {string} command
 * @param {CliDatabase} database
 */
async function runCliCommand(command, database) {
  try {
    switch (command) {
      case 'can-connect-to-database':
        await database.canConnect();
        return 0;
      case 'create-database':
        process.stdout.write(`Database '${await database.create()}' was successfully created.\n`);
        return 0;
      default:
        throw new Error(`Unknown cli command: ${command}`);
    }
  } catch (error) {
    reportFatal(error);
    return 1;
  }
}

/** @param {string[]} datamodelPaths */
function readDatamodels(datamodelPaths) {
  return datamodelPaths.map((path) => /** @type {[string, string]} */ ([path, readFileSync(path, 'utf8')]));
}

/**
 * @param {string[]} datamodelPaths
 * @param {string} url
 */
async function servePostgres(datamodelPaths, url) {
  const { SchemaEngine } = await loadSchemaEngineWasm();
  const { factory } = createPostgresAdapterFactory(url);
  const datamodels = readDatamodels(datamodelPaths);
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    (/** @type {string} */ log) => process.stderr.write(log.endsWith('\n') ? log : `${log}\n`),
    factory,
  );
  process.stdout.on('error', () => process.exit(0));
  const server = new JsonRpcServer(process.stdin, process.stdout);
  const overrides = postgresMethods({ engine, url });
  const { panicked } = await server.serve(
    async (method, params) => {
      if (method in overrides) return /** @type {any} */ (overrides)[method](params ?? {});
      if (method === 'diff') {
        const result = await engine.diff(params);
        if (result.stdout) await server.print(result.stdout.replace(/\n$/, ''));
        return { ...result, stdout: null };
      }
      const run = /** @type {any} */ (engine)[method];
      if (typeof run !== 'function') throw new Error(`The schema engine has no method \`${method}\`.`);
      return run.call(engine, params ?? {});
    },
    () => panics.message || undefined,
  );
  return panicked ? 101 : 0;
}

/**
 * @param {string[]} datamodelPaths
 * @param {string | null} filePath
 * @param {string | undefined} shadowDatabaseUrl
 */
async function serve(datamodelPaths, filePath, shadowDatabaseUrl) {
  const { SchemaEngine } = await loadSchemaEngineWasm();
  const { factory, state } = createAdapterFactory({ filePath, shadowDatabaseUrl });
  const datamodels = readDatamodels(datamodelPaths);
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    (/** @type {string} */ log) => process.stderr.write(log.endsWith('\n') ? log : `${log}\n`),
    factory,
  );
  const closeConnections = () => {
    for (const db of state.mainConnections) db.close();
  };
  // The CLI ends stdin and kills the engine at once. Closing first lets SQLite delete the journal
  // it keeps around in exclusive locking mode.
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
    process.once(signal, () => {
      closeConnections();
      process.exit(0);
    });
  }

  // EPIPE: the CLI has gone away, and with it anyone to answer.
  process.stdout.on('error', () => {
    closeConnections();
    process.exit(0);
  });

  const server = new JsonRpcServer(process.stdin, process.stdout);
  const methods = createMethods({ engine, state, filePath, baseDir, print: (content) => server.print(content) });

  const { panicked } = await server.serve(
    async (method, params) => {
      const run = methods[method];
      if (!run) throw new Error(`The schema engine has no method \`${method}\`.`);
      return run(params ?? {});
    },
    () => panics.message || undefined,
  );
  closeConnections();
  // The native engine exits with 101 after a panic; the CLI reports that as a crash.
  return panicked ? 101 : 0;
}

/** @param {unknown} error */
function reportFatal(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  // The CLI skips the first stderr line before parsing the rest as JSON logs.
  process.stderr.write(`${logLine('INFO', { message: 'Starting schema engine CLI (WebAssembly)' })}\n`);
  process.stderr.write(
    `${logLine('ERROR', { message: errorMessage(error), error_code: typeof code === 'string' ? code : undefined })}\n`,
  );
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error) => {
    reportFatal(error);
    process.exit(1);
  },
);
