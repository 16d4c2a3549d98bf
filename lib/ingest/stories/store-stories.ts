import { EVENT_TYPES, isEntityType, type EventStatus, type EventType, type Language } from '@/lib/domain/vocabulary';
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database, DatabaseTransaction } from '@/lib/db';
import { daysBetween, shiftDays } from '@/lib/database/calendar-days';
import { dialectOf } from '@/lib/database/dialect';
import { crossJoinEach } from '@/lib/database/index-joins';
import { withoutIndex } from '@/lib/database/index-hints';
import { jsonRows } from '@/lib/database/json-rows';
import { concatenated, joinedByCommas } from '@/lib/database/text-list';
import type { Tables } from '@/lib/database/tables';
import { valuesRows } from '@/lib/database/values-list';
import { insertMany } from '../insert-rows';
import { groupStories, type StoryDraft } from './group-stories';
import type { Report, ReportFacts } from './report';
import { compatibleTypes, COUNTRY_SCALE_TYPES, isUndated, PRECISE_SPAN_DAYS, toReport, VAGUE_SHARED_ENTITIES } from './same-happening';

type Tx = DatabaseTransaction;

export interface StoryChange {
  /** Articles whose events have no story yet (stored in this transaction, or before stories existed). */
  seedArticleIds: readonly number[];
  /** Stories that lost events in this transaction (their articles were replaced or removed). */
  staleStoryIds: readonly number[];
}

/**
 * Keeps the stories exact when events come and go, in the transaction that stores them. The
 * stories to rebuild are the stale ones, those holding a report the new events may tell the same
 * happening as, and those an undated report of a stale story may join instead (`storiesNear`:
 * through the entities they name, on an index). No other event can join them: every report of the
 * same happening as one of theirs is already in them, and an undated report's best dated match is
 * in its own story or among the new events. Their events are grouped again and only the stories
 * that changed are rewritten; no other row is read.
 */
export async function updateStories(tx: Tx, { seedArticleIds, staleStoryIds }: StoryChange): Promise<void> {
  if (seedArticleIds.length === 0 && staleStoryIds.length === 0) return;
  const seeds =
    seedArticleIds.length > 0
      ? await loadReports(tx, (eb) => eb.and([eb('e.articleId', 'in', seedArticleIds), eb(withoutIndex(dialectOf(tx.$kysely), eb.ref('e.storyId')), 'is', null)]))
      : [];
  const stale = new Set(staleStoryIds);
  const touched = new Set([...stale, ...(seeds.length > 0 ? await storiesNear(tx, { articleIds: seedArticleIds }) : [])]);
  const staleMembers = stale.size > 0 ? await loadReports(tx, (eb) => eb('e.storyId', 'in', [...stale])) : [];
  // An undated report whose dated match was taken out may join another story's: read those too.
  const loose = staleMembers.filter(isUndated).map((report) => report.id);
  for (const id of loose.length > 0 ? await storiesNear(tx, { eventIds: loose }) : []) touched.add(id);
  const others = [...touched].filter((id) => !stale.has(id));
  const members = [...staleMembers, ...(others.length > 0 ? await loadReports(tx, (eb) => eb('e.storyId', 'in', others)) : [])];
  const storyOf = new Map(members.map((report) => [report.id, report.storyId as number]));
  const stories = groupStories([...seeds, ...members], { storyOf, stale });

  // A story that lost no event and whose id and events are as stored is stored already (its
  // summary follows from its events).
  const storedEvents = new Map<number, number[]>();
  for (const { id, storyId } of members) {
    if (storyId === null) continue;
    const ids = storedEvents.get(storyId) ?? [];
    ids.push(id);
    storedEvents.set(storyId, ids);
  }
  const unchanged = (story: StoryDraft) => !stale.has(story.id) && sameIds(storedEvents.get(story.id), story.eventIds);
  const changed = stories.filter((story) => !unchanged(story));
  const kept = new Set(stories.filter(unchanged).map((story) => story.id));

  await removeStories(tx, [...touched].filter((id) => !kept.has(id)));
  await insertStories(tx, changed);
  await setStoryIds(
    tx,
    changed.flatMap((story) => story.eventIds.filter((id) => storyOf.get(id) !== story.id).map((id) => [id, story.id] as const)),
  );
  await insertStoryEntities(tx, changed);
}

function sameIds(stored: readonly number[] | undefined, ids: readonly number[]): boolean {
  if (!stored || stored.length !== ids.length) return false;
  const sorted = [...stored].sort((a, b) => a - b);
  return sorted.every((id, index) => id === ids[index]);
}

/**
 * Events never grouped into a story (stored before stories existed) get theirs, some articles at
 * a time, each in its own transaction. Every ingestion ends with it; returns the articles done.
 */
export async function groupUnstoriedEvents(db: Database, articlesPerTransaction = 250): Promise<number> {
  let done = 0;
  for (;;) {
    const articles = await db.$transaction(
      async (tx) => {
        const rows = await tx.$kysely
          .selectFrom('Event')
          .select('articleId')
          .distinct()
          .where('storyId', 'is', null)
          .limit(articlesPerTransaction)
          .execute();
        await updateStories(tx, { seedArticleIds: rows.map((row) => row.articleId), staleStoryIds: [] });
        return rows.length;
      },
      { timeout: 120_000 },
    );
    done += articles;
    if (articles < articlesPerTransaction) return done;
  }
}

interface StoredReport extends Report {
  storyId: number | null;
}

interface ReportRow {
  id: number;
  articleId: number;
  type: EventType;
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  status: EventStatus;
  first: number | boolean;
  storyId: number | null;
  publishedOn: string;
  language: Language;
  entities: string | null;
}

type ReportTables = Tables & { e: Tables['Event']; a: Tables['Article'] };

/** Reports with their entities (`id:type:role` joined by commas, read in the same statement). */
async function loadReports(tx: Tx, where: (eb: ExpressionBuilder<ReportTables, 'e' | 'a'>) => Expression<SqlBool>): Promise<StoredReport[]> {
  const dialect = dialectOf(tx.$kysely);
  const rows: ReportRow[] = await tx.$kysely
    .selectFrom('Event as e')
    .innerJoin('Article as a', 'a.id', 'e.articleId')
    .select((eb) => [
      ...(['e.id', 'e.articleId', 'e.type', 'e.value', 'e.startsOn', 'e.endsOn', 'e.status', 'e.first', 'e.storyId'] as const),
      ...(['a.publishedOn', 'a.language'] as const),
      eb
        .selectFrom('EventEntity as ee')
        .innerJoin('Entity as n', 'n.id', 'ee.entityId')
        .select((eb) => joinedByCommas(dialect, concatenated(dialect, [eb.ref('ee.entityId'), eb.val(':'), eb.ref('n.type'), eb.val(':'), eb.ref('ee.role')])).as('entities'))
        .whereRef('ee.eventId', '=', 'e.id')
        .as('entities'),
    ])
    .where(where)
    .execute();
  return rows.map((row) => ({ ...toReport(factsOf(row)), storyId: row.storyId }));
}

function factsOf(row: ReportRow): ReportFacts {
  const entities = (row.entities ?? '')
    .split(',')
    .filter(Boolean)
    .flatMap((item) => {
      const [id, type, role] = item.split(':');
      return type && isEntityType(type) ? [{ id: Number(id), type, role: role ?? 'other' }] : [];
    });
  return {
    id: row.id,
    articleId: row.articleId,
    type: row.type,
    value: row.value,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    first: Boolean(row.first),
    publishedOn: row.publishedOn,
    language: row.language,
    entities,
  };
}

/** Each event type beside every type a report of it may share a story with. */
const COMPATIBLE_PAIRS = EVENT_TYPES.flatMap((type) => compatibleTypes(type).map((other) => [type, other] as const));

/**
 * Stories holding a report the seeds may tell the same happening as: of a compatible type, for a
 * precise or undated seed with a window overlapping its own (precise windows are at most
 * PRECISE_SPAN_DAYS long, so they start at most that long before it), for a vague seed of the same
 * period, and sharing the entities `sameHappening` asks for (a city, region or organisation, or two
 * people; two of any kind for a vague period; a country only for a happening of a whole country).
 * Necessary conditions only, so a superset of what it accepts. Each seed's entities lead to the
 * reports naming them of a compatible type in its window: one range of the EventEntity (entityId,
 * type, matchFrom) index per entity and type.
 */
async function storiesNear(tx: Tx, seeds: StorySeeds): Promise<number[]> {
  const rows = await storiesNearQuery(tx.$kysely, seeds).execute();
  return rows.map((row) => row.storyId);
}

/** The events to find stories near: those of these articles without a story yet, or these events. */
export type StorySeeds = { articleIds: readonly number[] } | { eventIds: readonly number[] };

/**
 * The joins are CROSS JOINs in the order written, their conditions in WHERE: SQLite keeps that
 * order (seed events, their entities, compatible types, then one index range per entity and type).
 */
export function storiesNearQuery(kysely: Kysely<Tables>, seeds: StorySeeds) {
  const countryScale = [...COUNTRY_SCALE_TYPES];
  const dialect = dialectOf(kysely);
  return kysely
    .with('k(type, other)', () => valuesRows<{ type: EventType; other: EventType }>(dialect, COMPATIBLE_PAIRS, [{ enum: 'EventType' }, { enum: 'EventType' }]))
    .with('shared', (db) =>
      db
        .selectFrom((db) =>
          db
            .selectFrom('Event')
            .select((eb) => [
              ...(['id', 'type', 'matchFrom', 'matchTo'] as const),
              eb(daysBetween(dialect, eb.ref('matchFrom'), eb.ref('matchTo')), '<=', PRECISE_SPAN_DAYS).as('precise'),
            ])
            .where((eb) =>
              'eventIds' in seeds
                ? eb('id', 'in', seeds.eventIds)
                : eb.and([eb('articleId', 'in', seeds.articleIds), eb(withoutIndex(dialect, eb.ref('storyId')), 'is', null)]),
            )
            .as('n'),
        )
        .crossJoin('EventEntity as ne')
        .crossJoin('Entity as x')
        .crossJoin('k')
        .whereRef('ne.eventId', '=', 'n.id')
        .whereRef('x.id', '=', 'ne.entityId')
        .whereRef('k.type', '=', 'n.type')
        .$call((query) =>
          crossJoinEach(dialect, query, 'EventEntity', 'ce', (eb) => {
            const precise = eb.ref('n.precise');
            return eb.and([
              eb('ce.entityId', '=', eb.ref('ne.entityId')),
              eb('ce.type', '=', eb.ref('k.other')),
              eb.between(
                'ce.matchFrom',
                eb.case().when(precise).then(shiftDays(dialect, eb.ref('n.matchFrom'), -PRECISE_SPAN_DAYS)).else(eb.ref('n.matchFrom')).end(),
                eb.case().when(precise).then(eb.ref('n.matchTo')).else(eb.ref('n.matchFrom')).end(),
              ),
              eb('ce.matchTo', '>=', eb.ref('n.matchFrom')),
              eb.or([precise, eb('ce.matchTo', '=', eb.ref('n.matchTo'))]),
            ]);
          }),
        )
        .select((eb) => [
          'n.id as seedId',
          'ce.eventId as candidateId',
          'n.precise',
          eb.fn.count<number>(eb.case().when('x.type', '<>', 'PERSON').then(eb.ref('x.id')).end()).distinct().as('sites'),
          eb.fn.count<number>(eb.case().when('x.type', '=', 'PERSON').then(eb.ref('x.id')).end()).distinct().as('people'),
        ])
        .where((eb) => eb.or([eb('x.type', '<>', 'COUNTRY'), eb.and([eb('n.type', 'in', countryScale), eb('k.other', 'in', countryScale)])]))
        .groupBy(['n.id', 'n.precise', 'ce.eventId']),
    )
    .selectFrom('shared as s')
    .innerJoin('Event as c', 'c.id', 's.candidateId')
    .select('c.storyId')
    .distinct()
    .where('c.storyId', 'is not', null)
    .where((eb) =>
      eb
        .case()
        .when(eb.ref('s.precise'))
        .then(eb.or([eb('s.sites', '>=', 1), eb('s.people', '>=', 2)]))
        .else(eb(eb('s.sites', '+', eb.ref('s.people')), '>=', VAGUE_SHARED_ENTITIES))
        .end(),
    )
    .$narrowType<{ storyId: number }>();
}

/** Takes the stories out with their per-day counts; their events are assigned again by the caller. */
async function removeStories(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const k = tx.$kysely;
  await k
    .insertInto('StoryEndDay')
    .columns(['day', 'stories'])
    .expression(
      k
        .selectFrom('Story')
        .select((eb) => ['endsOn', eb.neg(eb.fn.countAll<number>()).as('stories')])
        .where('id', 'in', ids)
        .where('endsOn', 'is not', null)
        .groupBy('endsOn'),
    )
    .onConflict((oc) => oc.column('day').doUpdateSet((eb) => ({ stories: eb('StoryEndDay.stories', '+', eb.ref('excluded.stories')) })))
    .execute();
  await k
    .deleteFrom('StoryEndDay')
    .where('stories', '<=', 0)
    .where('day', 'in', k.selectFrom('Story').select('endsOn').where('id', 'in', ids).$narrowType<{ endsOn: string }>())
    .execute();
  await k.deleteFrom('StoryEntity').where('storyId', 'in', ids).execute();
  await k.deleteFrom('Story').where('id', 'in', ids).execute();
}

async function insertStories(tx: Tx, stories: readonly StoryDraft[]): Promise<void> {
  await insertMany(
    tx,
    'Story',
    stories.map((s) => ({
      id: s.id,
      leadEventId: s.leadEventId,
      type: s.type,
      value: s.value,
      startsOn: s.startsOn,
      endsOn: s.endsOn,
      spanLevel: s.spanLevel,
      status: s.status,
      first: Boolean(s.first),
      reportCount: s.reportCount,
      languages: s.languages,
    })),
  );
  const ends = new Map<string, number>();
  for (const { endsOn } of stories) if (endsOn) ends.set(endsOn, (ends.get(endsOn) ?? 0) + 1);
  if (ends.size === 0) return;
  await tx.$kysely
    .insertInto('StoryEndDay')
    .values([...ends].map(([day, stories]) => ({ day, stories })))
    .onConflict((oc) => oc.column('day').doUpdateSet((eb) => ({ stories: eb('StoryEndDay.stories', '+', eb.ref('excluded.stories')) })))
    .execute();
}

/**
 * Every entity the reports of these stories name, with the story's dates: read from the events'
 * roles once the events point at their stories, rather than sent as values.
 */
async function insertStoryEntities(tx: Tx, stories: readonly StoryDraft[]): Promise<void> {
  if (stories.length === 0) return;
  const k = tx.$kysely;
  await k
    .insertInto('StoryEntity')
    .columns(['storyId', 'entityId', 'startsOn', 'endsOn', 'spanLevel'])
    .expression(
      k
        .selectFrom('Story as s')
        .innerJoin('Event as e', 'e.storyId', 's.id')
        .innerJoin('EventEntity as ee', 'ee.eventId', 'e.id')
        .select(['s.id', 'ee.entityId', 's.startsOn', 's.endsOn', 's.spanLevel'])
        .distinct()
        .where('s.id', 'in', stories.map((story) => story.id)),
    )
    .execute();
}

/** Points each event at its story: one UPDATE joined to the (event, story) pairs. */
async function setStoryIds(tx: Tx, assignments: readonly (readonly [number, number])[]): Promise<void> {
  if (assignments.length === 0) return;
  await tx.$kysely
    .updateTable('Event')
    .from(
      jsonRows<{ eventId: number; storyId: number }, 'v'>(
        dialectOf(tx.$kysely),
        [
          { name: 'eventId', type: 'integer' },
          { name: 'storyId', type: 'integer' },
        ],
        assignments,
        'v',
      ),
    )
    .set((eb) => ({ storyId: eb.ref('v.storyId') }))
    .whereRef('Event.id', '=', 'v.eventId')
    .execute();
}
