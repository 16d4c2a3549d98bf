import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startPostgresCluster, type PostgresCluster } from '../../lib/testing/postgres-cluster';
import { projectRoot, runCommand, temporaryFolder, type CliRun } from './live-tools';

// Two app servers of the same build on one PostgreSQL database, and ingestions from other
// processes: both servers show what an ingestion stored within two seconds (the database tells
// every server; each refreshes its pages and empties its micro-cache), and two ingestions started
// at once never interleave.

test.describe.configure({ mode: 'serial' });

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const SECRET = 'postgres-servers-only-secret-0123456789abcdef';

let cluster: PostgresCluster;
let databaseUrl: string;
const servers: { origin: string; process: ChildProcess }[] = [];

function onPostgres(script: string, args: readonly string[]): Promise<CliRun> {
  return runCommand(script, args, { DATABASE_URL: databaseUrl, REVALIDATE_SECRET: SECRET }).done;
}

function prisma(args: readonly string[]): Promise<CliRun> {
  return runCommand('node_modules/prisma/build/index.js', args, { DATABASE_URL: databaseUrl }).done;
}

async function startServer(): Promise<{ origin: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(tsx, [path.join(projectRoot, 'server', 'serve.ts'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, REVALIDATE_SECRET: SECRET, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, process: child };
}

async function newestTitles(origin: string): Promise<string[]> {
  const response = await fetch(`${origin}/api/v1/articles?limit=50`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { title: string | null }[] };
  return body.data.map((article) => article.title ?? '');
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startPostgresCluster();
  databaseUrl = cluster.urlOf('bauyrlas');
  const deploy = await prisma(['migrate', 'deploy']);
  expect(deploy.status, deploy.stderr).toBe(0);
  const seed = await onPostgres('prisma/seed.ts', []);
  expect(seed.status, seed.stderr).toBe(0);
  servers.push(await startServer(), await startServer());
});

test.afterAll(async () => {
  for (const server of servers) server.process.kill('SIGTERM');
  await Promise.all(servers.map((server) => new Promise((resolve) => server.process.once('exit', resolve))));
  cluster?.stop();
});

test('an ingestion from a third process shows on both app servers within two seconds', async () => {
  test.setTimeout(120_000);
  const token = Date.now().toString(36);
  const title = `Aktobe logistics hub opens to Lanzhou trains ${token}`;
  const { folder, remove } = temporaryFolder('postgres-servers');
  try {
    writeFileSync(path.join(folder, `hub-${token}.txt`), `date 2027-11-20 ${title}\nA logistics hub in Aktobe received its first container train from Lanzhou.\n`);
    // Each server has the list in its micro-cache before the ingestion.
    for (const { origin } of servers) {
      expect(await newestTitles(origin)).not.toContain(title);
      expect(await newestTitles(origin)).not.toContain(title);
    }

    const run = await onPostgres('lib/ingest/cli/ingest.ts', [folder]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 new');
    expect(run.stdout).toContain('every app server');
    const ingestedAt = performance.now();

    for (const { origin } of servers) {
      await expect.poll(() => newestTitles(origin), { timeout: 2_000, intervals: [100] }).toContain(title);
      await expect.poll(async () => (await fetch(`${origin}/en/articles`)).text(), { timeout: 2_000, intervals: [100] }).toContain(title);
    }
    expect(performance.now() - ingestedAt).toBeLessThan(2_000 * servers.length);
  } finally {
    remove();
  }
});

test('two ingestions started at once never interleave, and the counts stay exact', async () => {
  test.setTimeout(120_000);
  const token = Date.now().toString(36);
  const folders = [temporaryFolder('postgres-first'), temporaryFolder('postgres-second')];
  try {
    folders.forEach(({ folder }, index) =>
      writeFileSync(
        path.join(folder, `turkistan-${index}-${token}.txt`),
        `date 2027-11-2${index + 1} Turkistan and Kashgar cotton talks ${index} ${token}\nA delegation from Turkistan met partners from Kashgar to discuss cotton.\n`,
      ),
    );
    const runs = await Promise.all(folders.map(({ folder }) => onPostgres('lib/ingest/cli/ingest.ts', [folder])));
    for (const run of runs) {
      if (run.status === 3) expect(run.stderr).toContain('another ingestion');
      else expect(run.status, run.stderr).toBe(0);
    }
    expect(runs.some((run) => run.status === 0)).toBe(true);

    // The stored count of articles naming Turkistan is the number of articles the list finds for it.
    const origin = servers[0]!.origin;
    const stored = async () => {
      const entity = (await (await fetch(`${origin}/api/v1/entities/turkistan`)).json()) as { articleCount: number };
      const listed = (await (await fetch(`${origin}/api/v1/articles?entity=turkistan&limit=100`)).json()) as { data: { title: string }[] };
      return { counted: entity.articleCount, listed: listed.data.length, ours: listed.data.filter((article) => article.title.endsWith(token)).length };
    };
    await expect.poll(async () => (await stored()).ours, { timeout: 2_000 }).toBe(runs.filter((run) => run.status === 0).length);
    const { counted, listed } = await stored();
    expect(counted).toBe(listed);
  } finally {
    for (const { remove } of folders) remove();
  }
});
