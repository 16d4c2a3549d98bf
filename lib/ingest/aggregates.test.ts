import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { recountAggregates } from '@/lib/testing/aggregate-recount';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { generateCorpus } from '@/scripts/bench/synthetic-corpus';
import type { DocumentExtraction } from '@/lib/extract/extract-document';
import { extractText, fixtureIdentity as identity, mentionsByEnglishName } from '@/lib/testing/extraction-fixtures';
import { collectFiles } from './collect-files';
import { persistArticles } from './persist-article';
import { readGazetteer } from './read-gazetteer';
import { syncGazetteer } from './sync-gazetteer';
import { runIngest } from './run-ingest';

const gazetteer = readGazetteer();

async function expectAggregatesExact() {
  for (const { name, stored, recounted } of await recountAggregates(database.db)) {
    expect({ name, rows: stored }).toEqual({ name, rows: recounted });
  }
}

let database: TestDatabase;
let folder: string;

beforeEach(async () => {
  database = await freshTestDatabase('aggregates');
  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-aggregates-'));
});

afterEach(async () => {
  await database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

function write(documents: readonly { name: string; text: string }[]) {
  for (const { name, text } of documents) writeFileSync(path.join(folder, name), text);
}

async function ingest() {
  const report = await runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot, extractionWorkers: 0 });
  expect(report.rejected).toEqual([]);
  return report;
}

describe('aggregates kept by ingestion', () => {
  test('equal a recount after a first ingestion of several batches', async () => {
    // More than two batches of the ingestion run.
    write(generateCorpus({ count: 540, seed: 11, gazetteer }));
    expect(await ingest()).toMatchObject({ created: 540 });
    // Not vacuous: every aggregate has rows.
    for (const { name, stored } of await recountAggregates(database.db)) expect({ name, empty: stored.length === 0 }).toEqual({ name, empty: false });
    await expectAggregatesExact();
  }, 120_000);

  test('stay exact when files change (other entities, other months) and when a run repeats', async () => {
    const first = generateCorpus({ count: 150, seed: 21, gazetteer });
    write(first);
    await ingest();
    // The same file names with other texts: every fifth document replaced.
    const others = generateCorpus({ count: 150, seed: 22, gazetteer });
    write(others.filter((_, index) => index % 5 === 0).map((doc, index) => ({ name: first[index * 5]!.name, text: doc.text })));
    expect(await ingest()).toMatchObject({ created: 0, replaced: 30, unchanged: 120 });
    await expectAggregatesExact();

    expect(await ingest()).toMatchObject({ created: 0, replaced: 0, unchanged: 150 });
    await expectAggregatesExact();
  }, 120_000);

  test('rows that count nothing go when the only article behind them is replaced', async () => {
    write([
      { name: 'a.txt', text: 'date 2025-03-04 Karaganda and Harbin\nKaraganda and Harbin agreed on student exchanges in 2025.\n' },
      { name: 'b.txt', text: 'date 2026-08-09 Aktau port\nThe port of Aktau expects more cargo from Lianyungang.\n' },
    ]);
    await ingest();
    const monthsBefore = await database.db.entityMonth.count({ where: { month: '2025-03' } });
    expect(monthsBefore).toBeGreaterThan(0);

    writeFileSync(path.join(folder, 'a.txt'), 'date 2026-08-10 Aktau again\nAktau welcomed a delegation.\n');
    expect(await ingest()).toMatchObject({ replaced: 1 });
    expect(await database.db.entityMonth.count({ where: { month: '2025-03' } })).toBe(0);
    expect(await database.db.entityMonth.count({ where: { mentions: { lte: 0 } } })).toBe(0);
    expect(await database.db.coMention.count({ where: { articles: { lte: 0 } } })).toBe(0);
    expect(await database.db.storyEndDay.count({ where: { stories: { lte: 0 } } })).toBe(0);
    await expectAggregatesExact();
  });
});

/** The extraction of a document, with mentions of these entities in its title line (offsets into the title). */
function extractionWithTitleMentions(text: string, titleKeys: readonly string[]): DocumentExtraction {
  const extraction = extractText(text, gazetteer);
  return { ...extraction, titleMentions: mentionsByEnglishName(extraction.article.title ?? '', titleKeys, gazetteer) };
}

describe('title mentions in the aggregates', () => {
  beforeEach(() => syncGazetteer(database.db, gazetteer));
  const entityRow = (key: string) => database.db.entity.findUniqueOrThrow({ where: { key }, select: { mentionCount: true, articleCount: true } });
  /** Articles that mention both entities, as the aggregate holds them (one row per pair, either way round). */
  const coMentions = (a: string, b: string) =>
    database.db.coMention.findMany({
      where: { OR: [{ entity: { key: a }, other: { key: b } }, { entity: { key: b }, other: { key: a } }] },
      select: { articles: true },
    });

  test('count in mentions, articles, months and co-mentions like body mentions, and go when replaced', async () => {
    // Harbin only in a title; Karaganda in a title and in another article's body.
    const titleOnly = extractionWithTitleMentions('date 2026-05-04 Harbin delegation in Karaganda\nThe guests toured a factory.\n', [
      'harbin',
      'karaganda',
    ]);
    expect(titleOnly.mentions).toEqual([]);
    const bodyOnly = extractionWithTitleMentions('date 2026-06-10 Mining week\nKaraganda hosted a mining exhibition.\n', []);
    await persistArticles(database.db, [
      { identity: identity('a.txt', 'a1'), extraction: titleOnly },
      { identity: identity('b.txt', 'b1'), extraction: bodyOnly },
    ]);
    await expectAggregatesExact();
    expect(await entityRow('harbin')).toEqual({ mentionCount: 1, articleCount: 1 });
    expect(await entityRow('karaganda')).toEqual({ mentionCount: 2, articleCount: 2 });
    expect(await database.db.entityMonth.findMany({ where: { month: '2026-05', entity: { key: 'harbin' } }, select: { mentions: true } })).toEqual([
      { mentions: 1 },
    ]);
    expect(await coMentions('harbin', 'karaganda')).toEqual([{ articles: 1 }]);

    // The same file, its title now naming nobody: what the title counted goes.
    const retitled = extractionWithTitleMentions('date 2026-05-04 A delegation\nThe guests toured a factory.\n', []);
    await persistArticles(database.db, [{ identity: identity('a.txt', 'a2'), extraction: retitled }]);
    await expectAggregatesExact();
    expect(await entityRow('harbin')).toEqual({ mentionCount: 0, articleCount: 0 });
    expect(await entityRow('karaganda')).toEqual({ mentionCount: 1, articleCount: 1 });
    expect(await database.db.coMention.count()).toBe(0);
    expect(await database.db.entityMonth.count({ where: { month: '2026-05' } })).toBe(0);
  });

  test('a title mention is stored with offsets into the title', async () => {
    const extraction = extractionWithTitleMentions('date 2026-05-04 Mining delegation in Karaganda\nThe guests toured a factory.\n', ['karaganda']);
    await persistArticles(database.db, [{ identity: identity('a.txt', 'a1'), extraction }]);
    const rows = await database.db.mention.findMany({ select: { article: { select: { title: true } }, start: true, end: true, text: true, inTitle: true } });
    expect(rows).toEqual([{ article: { title: 'Mining delegation in Karaganda' }, start: 21, end: 30, text: 'Karaganda', inTitle: true }]);
  });
});
