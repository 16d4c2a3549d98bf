import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, EventRole, EventStatus, EventType, EvidencePlace, Language } from '@/lib/domain/vocabulary';
import { Prisma } from '@/lib/generated/prisma/client';
import { toEventDto, type EventDto, type EventRow } from './events';

/** Which reports (events, one per article that tells of a happening) a list or an export holds. */
export interface EventListFilter {
  type?: EventType;
  status?: EventStatus;
  /** Events involving this entity (by key). */
  entityKey?: string;
  /** Events whose date overlaps [from, to] (`YYYY-MM-DD`); an undated event overlaps nothing. */
  from?: string;
  to?: string;
}

function whereOf(filter: EventListFilter, afterId: number | null): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`1`];
  if (filter.type) conditions.push(Prisma.sql`e."type" = ${filter.type}`);
  if (filter.status) conditions.push(Prisma.sql`e."status" = ${filter.status}`);
  if (filter.entityKey) {
    conditions.push(Prisma.sql`e."id" IN (SELECT "eventId" FROM "EventEntity" WHERE "entityId" = (SELECT "id" FROM "Entity" WHERE "key" = ${filter.entityKey}))`);
  }
  if (filter.from) conditions.push(Prisma.sql`e."endsOn" >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`e."startsOn" <= ${filter.to}`);
  if (afterId !== null) conditions.push(Prisma.sql`e."id" > ${afterId}`);
  return Prisma.join(conditions, ' AND ');
}

/** One event as the statement gives it: its columns, its article's, and its roles as cells. */
type EventCells = [
  id: number,
  storyId: number | null,
  type: EventType,
  value: string | null,
  startsOn: string | null,
  endsOn: string | null,
  status: EventStatus,
  first: number,
  evidence: string,
  evidenceIn: EvidencePlace,
  slug: string,
  title: string | null,
  publishedOn: string,
  language: Language,
  source: string | null,
  entities: EntityCell[],
];

type EntityCell = [role: EventRole, position: number, entityId: number, key: string, type: EntityType, nameKk: string, nameRu: string, nameEn: string];

function toEventRow(cells: EventCells): EventRow {
  const [id, storyId, type, value, startsOn, endsOn, status, first, evidence, evidenceIn, slug, title, publishedOn, language, source, entities] = cells;
  return {
    id,
    storyId,
    type,
    value,
    startsOn,
    endsOn,
    status,
    first: Boolean(first),
    evidence,
    evidenceIn,
    article: { slug, title, publishedOn, language, source: source === null ? null : { name: source } },
    entities: [...entities]
      .sort((a, b) => a[1] - b[1] || a[2] - b[2])
      .map(([role, position, , key, entityType, nameKk, nameRu, nameEn]) => ({ role, position, entity: { key, type: entityType, nameKk, nameRu, nameEn } })),
  };
}

/**
 * A page of events in the order they were stored (by id), starting after the event `afterId` (a
 * keyset page). One statement per page returning one JSON value (each event's roles gathered in
 * it): the exports read every event this way, and through the driver each column of each row
 * cost more than SQLite's work (a statement per relation, as a nested read makes, more still).
 */
export async function listEventsAfter(locale: AppLocale, filter: EventListFilter, afterId: number | null, limit: number): Promise<EventDto[]> {
  const [row] = await db.$queryRaw<{ events: string | null }[]>`
    SELECT json_group_array(json_array(e."id", e."storyId", e."type", e."value", e."startsOn", e."endsOn", e."status", e."first", e."evidence",
      e."evidenceIn", a."slug", a."title", a."publishedOn", a."language", s."name",
      json((SELECT json_group_array(json_array(x."role", x."position", n."id", n."key", n."type", n."nameKk", n."nameRu", n."nameEn"))
        FROM "EventEntity" x JOIN "Entity" n ON n."id" = x."entityId" WHERE x."eventId" = e."id")))) AS "events"
    FROM (SELECT * FROM "Event" e WHERE ${whereOf(filter, afterId)} ORDER BY e."id" LIMIT ${limit}) e
    JOIN "Article" a ON a."id" = e."articleId" LEFT JOIN "Source" s ON s."id" = a."sourceId"`;
  const events = (JSON.parse(row?.events ?? '[]') as EventCells[]).sort((a, b) => a[0] - b[0]);
  return events.map((cells) => toEventDto(locale, toEventRow(cells)));
}

/** Every matching event, a batch at a time (constant memory however many there are). */
export async function* streamEvents(locale: AppLocale, filter: EventListFilter, batch = 1_000): AsyncGenerator<EventDto[]> {
  let after: number | null = null;
  for (;;) {
    const page = await listEventsAfter(locale, filter, after, batch);
    if (page.length > 0) yield page;
    if (page.length < batch) return;
    after = page[page.length - 1]!.id;
  }
}
