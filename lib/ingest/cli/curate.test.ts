import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { freePort } from '@/lib/testing/postgres-cluster';
import { recountAggregates } from '@/lib/testing/aggregate-recount';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { collectFiles } from '../collect-files';
import { listCandidateReport } from '../curation/candidate-report';
import { defaultGazetteerDir, readGazetteer } from '../read-gazetteer';
import { runIngest } from '../run-ingest';

// `npm run curate` applies a reviewed change to the gazetteer and extracts again the stored
// articles it affects: what the database holds afterwards, on either database.

const DOCUMENTS: Record<string, string> = {
  // "Kung Cheng" is the Wade–Giles spelling of Gong Zheng, Shanghai's mayor, whom the gazetteer knows.
  'visit.txt': 'date 2026-03-25 Shanghai mayor in Almaty\nMayor Kung Cheng of Shanghai visited Almaty on Monday. Kung Cheng met the akim.\n',
  'fair.txt': 'date 2026-04-27 Trade in Shanghai\nShanghai mayor Kung Cheng opened a trade fair with Consul Timur Bekzhanov in Shanghai.\n',
  'flights.txt': 'date 2026-05-02 Astana and Xian\nAstana and Xian agreed to open new flights in June 2026.\n',
};

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

let database: TestDatabase;
let folder: string;
let gazetteerDir: string;
/** Where the command looks for a site to refresh: a port nothing listens on. */
let closedUrl: string;

beforeAll(async () => {
  closedUrl = `http://127.0.0.1:${await freePort()}/api/revalidate`;

  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-curate-'));
  gazetteerDir = path.join(folder, 'gazetteer');
  cpSync(defaultGazetteerDir, gazetteerDir, { recursive: true });
  for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(path.join(folder, name), text);
  database = await freshTestDatabase('curate');
  const report = await runIngest({
    db: database.db,
    gazetteer: readGazetteer(gazetteerDir),
    files: collectFiles(Object.keys(DOCUMENTS).map((name) => path.join(folder, name))),
    projectRoot,
  });
  expect(report).toMatchObject({ created: 3, rejected: [] });
});

afterAll(async () => {
  await database?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function curate(...args: string[]) {
  return spawnSync(tsx, [path.join(projectRoot, 'lib', 'ingest', 'cli', 'curate.ts'), ...args, '--gazetteer', gazetteerDir, '--apply'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: database.url, REVALIDATE_URL: closedUrl },
  });
}

/** Each mention's text and entity key in the body of the article read from a file. */
async function mentionsIn(file: string) {
  const article = await database.db.article.findFirstOrThrow({
    where: { sourcePath: path.join(folder, file) },
    select: { id: true, mentions: { where: { inTitle: false }, orderBy: { start: 'asc' }, select: { text: true, entity: { select: { key: true } } } } },
  });
  return { id: article.id, mentions: article.mentions.map((m) => [m.text, m.entity.key]) };
}

const entity = (key: string) =>
  database.db.entity.findUnique({ where: { key }, select: { known: true, nameRu: true, mentionCount: true, articleCount: true, eventCount: true } });

async function expectAggregatesExact() {
  for (const { name, stored, recounted } of await recountAggregates(database.db)) {
    expect({ name, rows: stored }).toEqual({ name, rows: recounted });
  }
}

describe('curating candidates', () => {
  test('the candidate report lists the unknown names with their counts and examples', async () => {
    const rows = await listCandidateReport(database.db, readGazetteer(gazetteerDir), { rejected: new Set() });
    expect(rows.map(({ key, mentions, articles, firstSeen, lastSeen }) => ({ key, mentions, articles, firstSeen, lastSeen }))).toEqual([
      { key: 'candidate-person-kung-cheng', mentions: 3, articles: 2, firstSeen: '2026-03-25', lastSeen: '2026-04-27' },
      { key: 'candidate-person-timur-bekzhanov', mentions: 1, articles: 1, firstSeen: '2026-04-27', lastSeen: '2026-04-27' },
    ]);
    expect(rows[0]?.examples).toEqual([
      'Shanghai mayor Kung Cheng opened a trade fair with Consul Timur Bekzhanov in Shanghai.',
      'Mayor Kung Cheng of Shanghai visited Almaty on Monday.',
    ]);
  });

  test('merge: the candidate’s mentions, events and counts move to the known entity; other articles stay as they were', async () => {
    const untouched = await mentionsIn('flights.txt');
    const before = await entity('gong-zheng');
    const result = curate('merge', 'candidate-person-kung-cheng', 'gong-zheng');
    expect(result.status, result.stderr).toBe(0);

    expect(await entity('candidate-person-kung-cheng')).toBeNull();
    expect(await entity('gong-zheng')).toMatchObject({ known: true, mentionCount: (before?.mentionCount ?? 0) + 3, articleCount: (before?.articleCount ?? 0) + 2 });
    expect((await mentionsIn('visit.txt')).mentions).toEqual([
      ['Kung Cheng', 'gong-zheng'],
      ['Shanghai', 'shanghai'],
      ['Almaty', 'almaty'],
      ['Kung Cheng', 'gong-zheng'],
    ]);
    const visit = await database.db.event.findFirstOrThrow({
      where: { type: 'VISIT', article: { sourcePath: path.join(folder, 'visit.txt') } },
      select: { entities: { select: { entity: { select: { key: true } } } } },
    });
    expect(visit.entities.map((e) => e.entity.key)).toContain('gong-zheng');
    expect(await mentionsIn('flights.txt')).toEqual(untouched);
    // The re-extraction is recorded as an ingestion run of the two affected articles.
    expect(await database.db.ingestRun.findMany({ select: { files: true, created: true, replaced: true, unchanged: true } })).toEqual([
      { files: 2, created: 0, replaced: 2, unchanged: 0 },
    ]);
    await expectAggregatesExact();
  });

  test('promote: the candidate becomes a reviewed entity under its new key, with the names given', async () => {
    const result = curate(
      'promote',
      'candidate-person-timur-bekzhanov',
      'timur-bekzhanov',
      ...['--names', 'kk=Тимур Бекжанов,ru=Тимур Бекжанов', '--role', 'kk=Консул,ru=Консул,en=Consul', '--country', 'KZ'],
    );
    expect(result.status, result.stderr).toBe(0);

    expect(await entity('candidate-person-timur-bekzhanov')).toBeNull();
    expect(await entity('timur-bekzhanov')).toEqual({ known: true, nameRu: 'Тимур Бекжанов', mentionCount: 1, articleCount: 1, eventCount: 1 });
    expect((await mentionsIn('fair.txt')).mentions).toContainEqual(['Timur Bekzhanov', 'timur-bekzhanov']);
    expect(await database.db.entity.count({ where: { known: false } })).toBe(0);
    await expectAggregatesExact();
  });
});
