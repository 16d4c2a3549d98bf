import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { freePort } from '@/lib/testing/postgres-cluster';
import { createMigratedDatabase, type TestDatabase } from '@/lib/testing/migrated-database';

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
let folder: string;
let good: string;
let bad: string;
/** Where the ingest command looks for the site: by default a port nothing listens on. */
let closedUrl: string;

beforeAll(async () => {
  closedUrl = `http://127.0.0.1:${await freePort()}/api/revalidate`;

  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-cli-'));
  good = path.join(folder, 'good.txt');
  bad = path.join(folder, 'bad.txt');
  writeFileSync(good, 'date 2026-04-02 Astana and Urumqi\nPhoto: example.kz\nAstana and Urumqi agreed to open new flights in May 2026.\n');
  writeFileSync(bad, 'date 2026-13-01 Month thirteen\nBody.\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(tsx, [path.join(projectRoot, 'lib', 'ingest', 'cli', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, REVALIDATE_URL: closedUrl, ...env },
  });
}

/** Like run, without blocking this process, so a server in it can answer the command. */
function runAsync(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(tsx, [path.join(projectRoot, 'lib', 'ingest', 'cli', script), ...args], {
      cwd: projectRoot,
      env: { ...process.env, REVALIDATE_URL: closedUrl, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('extract (dry run)', () => {
  test('prints one JSON object per file and exits 1 when any file failed', () => {
    const missing = path.join(folder, 'missing.txt');
    const result = run('extract.ts', [good, bad, missing]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.file, l.ok])).toEqual([
      [good, true],
      [bad, false],
      [missing, false],
    ]);
    expect(lines[1].error).toMatch(/^.*bad\.txt:1: /);
    expect(lines[2].error).toMatch(/missing\.txt:0: cannot read the file/);
  });

  test('honours the documented shape', () => {
    const result = run('extract.ts', [good]);
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout);
    expect(Object.keys(line)).toEqual(['file', 'ok', 'article', 'mentions', 'titleMentions', 'temporal', 'events', 'relations']);
    expect(line.article).toEqual({
      title: 'Astana and Urumqi',
      publishedAt: '2026-04-02',
      language: 'en',
      credit: 'example.kz',
      body: 'Astana and Urumqi agreed to open new flights in May 2026.',
    });
    for (const mention of line.mentions) {
      expect(Object.keys(mention)).toEqual(['text', 'start', 'end', 'entity']);
      expect(Object.keys(mention.entity)).toEqual(['key', 'type', 'names', 'known']);
      expect(line.article.body.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(line.titleMentions.map((m: { text: string; start: number; entity: { key: string } }) => [m.text, m.start, m.entity.key])).toEqual([
      ['Astana', 0, 'astana'],
      ['Urumqi', 11, 'urumqi'],
    ]);
    for (const event of line.events) {
      expect(Object.keys(event)).toEqual(['type', 'value', 'status', 'entities', 'roles', 'first', 'evidence', 'evidenceIn']);
    }
    expect(line.temporal).toEqual([expect.objectContaining({ value: '2026-05' })]);
    expect(line.relations).toContainEqual(expect.objectContaining({ a: 'astana', b: 'urumqi', type: 'FLIGHTS' }));
    const mentioned = new Set(line.mentions.map((m: { entity: { key: string } }) => m.entity.key));
    for (const relation of line.relations) expect(mentioned.has(relation.a) && mentioned.has(relation.b)).toBe(true);
  });
});

describe('ingest', () => {
  let database: TestDatabase;
  beforeAll(() => {
    database = createMigratedDatabase();
  });
  afterAll(() => database.dispose());

  test('exits 0 when every file loads, 1 when one is rejected, naming it', async () => {
    const ok = run('ingest.ts', [good], { DATABASE_URL: database.url });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('1 new');

    const withBad = run('ingest.ts', [good, bad], { DATABASE_URL: database.url });
    expect(withBad.status).toBe(1);
    expect(withBad.stdout).toContain('1 unchanged, 1 rejected');
    expect(withBad.stderr).toMatch(/bad\.txt:1: .*2026-13-01/);
    expect(await database.db.article.count()).toBe(1);
  });

  test('refuses to start (exit 3) while another ingestion holds the database', async () => {
    writeFileSync(`${database.file}.ingest.lock`, String(process.pid));
    try {
      const refused = run('ingest.ts', [good], { DATABASE_URL: database.url });
      expect(refused.status).toBe(3);
      expect(refused.stderr).toContain('another ingestion');
    } finally {
      rmSync(`${database.file}.ingest.lock`, { force: true });
    }
  });

  test('exits 2 with a usage line when given nothing', () => {
    const result = run('ingest.ts', []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage');
    expect(run('ingest.ts', ['--remove']).status).toBe(2);
  });

  test('--remove deletes the article read from a file, and exits 1 naming a file that had none', async () => {
    expect(await database.db.article.count({ where: { sourcePath: { endsWith: 'good.txt' } } })).toBe(1);
    const removed = run('ingest.ts', ['--remove', good, bad], { DATABASE_URL: database.url });
    expect(removed.status).toBe(1);
    expect(removed.stdout).toContain('1 article(s) removed');
    expect(removed.stderr).toContain(`no article was read from ${bad}`);
    expect(await database.db.article.count()).toBe(0);
    expect(await database.db.story.count()).toBe(0);
  });
});

describe('ingest tells the site to refresh its pages', () => {
  const secret = 'a-secret-for-the-cli-test-of-enough-length';
  let database: TestDatabase;
  let document: string;
  beforeAll(() => {
    database = createMigratedDatabase();
    document = path.join(folder, 'refresh.txt');
  });
  afterAll(() => database.dispose());

  test('after a run that stores articles, POSTs once with the bearer; an unchanged run does not', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const site = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"revalidated":true}');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/api/revalidate`;
    try {
      writeFileSync(document, 'date 2026-05-11 Shymkent and Kashgar\nShymkent and Kashgar discussed a new cargo route in June 2026.\n');
      const env = { DATABASE_URL: database.url, REVALIDATE_URL: url, REVALIDATE_SECRET: secret };
      const first = await runAsync('ingest.ts', [document], env);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain(`pages refreshed: the site at ${url}`);
      expect(seen.map((headers) => headers.authorization)).toEqual([`Bearer ${secret}`]);

      const again = await runAsync('ingest.ts', [document], env);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('1 unchanged');
      expect(seen).toHaveLength(1);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  test('with no site running, says so in one line and still succeeds, using the secret kept beside the database', async () => {
    writeFileSync(document, 'date 2026-05-12 Aktobe and Lanzhou\nAktobe and Lanzhou signed a memorandum on trade in 2026.\n');
    const result = await runAsync('ingest.ts', [document], { DATABASE_URL: database.url });
    expect(result.status).toBe(0);
    const notices = result.stdout.split('\n').filter((line) => line.includes('no site answered'));
    expect(notices).toEqual([
      `no site answered at ${closedUrl} (connection refused); pages refresh on their own within 5 minutes, or when the site next starts`,
    ]);
    expect(readFileSync(path.join(path.dirname(database.file), 'revalidate.secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
  });
});
