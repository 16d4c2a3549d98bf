import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expressionBuilder, type Expression } from 'kysely';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('paged');
  return process.env.DATABASE_URL;
});

import { projectRoot } from '@/lib/env';
import { parseQuery } from '@/lib/extract/search/parse-query';
import { lemmasInIndex } from '@/lib/extract/search/resolve-query';
import { lemmasOfForm } from '@/lib/extract/search/search-document';
import { normalizeForMatch, tokenize } from '@/lib/extract/tokenize';
import type { Language } from '@/lib/extract/types';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { generateCorpus } from '@/scripts/bench/synthetic-corpus';
import { getEntity, getEntityMentionTimeline, listCoMentionedEntities, listEntityArticles } from './entities';
import { listArticleEvents } from './events';
import { getMentionVolume } from './mention-volume';
import { countPlaceRelations, listPlaceRelations, type RelationFilter } from './relations';
import { COUNT_BOUND, searchArticles } from './search';
import { countStories, listStories, type StoryFilter } from './stories';

/**
 * The page readers read indexes and aggregates; these tests hold them to the plain meaning of
 * each list, written as straightforward SQL over the base tables, page by page.
 */

let database: TestDatabase;
let someArticleSlug: string;

/** The typed SQL of the test's database (the readers' own client is another one on the same database). */
const sql = () => database.db.$kysely;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  const folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-paged-docs-'));
  const gazetteer = readGazetteer();
  // Every sentence an event: enough stories of several reports, and long ones, to page through.
  for (const { name, text } of generateCorpus({ count: 260, seed: 5, gazetteer, eventSentenceShare: 1 })) writeFileSync(path.join(folder, name), text);
  // An event without a date sorts after every dated one.
  writeFileSync(path.join(folder, 'undated.txt'), 'date 2026-01-12 Almaty and Urumqi\nA delegation from Almaty will visit Urumqi.\n');
  writeFileSync(path.join(folder, 'undated-2.txt'), 'date 2025-11-30 Shanghai guests\nA delegation from Shanghai will visit Almaty.\n');
  const report = await runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot, extractionWorkers: 0 });
  expect(report.rejected).toEqual([]);
  someArticleSlug = (await database.db.article.findFirstOrThrow({ orderBy: { id: 'asc' }, skip: 7, select: { slug: true } })).slug;
}, 180_000);

afterAll(() => database.dispose());

/** `YYYY-MM` of a `YYYY-MM-DD` date (literal bounds, so a GROUP BY names the same expression as the SELECT). */
function monthOf(day: Expression<string>) {
  const eb = expressionBuilder();
  return eb.fn<string>('substr', [day, eb.lit(1), eb.lit(7)]);
}

/** The entity with this key, as a one-value subquery. */
const entityIdOf = (key: string) => sql().selectFrom('Entity').select('id').where('key', '=', key);

/** Every item of a paged list, read `size` at a time until a short page. */
async function allPages<T>(read: (limit: number, offset: number) => Promise<T[]>, size: number): Promise<T[][]> {
  const pages: T[][] = [];
  for (let offset = 0; ; offset += size) {
    const page = await read(size, offset);
    pages.push(page);
    if (page.length < size) return pages;
  }
}

async function expectedStories({ type, entityKey, from, to }: StoryFilter): Promise<number[]> {
  const rows = await sql()
    .selectFrom('Story as s')
    .select('s.id')
    .$if(type !== undefined, (q) => q.where('s.type', '=', type!))
    .$if(from !== undefined, (q) => q.where('s.endsOn', '>=', from!))
    .$if(to !== undefined, (q) => q.where('s.startsOn', '<=', to!))
    // A story involves an entity when any of its reports names it.
    .$if(entityKey !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('Event as e')
            .innerJoin('EventEntity as ee', 'ee.eventId', 'e.id')
            .innerJoin('Entity as n', 'n.id', 'ee.entityId')
            .select('e.id')
            .whereRef('e.storyId', '=', 's.id')
            .where('n.key', '=', entityKey!),
        ),
      ),
    )
    .orderBy((eb) => eb('s.startsOn', 'is', null))
    .orderBy('s.startsOn')
    .orderBy('s.id')
    .execute();
  return rows.map((row) => row.id);
}

describe('stories, page by page', () => {
  const filters: StoryFilter[] = [
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
    const expected = await expectedStories(filter);
    const pages = await allPages((limit, offset) => listStories('en', filter, limit, offset), 97);
    expect(pages.flat().map((s) => s.id)).toEqual(expected);
    expect(await countStories(filter)).toBe(expected.length);
  });

  test('the test data has what the filters need: undated stories, stories of several reports, stories that start before a period and last into it', async () => {
    expect(await database.db.story.count({ where: { startsOn: null } })).toBeGreaterThan(0);
    expect(await database.db.story.count({ where: { reportCount: { gt: 1 } } })).toBeGreaterThan(10);
    expect(await database.db.story.count({ where: { startsOn: { lt: '2025-01-01' }, endsOn: { gte: '2025-01-01' } } })).toBeGreaterThan(10);
  });

  test('each story comes with its representative report', async () => {
    const stories = await listStories('en', {}, 50);
    const leads = new Map(
      (await database.db.story.findMany({ where: { id: { in: stories.map((s) => s.id) } }, select: { id: true, leadEventId: true } })).map((s) => [
        s.id,
        s.leadEventId,
      ]),
    );
    expect(stories.map((s) => s.lead.id)).toEqual(stories.map((s) => leads.get(s.id)));
    expect(stories.every((s) => s.lead.storyId === s.id)).toBe(true);
  });

  test("a story's representative report reads as the same event on its article's page (kk, ru and en)", async () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const stories = await listStories(locale, {}, 40);
      for (const { lead } of stories) {
        const onArticle = (await listArticleEvents(locale, lead.article.slug)).find((event) => event.id === lead.id);
        expect(onArticle).toMatchObject(lead);
      }
    }
  });

  test("an article's events", async () => {
    expect((await listArticleEvents('en', someArticleSlug)).map((e) => e.id)).toEqual(
      (await database.db.event.findMany({ where: { article: { slug: someArticleSlug } }, orderBy: { id: 'asc' }, select: { id: true } })).map((e) => e.id),
    );
  });
});

describe('relations, page by page', () => {
  const filters: RelationFilter[] = [{}, { placeKey: 'almaty' }, { type: 'FLIGHTS' }, { status: 'signed' }];

  test.each(filters)('%o: best-attested first, with the newest evidence', async (filter) => {
    const { type, status, placeKey } = filter;
    const expected = await sql()
      .selectFrom('PlaceRelation as r')
      .select((eb) => [
        'r.id',
        eb.selectFrom('RelationEvidence as e').select(eb.fn.countAll().as('n')).whereRef('e.relationId', '=', 'r.id').as('n'),
      ])
      .$if(type !== undefined, (q) => q.where('r.type', '=', type!))
      .$if(status !== undefined, (q) => q.where('r.status', '=', status!))
      .$if(placeKey !== undefined, (q) => q.where((eb) => eb.or([eb('r.aId', '=', entityIdOf(placeKey!)), eb('r.bId', '=', entityIdOf(placeKey!))])))
      .orderBy('n', 'desc')
      .orderBy('r.id')
      .execute();
    const listed = (await allPages((limit, offset) => listPlaceRelations('en', filter, { limit, offset, evidenceLimit: 2 }), 13)).flat();
    expect(listed.map((r) => [r.id, r.evidenceCount])).toEqual(expected.map((r) => [r.id, Number(r.n)]));
    expect(await countPlaceRelations(filter)).toBe(expected.length);
    for (const relation of listed.slice(0, 5)) {
      const newest = await sql()
        .selectFrom('RelationEvidence as e')
        .innerJoin('Article as a', 'a.id', 'e.articleId')
        .select('e.sentence')
        .where('e.relationId', '=', relation.id)
        .orderBy('a.publishedOn', 'desc')
        .orderBy('e.id', 'desc')
        .limit(2)
        .execute();
      expect(relation.evidence.map((e) => e.sentence)).toEqual(newest.map((e) => e.sentence));
    }
  });
});

describe('an entity page at scale', () => {
  test('counts, monthly mentions and the article list agree with the mentions', async () => {
    const almaty = await getEntity('almaty', 'en');
    const counts = await sql()
      .selectFrom('Mention')
      .select((eb) => [eb.fn.countAll().as('mentions'), eb.fn.count('articleId').distinct().as('articles')])
      .where('entityId', '=', entityIdOf('almaty'))
      .executeTakeFirstOrThrow();
    const [mentions, articles] = [Number(counts.mentions), Number(counts.articles)];
    expect(almaty).toMatchObject({ mentionCount: mentions, articleCount: articles });

    const months = await sql()
      .selectFrom('Mention as m')
      .innerJoin('Article as a', 'a.id', 'm.articleId')
      .select((eb) => [monthOf(eb.ref('a.publishedOn')).as('month'), eb.fn.countAll().as('count')])
      .where('m.entityId', '=', entityIdOf('almaty'))
      .groupBy((eb) => monthOf(eb.ref('a.publishedOn')))
      .orderBy('month')
      .execute();
    const timeline = await getEntityMentionTimeline('almaty');
    expect(timeline.filter((m) => m.count > 0)).toEqual(months.map(({ month, count }) => ({ month, count: Number(count) })));

    const listed = (await allPages((limit, offset) => listEntityArticles('almaty', limit, offset), 20)).flat();
    const expected = await sql()
      .selectFrom('Article')
      .select('slug')
      .where('id', 'in', sql().selectFrom('Mention').select('articleId').where('entityId', '=', entityIdOf('almaty')))
      .orderBy('publishedOn', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(listed.map((a) => a.slug)).toEqual(expected.map((a) => a.slug));
    expect(listed).toHaveLength(articles);
  });

  test('co-mentioned entities: shared articles counted, most shared first', async () => {
    const expected = await sql()
      .selectFrom('Mention as em')
      .innerJoin('Mention as om', (join) => join.onRef('om.articleId', '=', 'em.articleId').onRef('om.entityId', '<>', 'em.entityId'))
      .innerJoin('Entity as o', 'o.id', 'om.entityId')
      .select((eb) => ['o.key', eb.fn.count('om.articleId').distinct().as('shared')])
      .where('em.entityId', '=', entityIdOf('almaty'))
      .groupBy(['o.id', 'o.key'])
      .orderBy('shared', 'desc')
      .orderBy('o.key')
      .execute();
    const listed = (await allPages((limit, offset) => listCoMentionedEntities('almaty', 'en', limit, offset), 11)).flat();
    expect(listed.map((r) => ({ key: r.key, shared: r.sharedArticles }))).toEqual(expected.map(({ key, shared }) => ({ key, shared: Number(shared) })));
  });

  test('mention volume follows the most-mentioned entities', async () => {
    // Candidates named in one article only are not offered.
    const top = await sql()
      .selectFrom('Mention as m')
      .innerJoin('Entity as e', 'e.id', 'm.entityId')
      .select('e.key')
      .groupBy(['e.id', 'e.key', 'e.known'])
      .having((eb) => eb.or([eb('e.known', '=', true), eb(eb.fn.count('m.articleId').distinct(), '>', 1)]))
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .orderBy('e.id')
      .limit(3)
      .execute();
    const volume = await getMentionVolume('en', 3);
    expect(volume.series.map((s) => s.key)).toEqual(top.map((t) => t.key));
    const total = await database.db.mention.count({ where: { entity: { key: top[0]!.key } } });
    expect(volume.series[0]!.counts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('search, page by page', () => {
  /**
   * Articles in which every word of the query meets a word of the title or body on a shared lemma
   * (each article's words read as its language reads them), newest first: the meaning of a search
   * whose words name no entity, checked word by word over the stored text.
   */
  async function expectedSearch(query: string): Promise<string[]> {
    const articles: { slug: string; title: string | null; body: string; language: Language }[] = await database.db.article.findMany({
      orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
      select: { slug: true, title: true, body: true, language: true },
    });
    const wordsOf = (article: (typeof articles)[number]) => tokenize(`${article.title ?? ''}\n${article.body}`).map((token) => normalizeForMatch(token.text));
    const knownWords = new Set(articles.flatMap(wordsOf));
    const queryWords = parseQuery(query).groups.map((group) => (group[0] as { word: string }).word);
    return articles
      .filter((article) => {
        const forms = wordsOf(article);
        return queryWords.every((word) => {
          const wanted = new Set(lemmasInIndex(word, { knownWords }));
          return forms.some((form) => wanted.has(form) || lemmasOfForm(form, article.language).some((lemma) => wanted.has(lemma)));
        });
      })
      .map((article) => article.slug);
  }

  test.each(['cooperation', 'ынтымақтастығы', 'cooperation delegation', 'сотрудничества'])('%s', async (query) => {
    const expected = await expectedSearch(query);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(COUNT_BOUND);
    const read = (page: number) => searchArticles({ query, filters: {}, sort: 'newest', page, pageSize: 9 }, 'en');
    const first = await read(1);
    expect(first.total).toEqual({ count: expected.length, atLeast: false });
    const slugs: string[] = [];
    for (let page = 1; page <= first.pages; page++) slugs.push(...(await read(page)).hits.map((h) => h.slug));
    expect(slugs).toEqual(expected);
  });
});
