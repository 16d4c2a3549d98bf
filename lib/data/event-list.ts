import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EventStatus, EventType } from '@/lib/extract/types';
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

interface EventListRow {
  id: number;
  storyId: number | null;
  type: string;
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  first: number | boolean;
  evidence: string;
  evidenceIn: string;
  slug: string;
  title: string | null;
  publishedOn: string;
  language: string;
  source: string | null;
  /** JSON: [role, position, entityId, key, type, nameKk, nameRu, nameEn][] */
  entities: string | null;
}

type EntityCell = [role: string, position: number, entityId: number, key: string, type: string, nameKk: string, nameRu: string, nameEn: string];

/**
 * A page of events in the order they were stored (by id), starting after the event `afterId` (a
 * keyset page). One statement per page, each event's roles gathered as JSON: the exports read
 * every event this way, and a statement per relation of each event cost more than the rows.
 */
export async function listEventsAfter(locale: AppLocale, filter: EventListFilter, afterId: number | null, limit: number): Promise<EventDto[]> {
  const rows = await db.$queryRaw<EventListRow[]>`
    SELECT e."id", e."storyId", e."type", e."value", e."startsOn", e."endsOn", e."status", e."first", e."evidence", e."evidenceIn",
      a."slug", a."title", a."publishedOn", a."language", s."name" AS "source",
      (SELECT json_group_array(json_array(x."role", x."position", n."id", n."key", n."type", n."nameKk", n."nameRu", n."nameEn"))
        FROM "EventEntity" x JOIN "Entity" n ON n."id" = x."entityId" WHERE x."eventId" = e."id") AS "entities"
    FROM "Event" e JOIN "Article" a ON a."id" = e."articleId" LEFT JOIN "Source" s ON s."id" = a."sourceId"
    WHERE ${whereOf(filter, afterId)}
    ORDER BY e."id" LIMIT ${limit}`;
  return rows.map((row) => {
    const cells = (JSON.parse(row.entities ?? '[]') as EntityCell[]).sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    const eventRow: EventRow = {
      id: Number(row.id),
      storyId: row.storyId === null ? null : Number(row.storyId),
      type: row.type,
      value: row.value,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status: row.status,
      first: Boolean(row.first),
      evidence: row.evidence,
      evidenceIn: row.evidenceIn,
      article: { slug: row.slug, title: row.title, publishedOn: row.publishedOn, language: row.language, source: row.source === null ? null : { name: row.source } },
      entities: cells.map(([role, position, , key, type, nameKk, nameRu, nameEn]) => ({ role, position, entity: { key, type, nameKk, nameRu, nameEn } })),
    };
    return toEventDto(locale, eventRow);
  });
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
