import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { createMigratedDatabase, type TestDatabase } from '@/lib/testing/migrated-database';

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
let folder: string;
let good: string;
let bad: string;

beforeAll(() => {
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
    env: { ...process.env, ...env },
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
    expect(Object.keys(line)).toEqual(['file', 'ok', 'article', 'mentions', 'temporal', 'events', 'relations']);
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
  });
});
