import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { dropPostgresDatabase, freshTestDatabaseUrl } from '@/lib/testing/test-database-url';

// Runs in the postgres test project: the Prisma CLI, offline through prisma.config.ts and the
// schema-engine bridge, on a PostgreSQL server.

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const migrationsDir = path.join(projectRoot, 'prisma', 'postgresql', 'migrations');
const CLI_TIMEOUT = 60_000;

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const databases: string[] = [];
afterAll(async () => {
  for (const url of databases) await dropPostgresDatabase(url);
});

async function freshDatabase(name: string): Promise<string> {
  const url = await freshTestDatabaseUrl(name);
  databases.push(url);
  return url;
}

/** A URL of a database that does not exist yet on the test server. */
function unborn(name: string): string {
  const url = new URL(process.env.POSTGRES_TEST_URL!);
  url.pathname = `/test_${name}_${process.pid}_${Date.now().toString(36)}`;
  databases.push(url.toString());
  return url.toString();
}

function prisma(databaseUrl: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { PRISMA_SCHEMA_ENGINE_BINARY: _ignored, FORCE_COLOR: _color, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no', 'prisma', ...args], {
      cwd: projectRoot,
      env: { ...env, DATABASE_URL: databaseUrl, NO_COLOR: '1', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe.concurrent('the Prisma CLI on PostgreSQL', () => {
  test('the migrations are PostgreSQL ones', () => {
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
    expect(migrationNames[0]).toMatch(/^\d{14}_init$/);
  });

  test(
    'migrate deploy creates every table (the database too); status then says up to date',
    async () => {
      const url = unborn('deploy');
      const deploy = await prisma(url, ['migrate', 'deploy']);
      expect(deploy.code, deploy.stderr).toBe(0);
      const models = [...readFileSync(path.join(projectRoot, 'prisma', 'postgresql', 'schema.prisma'), 'utf8').matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
      expect(await tablesOf(url)).toEqual(expect.arrayContaining([...models, '_prisma_migrations']));
      const status = await prisma(url, ['migrate', 'status']);
      expect(status.code, status.stderr).toBe(0);
      expect(status.stdout).toContain('Database schema is up to date!');
    },
    CLI_TIMEOUT,
  );

  test(
    'migrate diff finds no drift between the PostgreSQL migrations and the generated schema',
    async () => {
      const url = await freshDatabase('diff');
      const diff = await prisma(url, [
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/postgresql/migrations',
        '--to-schema',
        'prisma/postgresql/schema.prisma',
        '--exit-code',
      ]);
      expect(diff.code, diff.stderr).toBe(0);
      expect(diff.stdout).toContain('No difference detected.');
    },
    CLI_TIMEOUT,
  );

  test(
    'db execute runs a script on the database; an unreachable server is P1001',
    async () => {
      const url = await freshDatabase('execute');
      const created = await prisma(url, ['db', 'execute', '--file', path.join(import.meta.dirname, 'testdata', 'create-probe.sql')]);
      expect(created.code, created.stderr).toBe(0);
      expect(await tablesOf(url)).toContain('Probe');

      const closed = new URL(url);
      closed.port = '1';
      const unreachable = await prisma(closed.toString(), ['migrate', 'status']);
      expect(unreachable.code).not.toBe(0);
      expect(unreachable.stderr + unreachable.stdout).toMatch(/P1001|reach/);
    },
    CLI_TIMEOUT,
  );
});
