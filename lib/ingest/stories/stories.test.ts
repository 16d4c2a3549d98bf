import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentExtraction } from '@/lib/extract/extract-document';
import { valueBounds } from '@/lib/extract/temporal';
import { LANGUAGES, type EventType, type ExtractedEvent, type Mention } from '@/lib/extract/types';
import { fixtureIdentity } from '@/lib/testing/extraction-fixtures';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { onPostgresServer, testDatabaseKind } from '@/lib/testing/test-database-url';
import { Random } from '@/scripts/bench/corpus/random';
import { persistArticles, removeArticles } from '../persist-article';
import { readGazetteer } from '../read-gazetteer';
import { syncGazetteer } from '../sync-gazetteer';
import { groupStories } from './group-stories';
import { toReport } from './same-happening';
import { storiesNearQuery } from './store-stories';

// Stories are kept by ingestion, story by story, in the transactions that store and remove
// articles. Whatever the sequence, they must equal the stories grouped from scratch over all
// stored events, as the aggregates must equal a recount.

const gazetteer = readGazetteer();

let database: TestDatabase;

beforeEach(async () => {
  database = await freshTestDatabase('stories');
  await syncGazetteer(database.db, gazetteer);
});

afterEach(() => database.dispose());

/** Every event, grouped into stories anew; the stored tables as they should be. */
async function expectedTables() {
  const rows = await database.db.$kysely
    .selectFrom('Event as e')
    .innerJoin('Article as a', 'a.id', 'e.articleId')
    .select(['e.id', 'e.articleId', 'e.type', 'e.value', 'e.startsOn', 'e.endsOn', 'e.status', 'e.first', 'a.publishedOn', 'a.language'])
    .orderBy('e.id')
    .execute();
  const roles = await database.db.$kysely
    .selectFrom('EventEntity as ee')
    .innerJoin('Entity as n', 'n.id', 'ee.entityId')
    .select(['ee.eventId', 'ee.entityId', 'ee.role', 'n.type'])
    .orderBy('ee.eventId')
    .orderBy('ee.entityId')
    .orderBy('ee.role')
    .execute();
  const reports = rows.map((row) =>
    toReport({
      ...row,
      first: Boolean(row.first),
      entities: roles.filter((r) => r.eventId === row.id).map((r) => ({ id: r.entityId, type: r.type, role: r.role })),
    }),
  );
  const stories = groupStories(reports);
  const storyOf = new Map(stories.flatMap((story) => story.eventIds.map((id) => [id, story.id] as const)));
  const ends = new Map<string, number>();
  for (const { endsOn } of stories) if (endsOn) ends.set(endsOn, (ends.get(endsOn) ?? 0) + 1);
  return {
    stories: stories.map(({ eventIds: _e, entityIds: _n, ...story }) => story),
    eventStories: rows.map((row) => ({ id: row.id, storyId: storyOf.get(row.id) ?? null })),
    storyEntities: stories
      .flatMap((s) => s.entityIds.map((entityId) => ({ storyId: s.id, entityId, startsOn: s.startsOn, endsOn: s.endsOn, spanLevel: s.spanLevel })))
      .sort((a, b) => a.storyId - b.storyId || a.entityId - b.entityId),
    endDays: [...ends].map(([day, stories]) => ({ day, stories })).sort((a, b) => a.day.localeCompare(b.day)),
  };
}

async function storedTables() {
  const k = database.db.$kysely;
  const stories = await k
    .selectFrom('Story')
    .select(['id', 'leadEventId', 'type', 'value', 'startsOn', 'endsOn', 'spanLevel', 'status', 'first', 'reportCount', 'languages'])
    .orderBy('id')
    .execute();
  return {
    stories: stories.map((story) => ({ ...story, first: Boolean(story.first) })),
    eventStories: await k.selectFrom('Event').select(['id', 'storyId']).orderBy('id').execute(),
    storyEntities: await k.selectFrom('StoryEntity').select(['storyId', 'entityId', 'startsOn', 'endsOn', 'spanLevel']).orderBy('storyId').orderBy('entityId').execute(),
    endDays: await k.selectFrom('StoryEndDay').select(['day', 'stories']).orderBy('day').execute(),
  };
}

async function expectStoriesExact() {
  expect(await storedTables()).toEqual(await expectedTables());
}

/** The most reports any story has (0 when there is none). */
async function largestStory(): Promise<number> {
  const { _max } = await database.db.story.aggregate({ _max: { reportCount: true } });
  return _max.reportCount ?? 0;
}

/** Each stored event's story. */
async function storyOfEvents(): Promise<Map<number, number | null>> {
  const rows = await database.db.$kysely.selectFrom('Event').select(['id', 'storyId']).execute();
  return new Map(rows.map((row) => [row.id, row.storyId]));
}

/** Whether two events still stored that shared a story before no longer do. */
function brokeUp(before: Map<number, number | null>, after: Map<number, number | null>): boolean {
  const kept = [...before.keys()].filter((id) => after.has(id));
  return kept.some((a) => kept.some((b) => before.get(a) === before.get(b) && after.get(a) !== after.get(b)));
}

const reportCounts = () => database.db.story.findMany({ select: { reportCount: true }, orderBy: { id: 'asc' } });

/**
 * Random extractions that often tell of the same happenings: few entities, types that extraction
 * confuses, dates in ten days of March 2026 (days, short ranges, the month, the year, none).
 */
const PEOPLE = ['kassym-jomart-tokayev', 'gong-zheng'];
const ORGANIZATIONS = ['air-astana', 'consulate-general-kazakhstan-shanghai', 'akimat-almaty'];
const PLACES = ['almaty', 'shanghai', 'urumqi', 'astana', 'xinjiang', 'kazakhstan', 'china'];
const TYPES: EventType[] = ['MEETING', 'VISIT', 'OPENING', 'OTHER', 'FLIGHT_LAUNCH', 'REFERENDUM', 'PLAN'];

function randomDay(random: Random): string {
  return `2026-03-${String(random.int(1, 10)).padStart(2, '0')}`;
}

function randomValue(random: Random, publishedOn: string): string | null {
  const kind = random.int(0, 9);
  if (kind <= 4) return random.chance(0.5) ? publishedOn : randomDay(random);
  if (kind === 5) {
    const start = randomDay(random);
    const end = `2026-03-${String(Number(start.slice(8)) + random.int(1, 3)).padStart(2, '0')}`;
    return `${start}/${end}`;
  }
  if (kind === 6) return '2026-03';
  if (kind === 7) return random.pick(['2026', '2026/2028']);
  return null;
}

function randomExtraction(random: Random): DocumentExtraction {
  const publishedOn = randomDay(random);
  const language = random.pick(LANGUAGES);
  const events: ExtractedEvent[] = Array.from({ length: random.int(0, 3) }, () => {
    const actors = [...new Set(Array.from({ length: random.int(0, 2) }, () => random.pick([...PEOPLE, ...ORGANIZATIONS])))];
    const places = [...new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(PLACES)))];
    const value = randomValue(random, publishedOn);
    return {
      type: random.pick(TYPES),
      value,
      status: random.chance(0.5) ? 'held' : 'planned',
      entities: [...actors, ...places],
      roles: { actors, places, object: null, route: null, carrier: null },
      first: random.chance(0.1),
      evidence: 'A sentence.',
      evidenceIn: 'body',
      evidenceStart: 0,
      evidenceEnd: 11,
    };
  });
  const keys = [...new Set(events.flatMap((event) => event.entities))];
  const mentions: Mention[] = [];
  let body = 'A sentence.';
  for (const key of keys) {
    const entry = gazetteer.byKey.get(key)!;
    body += ' ';
    mentions.push({ text: entry.names.en, start: body.length, end: body.length + entry.names.en.length, entity: { key, type: entry.type, names: entry.names, known: true } });
    body += entry.names.en;
  }
  return {
    article: { title: 'Title', publishedAt: publishedOn, credit: null, body, language },
    mentions,
    titleMentions: [],
    temporal: [],
    events,
    relations: [],
  };
}

/** An article reporting one opening in these places, on this day or undated. */
function openingReport(random: Random) {
  return (value: string | null, places: string[], publishedOn = '2026-03-10'): DocumentExtraction => {
    const base = randomExtraction(random);
    const event: ExtractedEvent = {
      type: 'OPENING',
      value,
      status: 'held',
      entities: places,
      roles: { actors: [], places, object: null, route: null, carrier: null },
      first: false,
      evidence: 'A sentence.',
      evidenceIn: 'body',
      evidenceStart: 0,
      evidenceEnd: 11,
    };
    const mentions = places.map((key, index): Mention => {
      const entry = gazetteer.byKey.get(key)!;
      return { text: 'x', start: index, end: index + 1, entity: { key, type: entry.type, names: entry.names, known: true } };
    });
    return { ...base, article: { ...base.article, publishedAt: publishedOn }, mentions, events: [event] };
  };
}

describe('stories kept by ingestion', () => {
  test.each([1, 2, 3])('equal the stories grouped from scratch after random stores, replacements and removals (seed %i)', async (seed) => {
    const random = new Random(seed);
    const stored = new Set<string>();
    let next = 0;
    let largest = 0;
    let brokenUp = 0;
    for (let step = 0; step < 60; step++) {
      const before = await storyOfEvents();
      const action = stored.size < 4 ? 0 : random.int(0, 9);
      if (action <= 4) {
        // New articles, and some stored ones again with new texts, in one transaction.
        const paths = Array.from({ length: random.int(1, 5) }, () => `a${next++}.txt`);
        if (stored.size > 0 && random.chance(0.5)) paths.push(random.pick([...stored]));
        await persistArticles(
          database.db,
          [...new Set(paths)].map((path) => ({ identity: fixtureIdentity(path, `h${step}`), extraction: randomExtraction(random) })),
        );
        for (const path of paths) stored.add(path);
      } else if (action <= 7) {
        const path = random.pick([...stored]);
        await persistArticles(database.db, [{ identity: fixtureIdentity(path, `h${step}`), extraction: randomExtraction(random) }]);
      } else {
        const paths = [...new Set([random.pick([...stored]), random.pick([...stored])])];
        expect((await removeArticles(database.db, paths)).sort()).toEqual([...paths].sort());
        for (const path of paths) stored.delete(path);
      }
      await expectStoriesExact();
      largest = Math.max(largest, await largestStory());
      if (brokeUp(before, await storyOfEvents())) brokenUp++;
    }
    // Not vacuous: stories of several articles formed, and new, replaced and removed reports broke some up.
    expect(largest).toBeGreaterThanOrEqual(3);
    expect(brokenUp).toBeGreaterThan(0);
  });

  test('replacing the report that joined two others splits the story; removing one leaves the others', async () => {
    const opening = openingReport(new Random(9));
    await persistArticles(database.db, [
      { identity: fixtureIdentity('almaty.txt', '1'), extraction: opening('2026-03-10', ['almaty']) },
      { identity: fixtureIdentity('urumqi.txt', '1'), extraction: opening('2026-03-11', ['urumqi']) },
    ]);
    expect(await reportCounts()).toEqual([{ reportCount: 1 }, { reportCount: 1 }]);
    // A week-long report naming both cities ties them together.
    await persistArticles(database.db, [{ identity: fixtureIdentity('both.txt', '1'), extraction: opening('2026-03-09/2026-03-12', ['almaty', 'urumqi']) }]);
    expect(await reportCounts()).toEqual([{ reportCount: 3 }]);
    await expectStoriesExact();
    // The same file now tells of another day: the story splits back into its two reports.
    await persistArticles(database.db, [{ identity: fixtureIdentity('both.txt', '2'), extraction: opening('2026-03-20', ['almaty', 'urumqi']) }]);
    expect(await reportCounts()).toEqual([{ reportCount: 1 }, { reportCount: 1 }, { reportCount: 1 }]);
    await expectStoriesExact();
    await removeArticles(database.db, ['almaty.txt']);
    expect(await database.db.story.count()).toBe(2);
    await expectStoriesExact();
  });

  test('an undated report whose happening is taken out joins the other one it matches', async () => {
    const opening = openingReport(new Random(10));
    await persistArticles(database.db, [
      { identity: fixtureIdentity('tuesday.txt', '1'), extraction: opening('2026-03-10', ['almaty']) },
      { identity: fixtureIdentity('thursday.txt', '1'), extraction: opening('2026-03-12', ['almaty']) },
      { identity: fixtureIdentity('undated.txt', '1'), extraction: opening(null, ['almaty'], '2026-03-12') },
    ]);
    // Nearest its publication day: Thursday's opening.
    expect(await reportCounts()).toEqual([{ reportCount: 1 }, { reportCount: 2 }]);
    await removeArticles(database.db, ['thursday.txt']);
    expect(await reportCounts()).toEqual([{ reportCount: 2 }]);
    await expectStoriesExact();
  });

  test('valueBounds and the stored window agree for every kind of value', async () => {
    const extraction = randomExtraction(new Random(11));
    await persistArticles(database.db, [{ identity: fixtureIdentity('w.txt', '1'), extraction }]);
    const rows = await database.db.$kysely
      .selectFrom('Event as e')
      .innerJoin('Article as a', 'a.id', 'e.articleId')
      .select(['e.value', 'e.matchFrom', 'e.matchTo', 'a.publishedOn'])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const bounds = row.value ? valueBounds(row.value) : null;
      expect([row.matchFrom, row.matchTo]).toEqual(bounds ? [bounds.start, bounds.end] : [expect.any(String), row.publishedOn]);
    }
  });
});

// The query plan: the index seeks the story search was tuned for, however few rows the tables hold.
describe('the story search', () => {
  test('finds the reports a new event may share a happening with by entity, type and window on an index', async () => {
    await persistArticles(database.db, [{ identity: fixtureIdentity('a.txt', '1'), extraction: randomExtraction(new Random(4)) }]);
    const { sql, parameters } = storiesNearQuery(database.db.$kysely, { articleIds: [1, 2, 3] }).compile();
    if (testDatabaseKind === 'postgres') {
      const plan = await onPostgresServer(async (client) => {
        const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [...parameters]);
        return result.rows.map((row) => row['QUERY PLAN'].trim()).join('\n');
      }, database.url);
      expect(plan).toMatch(/Index (Only )?Scan using "EventEntity_entityId_type_matchFrom_idx" on "EventEntity" ce[^\n]*\n\s*Index Cond: \(\("entityId" = ne\."entityId"\) AND \(type = [^)]+\) AND \("matchFrom" >= /);
      expect(plan).not.toMatch(/Seq Scan on "EventEntity"/);
      return;
    }
    const sqlite = new Sqlite(database.file, { readonly: true });
    const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as { detail: string }[]).map((row) => row.detail);
    sqlite.close();
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH Event USING INDEX Event_articleId_idx \(articleId=\?\)/));
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH ce USING INDEX EventEntity_entityId_type_matchFrom_idx \(entityId=\? AND type=\? AND matchFrom>\? AND matchFrom<\?\)/),
    );
    // Only the constant table of compatible types and the query's own intermediate rows are scanned.
    expect(plan.filter((detail) => detail.startsWith('SCAN')).sort()).toEqual(['SCAN 15 CONSTANT ROWS', 'SCAN k', 'SCAN s']);
  });
});
