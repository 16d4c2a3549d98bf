import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { parseEngineArgs } from './prisma-schema-engine/args.mjs';
import { EngineError, migrationFailure, toRpcError } from './prisma-schema-engine/errors.mjs';
import { sqliteFilePath } from './prisma-schema-engine/url.mjs';

const projectRoot = path.resolve(import.meta.dirname, '..');
const engineScript = path.join(projectRoot, 'scripts', 'prisma-schema-engine.mjs');
const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');

// The CLI spawns can run side by side; each test has its own database.
const CLI_TIMEOUT = 60_000;

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder and an SQLite URL inside it (the file itself does not exist yet). */
function tempDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-schema-engine-'));
  tempDirs.push(dir);
  const file = path.join(dir, 'test.db');
  return { dir, file, url: `file:${file}` };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

function cliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  // The engine must come from prisma.config.ts, not from whoever runs the tests.
  const { PRISMA_SCHEMA_ENGINE_BINARY: _ignored, FORCE_COLOR: _color, ...env } = process.env;
  return { ...env, DATABASE_URL: databaseUrl, NO_COLOR: '1', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
}

/** The real Prisma CLI, as a developer runs it. */
function prisma(databaseUrl: string, args: string[], input?: string) {
  return run('npx', ['--no', 'prisma', ...args], cliEnv(databaseUrl), input);
}

function tableNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    db.close();
  }
}

const modelNames = [...readFileSync(schemaPath, 'utf8').matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('sqliteFilePath', () => {
  test('resolves relative paths against the config folder', () => {
    expect(sqliteFilePath('file:./dev.db', '/srv/app')).toBe('/srv/app/dev.db');
    expect(sqliteFilePath('file:data/x.db', '/srv/app')).toBe('/srv/app/data/x.db');
    expect(sqliteFilePath('file:../x.db', '/srv/app')).toBe('/srv/x.db');
  });

  test('keeps absolute paths, in both the short and the URL form', () => {
    expect(sqliteFilePath('file:/var/db/x.db', '/srv/app')).toBe('/var/db/x.db');
    expect(sqliteFilePath('file:///var/db/x.db', '/srv/app')).toBe('/var/db/x.db');
    expect(sqliteFilePath('file://localhost/var/db/x.db', '/srv/app')).toBe('/var/db/x.db');
    expect(sqliteFilePath('file:///var/my%20db/x.db', '/srv/app')).toBe('/var/my db/x.db');
  });

  test('drops the query string and accepts the sqlite: scheme', () => {
    expect(sqliteFilePath('file:./dev.db?connection_limit=1', '/srv/app')).toBe('/srv/app/dev.db');
    expect(sqliteFilePath('sqlite:/var/db/x.db', '/srv/app')).toBe('/var/db/x.db');
  });

  test('rejects other databases with P1013, without echoing credentials', () => {
    let error: unknown;
    try {
      sqliteFilePath('postgresql://admin:secret@db.internal/app', '/srv/app');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('P1013');
    expect((error as EngineError).message).not.toContain('secret');
    expect(() => sqliteFilePath('file:', '/srv/app')).toThrow(/empty/);
  });
});

describe('parseEngineArgs', () => {
  test('reads what the CLI passes when it starts the JSON-RPC engine', () => {
    const args = parseEngineArgs([
      '--datamodels',
      '/a/schema.prisma',
      '--datamodels',
      '/a/more.prisma',
      '--datasource',
      '{"url":"file:./dev.db"}',
      '--enabled-preview-features',
      'views',
    ]);
    expect(args).toEqual({
      version: false,
      datamodels: ['/a/schema.prisma', '/a/more.prisma'],
      datasource: { url: 'file:./dev.db' },
      cliCommand: null,
    });
  });

  test('reads the one-shot modes', () => {
    expect(parseEngineArgs(['--version']).version).toBe(true);
    const cli = parseEngineArgs(['--datasource={"url":"file:x.db"}', 'cli', 'can-connect-to-database']);
    expect(cli.cliCommand).toBe('can-connect-to-database');
    expect(cli.datasource).toEqual({ url: 'file:x.db' });
  });

  test('refuses what it does not understand', () => {
    expect(() => parseEngineArgs(['--bogus'])).toThrow('Unknown argument: --bogus');
    expect(() => parseEngineArgs(['--datasource'])).toThrow('Missing value after --datasource');
    expect(() => parseEngineArgs(['--datasource', '"just a string"'])).toThrow('JSON object');
  });
});

describe('errors for the CLI', () => {
  test('a user-facing error carries its Prisma code in data.error_code', () => {
    const rpc = toRpcError(new EngineError('P3005', 'The database schema is not empty.'));
    expect(rpc.data).toEqual({
      is_panic: false,
      message: 'The database schema is not empty.',
      error_code: 'P3005',
      meta: null,
    });
  });

  test('codes that are not Prisma codes are not passed on', () => {
    const nodeError = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(toRpcError(nodeError).data.error_code).toBeNull();
  });

  test('a wasm trap is a panic, reported with the recorded panic message', () => {
    const rpc = toRpcError(new WebAssembly.RuntimeError('unreachable'), 'panicked at engine.rs:1: boom');
    expect(rpc.data.is_panic).toBe(true);
    expect(rpc.message).toBe('panicked at engine.rs:1: boom');
  });

  test('a failed migration becomes P3018 without the span trace', () => {
    const logs =
      'no such table: nope\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="2_b"';
    const error = migrationFailure('2_b', logs);
    expect(error.code).toBe('P3018');
    expect(error.message).toContain('Migration name: 2_b');
    expect(error.message).toContain('Database error:\nno such table: nope\n');
    expect(error.message).not.toContain('apply_script');
  });
});

describe('the engine binary on its own', () => {
  test('--version names the wasm engine build', async () => {
    const result = await run(engineScript, ['--version'], process.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}\n$/);
  });

  test('cli can-connect-to-database: exit 0 for an existing file, P1003 for a missing one', async () => {
    const { file, url } = tempDatabase();
    const datasource = JSON.stringify({ url });

    const missing = await run(engineScript, ['--datasource', datasource, 'cli', 'can-connect-to-database'], process.env);
    expect(missing.code).toBe(1);
    // The CLI skips the first stderr line and parses the rest as JSON logs.
    const [, ...logs] = missing.stderr.trim().split('\n');
    expect(logs.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({
        level: 'ERROR',
        target: 'schema_engine::logger',
        fields: expect.objectContaining({ error_code: 'P1003', message: expect.stringContaining(file) }),
      }),
    );

    const created = await run(engineScript, ['--datasource', datasource, 'cli', 'create-database'], process.env);
    expect(created.code).toBe(0);
    const present = await run(engineScript, ['--datasource', datasource, 'cli', 'can-connect-to-database'], process.env);
    expect(present.code).toBe(0);
  });

  test('JSON-RPC: a fresh database has no history yet, and diff output goes through print', async () => {
    const { url } = tempDatabase();
    const requests = [
      {
        id: 1,
        jsonrpc: '2.0',
        method: 'diagnoseMigrationHistory',
        params: {
          migrationsList: { baseDir: '/nowhere', lockfile: { path: 'migration_lock.toml', content: null }, shadowDbInitScript: '', migrationDirectories: [] },
          optInToShadowDatabase: false,
          filters: { externalTables: [], externalEnums: [] },
        },
      },
      {
        id: 2,
        jsonrpc: '2.0',
        method: 'diff',
        params: {
          from: { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }] },
          script: true,
          exitCode: true,
          filters: { externalTables: [], externalEnums: [] },
        },
      },
      { id: 3, jsonrpc: '2.0', method: 'noSuchMethod', params: {} },
    ];
    const replies = await talkToEngine(['--datamodels', schemaPath, '--datasource', JSON.stringify({ url })], requests);

    expect(replies.get(1)).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: false, history: null },
    });
    expect(replies.get('print')?.params?.content).toContain('CREATE TABLE "Article"');
    expect(replies.get(2)).toEqual({ jsonrpc: '2.0', id: 2, result: { exitCode: 2, stdout: null } });
    expect(replies.get(3)?.error?.data.message).toContain('noSuchMethod');
  });
});

interface EngineMessage {
  jsonrpc: '2.0';
  id: number | string;
  method?: string;
  params?: { content?: string };
  result?: unknown;
  error?: { data: { message: string } };
}

/** Sends requests one by one, answering the engine's `print` requests as the CLI does. */
function talkToEngine(args: string[], requests: { id: number }[]): Promise<Map<number | string, EngineMessage>> {
  return new Promise((resolve, reject) => {
    const child = spawn(engineScript, args, { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    const replies = new Map<number | string, EngineMessage>();
    const pending = [...requests];
    let buffered = '';
    const sendNext = () => {
      const next = pending.shift();
      if (next) child.stdin.write(`${JSON.stringify(next)}\n`);
      else child.stdin.end();
    };
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, newline)) as EngineMessage;
        buffered = buffered.slice(newline + 1);
        if (message.method === 'print') {
          replies.set('print', message);
          child.stdin.write(`${JSON.stringify({ id: message.id, jsonrpc: '2.0', result: {} })}\n`);
        } else {
          replies.set(message.id, message);
          sendNext();
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(replies) : reject(new Error(`engine exited with ${code}`))));
    sendNext();
  });
}

describe.concurrent('the Prisma CLI through prisma.config.ts', () => {
  test('sanity: the project has its first migration', () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(migrationNames[0]).toMatch(/^\d{14}_init$/);
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "sqlite"');
  });

  test(
    'migrate deploy creates a fresh database with every table; status then says up to date',
    async () => {
      const { file, url } = tempDatabase();
      const deploy = await prisma(url, ['migrate', 'deploy']);
      expect(deploy.code, deploy.stderr).toBe(0);
      expect(deploy.stdout).toContain('All migrations have been successfully applied.');

      const tables = tableNames(file);
      for (const model of modelNames) expect(tables).toContain(model);
      expect(tables).toContain('_prisma_migrations');
      const db = new Database(file, { readonly: true });
      const applied = db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL').all();
      db.close();
      expect(applied.map((row) => (row as { migration_name: string }).migration_name)).toEqual(migrationNames);

      const status = await prisma(url, ['migrate', 'status']);
      expect(status.code).toBe(0);
      expect(status.stdout).toContain('Database schema is up to date!');
    },
    CLI_TIMEOUT,
  );

  test(
    'migrate diff finds no drift between the migrations and the schema',
    async () => {
      const { url } = tempDatabase();
      const diff = await prisma(url, [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      ]);
      expect(diff.code, diff.stderr).toBe(0);
      expect(diff.stdout).toContain('No difference detected.');
    },
    CLI_TIMEOUT,
  );

  test(
    'migrate diff reports drift (exit code 2) for a schema with an extra model',
    async () => {
      const { dir, url } = tempDatabase();
      const changedSchema = path.join(dir, 'schema.prisma');
      writeFileSync(changedSchema, `${readFileSync(schemaPath, 'utf8')}\nmodel DriftProbe {\n  id Int @id\n}\n`);
      const diff = await prisma(url, [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        changedSchema,
        '--script',
        '--exit-code',
      ]);
      expect(diff.code).toBe(2);
      expect(diff.stdout).toContain('CREATE TABLE "DriftProbe"');
    },
    CLI_TIMEOUT,
  );

  test(
    'migrate reset --force empties the database and reapplies the migrations',
    async () => {
      const { file, url } = tempDatabase();
      expect((await prisma(url, ['migrate', 'deploy'])).code).toBe(0);
      const db = new Database(file);
      db.prepare("INSERT INTO Source (name) VALUES ('a'), ('b')").run();
      db.exec('CREATE TABLE leftover (x INTEGER)');
      db.close();

      const reset = await prisma(url, ['migrate', 'reset', '--force']);
      expect(reset.code).toBe(0);
      expect(reset.stdout).toContain('Database reset successful');

      const after = new Database(file, { readonly: true });
      expect(after.prepare('SELECT count(*) AS n FROM Source').get()).toEqual({ n: 0 });
      expect(after.prepare('SELECT count(*) AS n FROM _prisma_migrations').get()).toEqual({ n: migrationNames.length });
      after.close();
      expect(tableNames(file)).not.toContain('leftover');
    },
    CLI_TIMEOUT,
  );

  test(
    'migrate reset --force also empties a database in WAL mode',
    async () => {
      const { file, url } = tempDatabase();
      expect((await prisma(url, ['migrate', 'deploy'])).code).toBe(0);
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.prepare("INSERT INTO Source (name) VALUES ('kept-in-wal')").run();
      db.close();

      expect((await prisma(url, ['migrate', 'reset', '--force'])).code).toBe(0);
      const after = new Database(file, { readonly: true });
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.prepare('SELECT count(*) AS n FROM Source').get()).toEqual({ n: 0 });
      after.close();
    },
    CLI_TIMEOUT,
  );

  test(
    'db execute runs on the configured database; its SQL errors read as SQLite wrote them',
    async () => {
      const { file, url } = tempDatabase();
      const ok = await prisma(url, ['db', 'execute', '--stdin'], 'CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);');
      expect(ok.code).toBe(0);
      expect(tableNames(file)).toContain('t');

      const bad = await prisma(url, ['db', 'execute', '--stdin'], 'SELEC nothing;');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('near "SELEC": syntax error');
    },
    CLI_TIMEOUT,
  );

  test(
    'migrate resolve --applied baselines a database whose tables were made by hand',
    async () => {
      const { file, url } = tempDatabase();
      const db = new Database(file);
      for (const name of migrationNames) db.exec(readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
      db.close();

      const deploy = await prisma(url, ['migrate', 'deploy']);
      expect(deploy.code).toBe(1);
      expect(deploy.stderr).toContain('P3005');

      for (const name of migrationNames) {
        const resolve = await prisma(url, ['migrate', 'resolve', '--applied', name]);
        expect(resolve.stdout).toContain(`Migration ${name} marked as applied.`);
      }
      const status = await prisma(url, ['migrate', 'status']);
      expect(status.stdout).toContain('Database schema is up to date!');
    },
    // One CLI run per migration, plus deploy and status.
    CLI_TIMEOUT * Math.ceil((migrationNames.length + 2) / 4),
  );

  test(
    'a failing migration is reported as P3018 naming it, and migrate resolve --rolled-back clears it',
    async () => {
      // A project of its own, so that a broken migration never sits in the real migrations folder.
      const { dir } = tempDatabase();
      const migration = path.join(dir, 'migrations', '20260101000000_broken');
      mkdirSync(migration, { recursive: true });
      writeFileSync(path.join(dir, 'schema.prisma'), 'datasource db {\n  provider = "sqlite"\n}\n');
      writeFileSync(
        path.join(dir, 'prisma.config.ts'),
        "export default { schema: 'schema.prisma', migrations: { path: 'migrations' }, datasource: { url: 'file:./own.db' } };\n",
      );
      writeFileSync(path.join(migration, 'migration.sql'), 'CREATE TABLE "A" ("id" INTEGER);\nINSERT INTO "Missing" VALUES (1);\n');
      const env = { ...cliEnv('file:unused.db'), PRISMA_SCHEMA_ENGINE_BINARY: engineScript };
      const ownPrisma = (args: string[]) =>
        run('npx', ['--no', 'prisma', ...args, '--config', path.join(dir, 'prisma.config.ts')], env);

      const deploy = await ownPrisma(['migrate', 'deploy']);
      expect(deploy.code).toBe(1);
      expect(deploy.stderr).toContain('P3018');
      expect(deploy.stderr).toContain('Migration name: 20260101000000_broken');
      expect(deploy.stderr).toContain('no such table: Missing');

      const resolve = await ownPrisma(['migrate', 'resolve', '--rolled-back', '20260101000000_broken']);
      expect(resolve.code, resolve.stderr).toBe(0);
      const db = new Database(path.join(dir, 'own.db'), { readonly: true });
      const rows = db.prepare('SELECT rolled_back_at IS NOT NULL AS rolledBack FROM _prisma_migrations').all();
      db.close();
      expect(rows).toEqual([{ rolledBack: 1 }]);
    },
    CLI_TIMEOUT,
  );
});
