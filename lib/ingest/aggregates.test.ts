import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { createMigratedDatabase, type TestDatabase } from '@/lib/testing/migrated-database';
import { generateCorpus } from '@/scripts/bench/synthetic-corpus';
import type { DocumentExtraction } from '@/lib/extract/extract-document';
import { extractText, fixtureIdentity as identity, mentionsByEnglishName } from '@/lib/testing/extraction-fixtures';
import { collectFiles } from './collect-files';
import { persistArticles } from './persist-article';
import { readGazetteer } from './read-gazetteer';
import { syncGazetteer } from './sync-gazetteer';
import { runIngest } from './run-ingest';

const gazetteer = readGazetteer();

/** Each aggregate as stored, and as counted again from the base tables, in the same row order. */
const AGGREGATES: Record<string, { stored: string; recounted: string }> = {
  entityCounts: {
    stored: `SELECT id, mentionCount, articleCount, eventCount FROM Entity ORDER BY id`,
    recounted: `SELECT id,
      (SELECT COUNT(*) FROM Mention m WHERE m.entityId = Entity.id),
      (SELECT COUNT(DISTINCT m.articleId) FROM Mention m WHERE m.entityId = Entity.id),
      (SELECT COUNT(DISTINCT ee.eventId) FROM EventEntity ee WHERE ee.entityId = Entity.id)
      FROM Entity ORDER BY id`,
  },
  entityMonths: {
    stored: `SELECT entityId, month, mentions FROM EntityMonth ORDER BY entityId, month`,
    recounted: `SELECT m.entityId, substr(a.publishedOn, 1, 7) AS month, COUNT(*) FROM Mention m JOIN Article a ON a.id = m.articleId
      GROUP BY m.entityId, month ORDER BY m.entityId, month`,
  },
  coMentions: {
    stored: `SELECT entityId, otherId, articles FROM CoMention ORDER BY entityId, otherId`,
    recounted: `SELECT x.entityId, y.entityId, COUNT(DISTINCT x.articleId) FROM Mention x
      JOIN Mention y ON y.articleId = x.articleId AND y.entityId > x.entityId
      GROUP BY x.entityId, y.entityId ORDER BY x.entityId, y.entityId`,
  },
  relationEvidence: {
    stored: `SELECT id, evidenceCount FROM PlaceRelation ORDER BY id`,
    recounted: `SELECT id, (SELECT COUNT(*) FROM RelationEvidence e WHERE e.relationId = PlaceRelation.id) FROM PlaceRelation ORDER BY id`,
  },
  eventWindowCopies: {
    stored: `SELECT eventId, entityId, role, type, matchFrom, matchTo FROM EventEntity ORDER BY eventId, entityId, role`,
    recounted: `SELECT ee.eventId, ee.entityId, ee.role, e.type, e.matchFrom, e.matchTo FROM EventEntity ee JOIN Event e ON e.id = ee.eventId
      ORDER BY ee.eventId, ee.entityId, ee.role`,
  },
  evidenceDates: {
    stored: `SELECT id, publishedOn FROM RelationEvidence ORDER BY id`,
    recounted: `SELECT e.id, a.publishedOn FROM RelationEvidence e JOIN Article a ON a.id = e.articleId ORDER BY e.id`,
  },
};

function compareAggregates(file: string): { name: string; stored: unknown[]; recounted: unknown[] }[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return Object.entries(AGGREGATES).map(([name, { stored, recounted }]) => ({
      name,
      stored: sqlite.prepare(stored).raw().all(),
      recounted: sqlite.prepare(recounted).raw().all(),
    }));
  } finally {
    sqlite.close();
  }
}

function expectAggregatesExact(file: string) {
  for (const { name, stored, recounted } of compareAggregates(file)) {
    expect({ name, rows: stored }).toEqual({ name, rows: recounted });
  }
}

function rowCount(file: string, sql: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(sql).raw().get() as [number])[0];
  } finally {
    sqlite.close();
  }
}

let database: TestDatabase;
let folder: string;

beforeEach(() => {
  database = createMigratedDatabase();
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
    for (const { name, stored } of compareAggregates(database.file)) expect({ name, empty: stored.length === 0 }).toEqual({ name, empty: false });
    expectAggregatesExact(database.file);
  }, 120_000);

  test('stay exact when files change (other entities, other months) and when a run repeats', async () => {
    const first = generateCorpus({ count: 150, seed: 21, gazetteer });
    write(first);
    await ingest();
    // The same file names with other texts: every fifth document replaced.
    const others = generateCorpus({ count: 150, seed: 22, gazetteer });
    write(others.filter((_, index) => index % 5 === 0).map((doc, index) => ({ name: first[index * 5]!.name, text: doc.text })));
    expect(await ingest()).toMatchObject({ created: 0, replaced: 30, unchanged: 120 });
    expectAggregatesExact(database.file);

    expect(await ingest()).toMatchObject({ created: 0, replaced: 0, unchanged: 150 });
    expectAggregatesExact(database.file);
  }, 120_000);

  test('rows that count nothing go when the only article behind them is replaced', async () => {
    write([
      { name: 'a.txt', text: 'date 2025-03-04 Karaganda and Harbin\nKaraganda and Harbin agreed on student exchanges in 2025.\n' },
      { name: 'b.txt', text: 'date 2026-08-09 Aktau port\nThe port of Aktau expects more cargo from Lianyungang.\n' },
    ]);
    await ingest();
    const monthsBefore = rowCount(database.file, `SELECT COUNT(*) FROM EntityMonth WHERE month = '2025-03'`);
    expect(monthsBefore).toBeGreaterThan(0);

    writeFileSync(path.join(folder, 'a.txt'), 'date 2026-08-10 Aktau again\nAktau welcomed a delegation.\n');
    expect(await ingest()).toMatchObject({ replaced: 1 });
    expect(rowCount(database.file, `SELECT COUNT(*) FROM EntityMonth WHERE month = '2025-03'`)).toBe(0);
    expect(rowCount(database.file, `SELECT COUNT(*) FROM EntityMonth WHERE mentions <= 0`)).toBe(0);
    expect(rowCount(database.file, `SELECT COUNT(*) FROM CoMention WHERE articles <= 0`)).toBe(0);
    expect(rowCount(database.file, `SELECT COUNT(*) FROM StoryEndDay WHERE stories <= 0`)).toBe(0);
    expectAggregatesExact(database.file);
  });
});

/** The extraction of a document, with mentions of these entities in its title line (offsets into the title). */
function extractionWithTitleMentions(text: string, titleKeys: readonly string[]): DocumentExtraction {
  const extraction = extractText(text, gazetteer);
  return { ...extraction, titleMentions: mentionsByEnglishName(extraction.article.title ?? '', titleKeys, gazetteer) };
}

describe('title mentions in the aggregates', () => {
  beforeEach(() => syncGazetteer(database.db, gazetteer));
  const entityRow = (key: string) =>
    new Database(database.file, { readonly: true })
      .prepare('SELECT mentionCount, articleCount FROM Entity WHERE key = ?')
      .get(key) as { mentionCount: number; articleCount: number };

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
    expectAggregatesExact(database.file);
    expect(entityRow('harbin')).toEqual({ mentionCount: 1, articleCount: 1 });
    expect(entityRow('karaganda')).toEqual({ mentionCount: 2, articleCount: 2 });
    expect(rowCount(database.file, `SELECT mentions FROM EntityMonth WHERE month = '2026-05' AND entityId = (SELECT id FROM Entity WHERE key = 'harbin')`)).toBe(1);
    expect(
      rowCount(
        database.file,
        `SELECT articles FROM CoMention c JOIN Entity x ON x.id = c.entityId JOIN Entity y ON y.id = c.otherId
         WHERE (x.key, y.key) IN (VALUES ('harbin', 'karaganda'), ('karaganda', 'harbin'))`,
      ),
    ).toBe(1);

    // The same file, its title now naming nobody: what the title counted goes.
    const retitled = extractionWithTitleMentions('date 2026-05-04 A delegation\nThe guests toured a factory.\n', []);
    await persistArticles(database.db, [{ identity: identity('a.txt', 'a2'), extraction: retitled }]);
    expectAggregatesExact(database.file);
    expect(entityRow('harbin')).toEqual({ mentionCount: 0, articleCount: 0 });
    expect(entityRow('karaganda')).toEqual({ mentionCount: 1, articleCount: 1 });
    expect(rowCount(database.file, `SELECT COUNT(*) FROM CoMention`)).toBe(0);
    expect(rowCount(database.file, `SELECT COUNT(*) FROM EntityMonth WHERE month = '2026-05'`)).toBe(0);
  });

  test('a title mention is stored with offsets into the title', async () => {
    const extraction = extractionWithTitleMentions('date 2026-05-04 Mining delegation in Karaganda\nThe guests toured a factory.\n', ['karaganda']);
    await persistArticles(database.db, [{ identity: identity('a.txt', 'a1'), extraction }]);
    const sqlite = new Database(database.file, { readonly: true });
    const rows = sqlite.prepare('SELECT a.title, m.start, m."end", m.text, m.inTitle FROM Mention m JOIN Article a ON a.id = m.articleId').all();
    sqlite.close();
    expect(rows).toEqual([{ title: 'Mining delegation in Karaganda', start: 21, end: 30, text: 'Karaganda', inTitle: 1 }]);
  });
});
