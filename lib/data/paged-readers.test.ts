import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import.
const databaseFile = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const file = `${fs.mkdtempSync(`${os.tmpdir()}/bauyrlas-paged-`)}/paged.db`;
  process.env.DATABASE_URL = `file:${file}`;
  return file;
});

import { projectRoot } from '@/lib/env';
import { lookupPrefix, queryWords, sharesLemma } from '@/lib/extract/search-terms';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import { createMigratedDatabase, type TestDatabase } from '@/lib/testing/migrated-database';
import { generateCorpus } from '@/scripts/bench/synthetic-corpus';
import { getEntity, getEntityMentionTimeline, listCoMentionedEntities, listEntityArticles } from './entities';
import { countEvents, listEvents, type EventFilter } from './events';
import { getMentionVolume } from './mention-volume';
import { countPlaceRelations, listPlaceRelations, type RelationFilter } from './relations';
import { searchArticles } from './search';

/**
 * The page readers read indexes and aggregates; these tests hold them to the plain meaning of
 * each list, written as straightforward SQL over the base tables, page by page.
 */

let database: TestDatabase;
let sqlite: Database.Database;
let someArticleSlug: string;

beforeAll(async () => {
  database = createMigratedDatabase(databaseFile);
  const folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-paged-docs-'));
  const gazetteer = readGazetteer();
  for (const { name, text } of generateCorpus({ count: 260, seed: 5, gazetteer })) writeFileSync(path.join(folder, name), text);
  // An event without a date sorts after every dated one.
  writeFileSync(path.join(folder, 'undated.txt'), 'date 2026-01-12 Almaty and Urumqi\nA delegation from Almaty will visit Urumqi.\n');
  writeFileSync(path.join(folder, 'undated-2.txt'), 'date 2025-11-30 Shanghai guests\nA delegation from Shanghai will visit Almaty.\n');
  const report = await runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot, extractionWorkers: 0 });
  expect(report.rejected).toEqual([]);
  sqlite = new Database(databaseFile, { readonly: true });
  someArticleSlug = (sqlite.prepare('SELECT slug FROM Article ORDER BY id LIMIT 1 OFFSET 7').get() as { slug: string }).slug;
}, 180_000);

afterAll(async () => {
  sqlite.close();
  await database.dispose();
});

function ids(sql: string, ...params: unknown[]): number[] {
  return (sqlite.prepare(sql).raw().all(...params) as [number][]).map(([id]) => id);
}

/** Every item of a paged list, read `size` at a time until a short page. */
async function allPages<T>(read: (limit: number, offset: number) => Promise<T[]>, size: number): Promise<T[][]> {
  const pages: T[][] = [];
  for (let offset = 0; ; offset += size) {
    const page = await read(size, offset);
    pages.push(page);
    if (page.length < size) return pages;
  }
}

function expectedEvents({ type, entityKey, from, to, articleSlug }: EventFilter): number[] {
  const conditions = ['1'];
  const params: string[] = [];
  if (type) {
    conditions.push('e.type = ?');
    params.push(type);
  }
  if (from) {
    conditions.push('e.endsOn >= ?');
    params.push(from);
  }
  if (to) {
    conditions.push('e.startsOn <= ?');
    params.push(to);
  }
  if (articleSlug) {
    conditions.push('e.articleId = (SELECT id FROM Article WHERE slug = ?)');
    params.push(articleSlug);
  }
  if (entityKey) {
    conditions.push('EXISTS (SELECT 1 FROM EventEntity ee JOIN Entity n ON n.id = ee.entityId WHERE ee.eventId = e.id AND n.key = ?)');
    params.push(entityKey);
  }
  return ids(`SELECT e.id FROM Event e WHERE ${conditions.join(' AND ')} ORDER BY e.startsOn IS NULL, e.startsOn, e.id`, ...params);
}

describe('events, page by page', () => {
  const filters: EventFilter[] = [
    {},
    { from: '2025-03-10' },
    { to: '2024-12-31' },
    { from: '2025-01-01', to: '2025-12-31' },
    { from: '2026-02-01', to: '2026-02-01' },
    { type: 'AGREEMENT', from: '2026-01-01' },
    { entityKey: 'almaty' },
    { entityKey: 'almaty', from: '2025-06-01', to: '2026-06-01' },
    { entityKey: 'shanghai', type: 'VISIT' },
    { from: '2099-01-01' },
  ];

  test.each(filters)('%o: every page in order, and the count', async (filter) => {
    const expected = expectedEvents(filter);
    const pages = await allPages((limit, offset) => listEvents('en', filter, limit, offset), 97);
    expect(pages.flat().map((e) => e.id)).toEqual(expected);
    expect(await countEvents(filter)).toBe(expected.length);
  });

  test('the test data has what the filters need: undated events and events that start before a period and last into it', () => {
    expect(ids('SELECT id FROM Event WHERE startsOn IS NULL').length).toBeGreaterThan(0);
    expect(ids(`SELECT id FROM Event WHERE startsOn < '2025-01-01' AND endsOn >= '2025-01-01'`).length).toBeGreaterThan(10);
  });

  test("an article's events", async () => {
    const filter = { articleSlug: someArticleSlug };
    expect((await listEvents('en', filter)).map((e) => e.id)).toEqual(expectedEvents(filter));
  });
});

describe('relations, page by page', () => {
  const filters: RelationFilter[] = [{}, { placeKey: 'almaty' }, { type: 'FLIGHTS' }, { status: 'signed' }];

  test.each(filters)('%o: best-attested first, with the newest evidence', async (filter) => {
    const conditions = ['1'];
    const params: string[] = [];
    if (filter.type) {
    conditions.push('r.type = ?');
    params.push(filter.type);
  }
    if (filter.status) {
    conditions.push('r.status = ?');
    params.push(filter.status);
  }
    if (filter.placeKey) {
      conditions.push('(r.aId = (SELECT id FROM Entity WHERE key = ?) OR r.bId = (SELECT id FROM Entity WHERE key = ?))');
      params.push(filter.placeKey, filter.placeKey);
    }
    const expected = sqlite
      .prepare(
        `SELECT r.id, (SELECT COUNT(*) FROM RelationEvidence e WHERE e.relationId = r.id) AS n FROM PlaceRelation r
         WHERE ${conditions.join(' AND ')} ORDER BY n DESC, r.id`,
      )
      .all(...params) as { id: number; n: number }[];
    const listed = (await allPages((limit, offset) => listPlaceRelations('en', filter, { limit, offset, evidenceLimit: 2 }), 13)).flat();
    expect(listed.map((r) => [r.id, r.evidenceCount])).toEqual(expected.map((r) => [r.id, r.n]));
    expect(await countPlaceRelations(filter)).toBe(expected.length);
    for (const relation of listed.slice(0, 5)) {
      const newest = sqlite
        .prepare(
          `SELECT e.sentence FROM RelationEvidence e JOIN Article a ON a.id = e.articleId WHERE e.relationId = ?
           ORDER BY a.publishedOn DESC, e.id DESC LIMIT 2`,
        )
        .all(relation.id) as { sentence: string }[];
      expect(relation.evidence.map((e) => e.sentence)).toEqual(newest.map((e) => e.sentence));
    }
  });
});

describe('an entity page at scale', () => {
  test('counts, monthly mentions and the article list agree with the mentions', async () => {
    const almaty = await getEntity('almaty', 'en');
    const [mentions, articles] = sqlite
      .prepare(`SELECT COUNT(*), COUNT(DISTINCT articleId) FROM Mention WHERE entityId = (SELECT id FROM Entity WHERE key = 'almaty')`)
      .raw()
      .get() as [number, number];
    expect(almaty).toMatchObject({ mentionCount: mentions, articleCount: articles });

    const months = sqlite
      .prepare(
        `SELECT substr(a.publishedOn, 1, 7) AS month, COUNT(*) AS count FROM Mention m JOIN Article a ON a.id = m.articleId
         WHERE m.entityId = (SELECT id FROM Entity WHERE key = 'almaty') GROUP BY month ORDER BY month`,
      )
      .all() as { month: string; count: number }[];
    const timeline = await getEntityMentionTimeline('almaty');
    expect(timeline.filter((m) => m.count > 0)).toEqual(months);

    const listed = (await allPages((limit, offset) => listEntityArticles('almaty', limit, offset), 20)).flat();
    const expected = sqlite
      .prepare(
        `SELECT slug FROM Article WHERE id IN (SELECT articleId FROM Mention WHERE entityId = (SELECT id FROM Entity WHERE key = 'almaty'))
         ORDER BY publishedOn DESC, id DESC`,
      )
      .all() as { slug: string }[];
    expect(listed.map((a) => a.slug)).toEqual(expected.map((a) => a.slug));
    expect(listed).toHaveLength(articles);
  });

  test('co-mentioned entities: shared articles counted, most shared first', async () => {
    const expected = sqlite
      .prepare(
        `SELECT o.key, COUNT(DISTINCT om.articleId) AS shared FROM Mention em
         JOIN Mention om ON om.articleId = em.articleId AND om.entityId <> em.entityId JOIN Entity o ON o.id = om.entityId
         WHERE em.entityId = (SELECT id FROM Entity WHERE key = 'almaty') GROUP BY o.id ORDER BY shared DESC, o.key`,
      )
      .all() as { key: string; shared: number }[];
    const listed = (await allPages((limit, offset) => listCoMentionedEntities('almaty', 'en', limit, offset), 11)).flat();
    expect(listed.map((r) => ({ key: r.key, shared: r.sharedArticles }))).toEqual(expected);
  });

  test('mention volume follows the most-mentioned entities', async () => {
    // Candidates named in one article only are not offered.
    const top = sqlite
      .prepare(
        `SELECT e.key FROM Mention m JOIN Entity e ON e.id = m.entityId GROUP BY e.id
         HAVING e.known = 1 OR COUNT(DISTINCT m.articleId) > 1 ORDER BY COUNT(*) DESC, e.id LIMIT 3`,
      )
      .all() as { key: string }[];
    const volume = await getMentionVolume('en', 3);
    expect(volume.series.map((s) => s.key)).toEqual(top.map((t) => t.key));
    const total = (sqlite.prepare(`SELECT COUNT(*) AS n FROM Mention WHERE entityId = (SELECT id FROM Entity WHERE key = ?)`).get(top[0]!.key) as {
      n: number;
    }).n;
    expect(volume.series[0]!.counts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('search, page by page', () => {
  /** Articles holding an inflection of every word, newest first: the meaning of a search without entity names. */
  function expectedSearch(query: string): string[] {
    const terms = (sqlite.prepare('SELECT DISTINCT term FROM ArticleTerm').raw().all() as [string][]).map(([t]) => t);
    const perWord = queryWords(query).map((word) => terms.filter((t) => t.startsWith(lookupPrefix(word)) && sharesLemma(t, word)));
    const conditions = perWord.map((forms) => `id IN (SELECT articleId FROM ArticleTerm WHERE term IN (${forms.map(() => '?').join(', ') || 'NULL'}))`);
    return (sqlite.prepare(`SELECT slug FROM Article WHERE ${conditions.join(' AND ')} ORDER BY publishedOn DESC, id DESC`).all(...perWord.flat()) as {
      slug: string;
    }[]).map((r) => r.slug);
  }

  test.each(['cooperation', 'ынтымақтастығы', 'cooperation delegation', 'сотрудничества'])('%s', async (query) => {
    const expected = expectedSearch(query);
    expect(expected.length).toBeGreaterThan(0);
    const first = await searchArticles(query, 1, 9, 'en');
    expect(first.total).toBe(expected.length);
    const slugs: string[] = [];
    for (let page = 1; page <= first.pages; page++) slugs.push(...(await searchArticles(query, page, 9, 'en')).hits.map((h) => h.slug));
    expect(slugs).toEqual(expected);
  });
});
