import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startPostgresCluster } from '../lib/testing/postgres-cluster';
import { createPostgresDatabase, dropPostgresDatabase } from '../lib/testing/test-database-url';
import { copyBuild } from '../scripts/build-copy';
import { e2ePostgresPort, e2eRevalidateSecret } from './e2e-server';
import { projectRoot, runCommand } from './live/live-tools';

/**
 * `tsx e2e/postgres-server.ts`: the existing build served on a freshly migrated and seeded
 * PostgreSQL database, for the browser tests' `postgres` project, from a copy of the build (see
 * scripts/build-copy.ts). The database is in a throwaway cluster, or on the server POSTGRES_TEST_URL
 * names. Database and copy are removed when the server stops (SIGTERM or SIGINT), and when
 * preparing them fails.
 */

interface TestDatabase {
  url: string;
  remove: () => Promise<void>;
}

async function createDatabase(): Promise<TestDatabase> {
  if (process.env.POSTGRES_TEST_URL) {
    const url = await createPostgresDatabase('e2e');
    return { url, remove: () => dropPostgresDatabase(url) };
  }
  const cluster = await startPostgresCluster();
  return { url: cluster.urlOf('bauyrlas'), remove: async () => cluster.stop() };
}

let stopping = false;
let server: ChildProcess | undefined;
const stop = () => {
  stopping = true;
  server?.kill('SIGTERM');
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/** Runs one of the project's commands on the database; stops short once the server is asked to stop. */
async function mustSucceed(what: string, script: string, args: readonly string[], databaseUrl: string): Promise<void> {
  if (stopping) throw new Error(`stopped before ${what}`);
  const run = await runCommand(script, args, { DATABASE_URL: databaseUrl }).done;
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  console.log(`${what}: ${run.seconds.toFixed(1)} s`);
}

const database = await createDatabase();
const cleanups: (() => void | Promise<void>)[] = [database.remove];
let exitCode = 0;
try {
  await mustSucceed('migrations', 'node_modules/prisma/build/index.js', ['migrate', 'deploy'], database.url);
  await mustSucceed('seed', 'prisma/seed.ts', [], database.url);
  if (!stopping) {
    const build = copyBuild('postgres');
    cleanups.push(build.remove);
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, [path.join(projectRoot, 'server', 'serve.ts'), '-p', String(e2ePostgresPort), '-H', '127.0.0.1'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXT_DIST_DIR: build.distDir,
        REVALIDATE_SECRET: e2eRevalidateSecret,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: 'inherit',
    });
    server = child;
    exitCode = await new Promise<number>((resolve) => child.once('exit', (code) => resolve(stopping ? 0 : (code ?? 1))));
  }
} catch (error) {
  if (!stopping) {
    console.error(error);
    exitCode = 1;
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
process.exit(exitCode);
