import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('entity-options');
  return process.env.DATABASE_URL;
});

import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { getArticle } from './articles';
import { getEntity } from './entities';
import { listEventEntityOptions } from './events';
import { getMentionVolume } from './mention-volume';

const TWICE = 'candidate-person-zhou-weiming';
const ONCE = 'candidate-person-timur-bekzhanov';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  const folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-entity-options-docs-'));
  const documents: Record<string, string> = {
    'visit.txt': 'date 2026-10-06 Urumqi delegation in Almaty\nVice Mayor of Urumqi Zhou Weiming visited Almaty on Thursday to sign a memorandum on trade.\n',
    'talks.txt': 'date 2026-10-09 Talks on flights\nVice Mayor of Urumqi Zhou Weiming met the akim of Almaty on Friday to discuss new flights.\n',
    'consul.txt': 'date 2026-10-12 Consul in Urumqi\nConsul Timur Bekzhanov visited Urumqi on Monday to open a visa centre.\n',
    'district.txt': 'date 2026-10-14 Farmers in Zhanakorgan District\nFarmers in Zhanakorgan District signed a deal with a company from Urumqi.\n',
  };
  for (const [name, text] of Object.entries(documents)) writeFileSync(path.join(folder, name), text);
  const report = await runIngest({ db: database.db, gazetteer: readGazetteer(), files: collectFiles([folder]), projectRoot });
  expect(report.rejected).toEqual([]);
});

afterAll(() => database.dispose());

describe('a candidate named in one article only', () => {
  test('is not offered in the timeline entity filter; a candidate named twice and known entities are', async () => {
    const keys = (await listEventEntityOptions('en', 200)).map((option) => option.key);
    expect(keys).toEqual(expect.arrayContaining([TWICE, 'urumqi', 'almaty']));
    expect(keys).not.toContain(ONCE);
  });

  test('is not among the most-mentioned entities of the dashboard chart', async () => {
    const keys = (await getMentionVolume('en', 50)).series.map((series) => series.key);
    expect(keys).toEqual(expect.arrayContaining([TWICE, 'urumqi']));
    expect(keys).not.toContain(ONCE);
  });

  test('stays on its article and has its own page', async () => {
    const entity = await getEntity(ONCE, 'en');
    expect(entity).toMatchObject({ known: false, articleCount: 1, name: 'Timur Bekzhanov' });
    const article = await getArticle('consul', 'en');
    expect(article?.mentions.map((mention) => mention.entity.key)).toContain(ONCE);
  });
});

test('a candidate place has no coordinates, so no map shows it', async () => {
  const district = await getEntity('candidate-region-zhanakorgan-district', 'en');
  expect(district).toMatchObject({ type: 'REGION', known: false, coordinates: null });
});
