import { EVENT_TYPES, type EntityType, type EventStatus, type EventType, type Language } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Database, DatabaseTransaction } from '@/lib/db';
import { insertRows } from '../insert-rows';
import { groupStories, type StoryDraft } from './group-stories';
import type { Report, ReportFacts } from './report';
import { compatibleTypes, COUNTRY_SCALE_TYPES, PRECISE_SPAN_DAYS, toReport, VAGUE_SHARED_ENTITIES } from './same-happening';

type Tx = DatabaseTransaction;

export interface StoryChange {
  /** Articles whose events have no story yet (stored in this transaction, or before stories existed). */
  seedArticleIds: readonly number[];
  /** Stories that lost events in this transaction (their articles were replaced or removed). */
  staleStoryIds: readonly number[];
}

/**
 * Keeps the stories exact when events come and go, in the transaction that stores them. The
 * stories to rebuild are the stale ones and those holding a report the new events may tell the
 * same happening as (`storiesNear`: through the entities they name, on an index). A story is a
 * connected component, so no other event can join them: every report of the same happening as one
 * of theirs is already in them. Their events are grouped again and only the stories that changed
 * are rewritten; no other row is read.
 */
export async function updateStories(tx: Tx, { seedArticleIds, staleStoryIds }: StoryChange): Promise<void> {
  if (seedArticleIds.length === 0 && staleStoryIds.length === 0) return;
  const seeds =
    seedArticleIds.length > 0 ? await loadReports(tx, Prisma.sql`e."articleId" IN (${Prisma.join(seedArticleIds)}) AND +e."storyId" IS NULL`) : [];
  const touched = new Set([...staleStoryIds, ...(seeds.length > 0 ? await storiesNear(tx, seedArticleIds) : [])]);
  const members = touched.size > 0 ? await loadReports(tx, Prisma.sql`e."storyId" IN (${Prisma.join([...touched])})`) : [];
  const stories = groupStories([...seeds, ...members]);

  // A story that lost no event and whose id and events are as stored is stored already (its
  // summary follows from its events).
  const stale = new Set(staleStoryIds);
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
  const storyOf = new Map([...seeds, ...members].map((report) => [report.id, report.storyId]));
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
        const rows = await tx.$queryRaw<{ articleId: number }[]>`
          SELECT DISTINCT "articleId" FROM "Event" WHERE "storyId" IS NULL LIMIT ${articlesPerTransaction}`;
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
  type: string;
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  first: number | boolean;
  storyId: number | null;
  publishedOn: string;
  language: string;
  entities: string | null;
}

/** Reports with their entities (`id:type:role` joined by commas, read in the same statement). */
async function loadReports(tx: Tx, where: Prisma.Sql): Promise<StoredReport[]> {
  const rows = await tx.$queryRaw<ReportRow[]>`
    SELECT e."id", e."articleId", e."type", e."value", e."startsOn", e."endsOn", e."status", e."first", e."storyId",
           a."publishedOn", a."language",
           (SELECT group_concat(ee."entityId" || ':' || n."type" || ':' || ee."role")
            FROM "EventEntity" ee JOIN "Entity" n ON n."id" = ee."entityId" WHERE ee."eventId" = e."id") AS "entities"
    FROM "Event" e JOIN "Article" a ON a."id" = e."articleId"
    WHERE ${where}`;
  return rows.map((row) => ({ ...toReport(factsOf(row)), storyId: row.storyId }));
}

function factsOf(row: ReportRow): ReportFacts {
  const entities = (row.entities ?? '')
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const [id, type, role] = item.split(':');
      return { id: Number(id), type: type as EntityType, role: role ?? 'other' };
    });
  return {
    id: row.id,
    articleId: row.articleId,
    type: row.type as EventType,
    value: row.value,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status as EventStatus,
    first: Boolean(row.first),
    publishedOn: row.publishedOn,
    language: row.language as Language,
    entities,
  };
}

/** Each event type beside every type a report of it may share a story with. */
const COMPATIBLE_PAIRS = Prisma.join(
  EVENT_TYPES.flatMap((type) => compatibleTypes(type).map((other) => Prisma.sql`(${type}, ${other})`)),
);

/**
 * Stories holding a report the seeds (events of these articles without a story) may tell the same
 * happening as: of a compatible type, for a precise or undated seed with a window overlapping its
 * own (precise windows are at most PRECISE_SPAN_DAYS long, so they start at most that long before
 * it), for a vague seed of the same period, and sharing the entities `sameHappening` asks for (a
 * city, region or organisation, or two people; two of any kind for a vague period; a country only
 * for a happening of a whole country). Necessary conditions only, so a superset of what it
 * accepts. Each seed's entities lead to the reports naming them of a compatible type in its window:
 * one range of the EventEntity (entityId, type, matchFrom) index per entity and type.
 */
async function storiesNear(tx: Tx, seedArticleIds: readonly number[]): Promise<number[]> {
  const rows = await tx.$queryRaw<{ storyId: number }[]>(storiesNearQuery(seedArticleIds));
  return rows.map((row) => row.storyId);
}

export function storiesNearQuery(seedArticleIds: readonly number[]): Prisma.Sql {
  const countryScale = Prisma.join([...COUNTRY_SCALE_TYPES]);
  return Prisma.sql`
    WITH k("type", "other") AS (VALUES ${COMPATIBLE_PAIRS}),
    shared AS (
      SELECT n."id" AS "seedId", ce."eventId" AS "candidateId", n."precise",
             COUNT(DISTINCT CASE WHEN x."type" <> 'PERSON' THEN x."id" END) AS "sites",
             COUNT(DISTINCT CASE WHEN x."type" = 'PERSON' THEN x."id" END) AS "people"
      FROM (SELECT "id", "type", "matchFrom", "matchTo", julianday("matchTo") - julianday("matchFrom") <= ${PRECISE_SPAN_DAYS} AS "precise"
            FROM "Event" WHERE "articleId" IN (${Prisma.join(seedArticleIds)}) AND +"storyId" IS NULL) n
      CROSS JOIN "EventEntity" ne ON ne."eventId" = n."id"
      CROSS JOIN "Entity" x ON x."id" = ne."entityId"
      CROSS JOIN k ON k."type" = n."type"
      CROSS JOIN "EventEntity" ce ON ce."entityId" = ne."entityId" AND ce."type" = k."other"
        AND ce."matchFrom" BETWEEN (CASE WHEN n."precise" THEN date(n."matchFrom", ${`-${PRECISE_SPAN_DAYS} days`}) ELSE n."matchFrom" END)
                               AND (CASE WHEN n."precise" THEN n."matchTo" ELSE n."matchFrom" END)
        AND ce."matchTo" >= n."matchFrom"
        AND (n."precise" OR ce."matchTo" = n."matchTo")
      WHERE x."type" <> 'COUNTRY' OR (n."type" IN (${countryScale}) AND k."other" IN (${countryScale}))
      GROUP BY n."id", ce."eventId"
    )
    SELECT DISTINCT c."storyId" FROM shared s JOIN "Event" c ON c."id" = s."candidateId"
    WHERE c."storyId" IS NOT NULL
      AND CASE WHEN s."precise" THEN s."sites" >= 1 OR s."people" >= 2 ELSE s."sites" + s."people" >= ${VAGUE_SHARED_ENTITIES} END`;
}

/** Takes the stories out with their per-day counts; their events are assigned again by the caller. */
async function removeStories(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const list = Prisma.join(ids);
  await tx.$executeRaw`
    INSERT INTO "StoryEndDay" ("day", "stories")
    SELECT "endsOn", -COUNT(*) FROM "Story" WHERE "id" IN (${list}) AND "endsOn" IS NOT NULL GROUP BY "endsOn"
    ON CONFLICT ("day") DO UPDATE SET "stories" = "stories" + excluded."stories"`;
  await tx.$executeRaw`DELETE FROM "StoryEndDay" WHERE "stories" <= 0 AND "day" IN (SELECT "endsOn" FROM "Story" WHERE "id" IN (${list}))`;
  await tx.$executeRaw`DELETE FROM "StoryEntity" WHERE "storyId" IN (${list})`;
  await tx.$executeRaw`DELETE FROM "Story" WHERE "id" IN (${list})`;
}

async function insertStories(tx: Tx, stories: readonly StoryDraft[]): Promise<void> {
  await insertRows(
    tx,
    'Story',
    ['id', 'leadEventId', 'type', 'value', 'startsOn', 'endsOn', 'spanLevel', 'status', 'first', 'reportCount', 'languages'],
    stories.map((s) => [s.id, s.leadEventId, s.type, s.value, s.startsOn, s.endsOn, s.spanLevel, s.status, s.first ? 1 : 0, s.reportCount, s.languages]),
  );
  const ends = new Map<string, number>();
  for (const { endsOn } of stories) if (endsOn) ends.set(endsOn, (ends.get(endsOn) ?? 0) + 1);
  if (ends.size === 0) return;
  const rows = [...ends].map(([day, count]) => Prisma.sql`(${day}, ${count})`);
  await tx.$executeRaw`
    INSERT INTO "StoryEndDay" ("day", "stories") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("day") DO UPDATE SET "stories" = "stories" + excluded."stories"`;
}

/**
 * Every entity the reports of these stories name, with the story's dates: read from the events'
 * roles once the events point at their stories, rather than sent as values.
 */
async function insertStoryEntities(tx: Tx, stories: readonly StoryDraft[]): Promise<void> {
  if (stories.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "StoryEntity" ("storyId", "entityId", "startsOn", "endsOn", "spanLevel")
    SELECT DISTINCT s."id", ee."entityId", s."startsOn", s."endsOn", s."spanLevel"
    FROM "Story" s JOIN "Event" e ON e."storyId" = s."id" JOIN "EventEntity" ee ON ee."eventId" = e."id"
    WHERE s."id" IN (${Prisma.join(stories.map((story) => story.id))})`;
}

async function setStoryIds(tx: Tx, assignments: readonly (readonly [number, number])[]): Promise<void> {
  if (assignments.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Event" SET "storyId" = v."storyId"
    FROM (SELECT j.value ->> '$[0]' AS "eventId", j.value ->> '$[1]' AS "storyId" FROM json_each(${JSON.stringify(assignments)}) j) AS v
    WHERE "Event"."id" = v."eventId"`;
}
