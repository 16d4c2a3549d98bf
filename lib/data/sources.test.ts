import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('sources');
  return process.env.DATABASE_URL;
});

import { collectFiles } from '@/lib/ingest/collect-files';
import { finishIngestRun, startIngestRun } from '@/lib/ingest/ingest-runs';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { countDirectoryEntities, listDirectoryEntities, nameVariants } from './entity-directory';
import { getSourcesOverview, SPARKLINE_WEEKS } from './sources';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  const folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-sources-docs-'));
  const documents: Record<string, string> = {
    'a.txt': 'date 2026-03-02 Almaty and Urumqi\nAlmaty and Urumqi agreed to open new flights in May 2026.\n',
    'b.txt': 'date 2026-03-20 Astana and Xian\nAstana and Xian signed a cooperation agreement on 19 March 2026.\n',
    'c.txt': 'date 2026-03-25 Consul in Urumqi\nConsul Timur Bekzhanov visited Urumqi on Monday.\n',
    'bad.txt': 'date 2026-13-01 Month thirteen\nBody.\n',
  };
  for (const [name, text] of Object.entries(documents)) writeFileSync(path.join(folder, name), text);
  writeFileSync(
    path.join(folder, 'sources.json'),
    JSON.stringify({ 'c.txt': { source: 'Consular news', url: 'https://example.kz/consul' }, 'bad.txt': { source: 'Consular news' } }),
  );
  const runId = await startIngestRun(database.db, new Date('2026-04-01T08:00:00Z'));
  const report = await runIngest({ db: database.db, gazetteer: readGazetteer(), files: collectFiles([folder], process.cwd(), { source: 'Wire' }), projectRoot: folder });
  await finishIngestRun(database.db, runId, report, new Date('2026-04-01T08:00:03Z'));
});

afterAll(() => database.dispose());

describe('getSourcesOverview', () => {
  test('per source: articles, languages, period, yield, weekly articles and its last run with rejections', async () => {
    const { newestDay, sources } = await getSourcesOverview();
    expect(newestDay).toBe('2026-03-25');
    expect(sources.map((source) => source.name)).toEqual(['Consular news', 'Wire']);
    const [consular, wire] = sources;
    expect(wire).toMatchObject({ articles: 2, languages: ['en'], firstPublished: '2026-03-02', lastPublished: '2026-03-20', rejectionCount: 0 });
    expect(wire?.yield.mentions).toBeGreaterThanOrEqual(2);
    expect(wire?.lastRun).toMatchObject({ files: 2, created: 2, rejected: 0, finishedAt: '2026-04-01T08:00:03.000Z' });
    expect(wire?.weekly).toHaveLength(SPARKLINE_WEEKS);
    expect(wire?.weekly.reduce((a, b) => a + b, 0)).toBe(2);
    // 20 March is in the newest week (0–6 days before 25 March), 2 March three weeks back.
    expect(wire?.weekly.at(-1)).toBe(1);
    expect(wire?.weekly.at(-4)).toBe(1);

    expect(consular).toMatchObject({ articles: 1, rejectionCount: 1 });
    expect(consular?.candidateShare).toBeGreaterThan(0);
    expect(consular?.lastRun).toMatchObject({ files: 2, created: 1, rejected: 1 });
    expect(consular?.rejections).toEqual([{ file: expect.stringMatching(/bad\.txt$/), line: 1, reason: expect.stringMatching(/2026-13-01/) }]);
  });
});

describe('entity directory', () => {
  test('filters by type, status and a name in any language and case, sorted by mentions or name', async () => {
    const cities = await listDirectoryEntities('en', { type: 'CITY' }, 'mentions', 5);
    expect(cities[0]?.key).toBe('urumqi');
    expect(cities.every((entry) => entry.type === 'CITY')).toBe(true);

    const candidates = await listDirectoryEntities('en', { status: 'candidate' }, 'mentions', 50);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((entry) => !entry.known)).toBe(true);
    expect(await countDirectoryEntities({ status: 'candidate' })).toBe(candidates.length);

    for (const text of ['үрімші', 'УРУМЧИ', 'urumq']) {
      expect((await listDirectoryEntities('kk', { text }, 'mentions', 5)).map((entry) => entry.key)).toContain('urumqi');
    }
    const byName = (await listDirectoryEntities('ru', { type: 'CITY', text: 'а' }, 'name', 20)).map((entry) => entry.name);
    expect(byName).toEqual([...byName].sort());
  });

  test.each([
    ['алматы', ['алматы', 'Алматы']],
    ['Almaty', ['Almaty', 'almaty']],
    ['  ШАНХАЙ ', ['ШАНХАЙ', 'шанхай', 'Шанхай']],
  ])('looks a typed name up as %s', (text, variants) => {
    expect(nameVariants(text)).toEqual(variants);
  });
});
