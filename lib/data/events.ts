import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, EventStatus, EventType, Language } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { OFFERED_ENTITIES } from './entity-options';
import { nameIn } from './localize';

export interface EventEntityDto {
  key: string;
  type: EntityType;
  name: string;
}

export interface EventDto {
  id: number;
  type: EventType;
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  status: EventStatus;
  evidence: string;
  article: { slug: string; title: string | null; publishedOn: string; language: Language };
  entities: EventEntityDto[];
}

export interface EventFilter {
  type?: EventType;
  entityKey?: string;
  /** Events that overlap [from, to] (`YYYY-MM-DD`). */
  from?: string;
  to?: string;
  articleSlug?: string;
}

const eventSelect = {
  id: true,
  type: true,
  value: true,
  startsOn: true,
  endsOn: true,
  status: true,
  evidence: true,
  article: { select: { slug: true, title: true, publishedOn: true, language: true } },
  entities: {
    select: { entity: { select: { key: true, type: true, nameKk: true, nameRu: true, nameEn: true } } },
  },
} as const satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

function toDto(locale: AppLocale, row: EventRow): EventDto {
  return {
    id: row.id,
    type: row.type as EventType,
    value: row.value,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status as EventStatus,
    evidence: row.evidence,
    article: { ...row.article, language: row.article.language as Language },
    entities: row.entities.map(({ entity }) => ({
      key: entity.key,
      type: entity.type as EntityType,
      name: nameIn(locale, entity),
    })),
  };
}

/** One stretch of the chronological order: its events all sort after those of the stretches before it. */
interface Stretch {
  where: Prisma.Sql;
  order: Prisma.Sql;
  /** The same events split by span level (each part a range of a level's index, in date order). */
  byLevel?: Prisma.Sql[];
}

/**
 * Where the dates are read from: the events themselves, or, for one entity's events, the copies in
 * EventEntity, so that entity's events in date order are one range of its (entityId, startsOn) index.
 */
interface DateSource {
  from: Prisma.Sql;
  id: Prisma.Sql;
  /** Alias of the table holding startsOn, endsOn and spanLevel. */
  dates: Prisma.Sql;
  conditions: Prisma.Sql[];
}

function dateSourceOf(filter: EventFilter): DateSource {
  const conditions: Prisma.Sql[] = [];
  if (filter.type) conditions.push(Prisma.sql`e."type" = ${filter.type}`);
  if (filter.articleSlug) conditions.push(Prisma.sql`e."articleId" = (SELECT "id" FROM "Article" WHERE "slug" = ${filter.articleSlug})`);
  if (!filter.entityKey) return { from: Prisma.sql`"Event" e`, id: Prisma.sql`e."id"`, dates: Prisma.raw('e'), conditions };
  return {
    // The join only when a condition needs the event row: a count of one entity's events then reads its index alone.
    from: conditions.length > 0 ? Prisma.sql`"EventEntity" t JOIN "Event" e ON e."id" = t."eventId"` : Prisma.sql`"EventEntity" t`,
    id: Prisma.sql`t."eventId"`,
    dates: Prisma.raw('t'),
    conditions: [Prisma.sql`t."entityId" = (SELECT "id" FROM "Entity" WHERE "key" = ${filter.entityKey})`, ...conditions],
  };
}

function shiftDays(isoDate: string, days: number): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return ms < Date.parse('0001-01-01T00:00:00Z') ? '0000-01-01' : new Date(ms).toISOString().slice(0, 10);
}

/**
 * The matching events as stretches of the order (start date, then id; undated last), each read
 * along an index. With a period, the events that overlap it are those starting inside it, plus
 * those starting before it that last into it: an event of span level L starts at most 2^L days
 * before the period, so each level is one short index range (Event.spanLevel).
 */
async function stretchesOf(source: DateSource, filter: EventFilter): Promise<Stretch[]> {
  const t = source.dates;
  const byDate = Prisma.sql`${t}."startsOn", ${source.id}`;
  const where = (...conditions: Prisma.Sql[]) => Prisma.join([...source.conditions, ...conditions, Prisma.sql`1`], ' AND ');
  const to = filter.to ? [Prisma.sql`${t}."startsOn" <= ${filter.to}`] : [];
  if (!filter.from) {
    const dated: Stretch = { where: where(Prisma.sql`${t}."startsOn" IS NOT NULL`, ...to), order: byDate };
    return filter.to ? [dated] : [dated, { where: where(Prisma.sql`${t}."startsOn" IS NULL`), order: source.id }];
  }
  const [top] = await db.$queryRaw<{ level: number | bigint | null }[]>`SELECT MAX("spanLevel") AS level FROM "Event"`;
  const levels = Array.from({ length: Number(top?.level ?? 0) + 1 }, (_, level) => level);
  const ofLevel = levels.map((level) => Prisma.sql`(${t}."spanLevel" = ${level} AND ${t}."startsOn" >= ${shiftDays(filter.from!, -(2 ** level))})`);
  const lasting = [Prisma.sql`${t}."startsOn" < ${filter.from}`, Prisma.sql`${t}."endsOn" >= ${filter.from}`, ...to];
  return [
    {
      where: where(Prisma.sql`(${Prisma.join(ofLevel, ' OR ')})`, ...lasting),
      order: byDate,
      byLevel: ofLevel.map((level) => where(level, ...lasting)),
    },
    { where: where(Prisma.sql`${t}."startsOn" >= ${filter.from}`, ...to), order: byDate },
  ];
}

async function countWhere(source: DateSource, where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM ${source.from} WHERE ${where}`;
  return Number(row?.n ?? 0);
}

/** Ids of a page of the matching events, in order: stretch after stretch, counting one only when the page starts past it. */
async function pageOfIds(filter: EventFilter, limit: number, offset: number): Promise<number[]> {
  const source = dateSourceOf(filter);
  const ids: number[] = [];
  let skip = offset;
  for (const { where, order, byLevel } of await stretchesOf(source, filter)) {
    const wanted = limit - ids.length;
    if (wanted <= 0) break;
    const rows = byLevel
      ? await pageAcrossLevels(source, byLevel, wanted, skip)
      : await db.$queryRaw<{ id: number }[]>`
          SELECT ${source.id} AS id FROM ${source.from} WHERE ${where} ORDER BY ${order} LIMIT ${wanted} OFFSET ${skip}`;
    ids.push(...rows.map((r) => r.id));
    skip = rows.length > 0 ? 0 : Math.max(0, skip - (await countWhere(source, where)));
  }
  return ids;
}

/**
 * A page of events split by span level: the first `offset + limit` of each level, read in date
 * order down that level's index (stopping there), then merged. Sorting all the events that last
 * into a period instead read every one of them, thousands when multi-year events are common.
 */
async function pageAcrossLevels(source: DateSource, byLevel: Prisma.Sql[], limit: number, offset: number): Promise<{ id: number }[]> {
  const t = source.dates;
  const firstOfEach = byLevel.map(
    (where) => Prisma.sql`SELECT * FROM (SELECT ${source.id} AS id, ${t}."startsOn" AS startsOn FROM ${source.from} WHERE ${where}
      ORDER BY ${t}."startsOn", ${source.id} LIMIT ${offset + limit})`,
  );
  return db.$queryRaw<{ id: number }[]>`
    SELECT id FROM (${Prisma.join(firstOfEach, ' UNION ALL ')}) ORDER BY startsOn, id LIMIT ${limit} OFFSET ${offset}`;
}

/** Dated events in chronological order (undated ones last), filtered, a page at a time. */
export async function listEvents(locale: AppLocale, filter: EventFilter = {}, limit = 500, offset = 0): Promise<EventDto[]> {
  const ids = await pageOfIds(filter, limit, offset);
  if (ids.length === 0) return [];
  const rows = await db.event.findMany({ where: { id: { in: ids } }, select: eventSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toDto(locale, row)] : [];
  });
}

export async function countEvents(filter: EventFilter = {}): Promise<number> {
  if (Object.values(filter).every((value) => value === undefined)) {
    // All events: every dated one is counted in EventEndDay (kept by ingestion), the undated ones are an index range.
    const [row] = await db.$queryRaw<{ n: bigint | number | null }[]>`
      SELECT (SELECT COALESCE(SUM("events"), 0) FROM "EventEndDay") + (SELECT COUNT(*) FROM "Event" WHERE "startsOn" IS NULL) AS n`;
    return Number(row?.n ?? 0);
  }
  const source = dateSourceOf(filter);
  let total = 0;
  for (const { where } of await stretchesOf(source, filter)) total += await countWhere(source, where);
  return total;
}

/** Events that have not ended before `today`, soonest first. */
export async function listUpcomingEvents(locale: AppLocale, today: string, limit: number): Promise<EventDto[]> {
  return listEvents(locale, { from: today }, limit);
}

export interface EventEntityOptionDto {
  key: string;
  name: string;
  events: number;
}

/**
 * The entities that take part in the most events, for the timeline's entity filter; candidates
 * named in one article only are left out (`OFFERED_ENTITIES`).
 */
export async function listEventEntityOptions(locale: AppLocale, limit: number): Promise<EventEntityOptionDto[]> {
  // Entity.eventCount is kept by ingestion; counting EventEntity rows here read them all.
  const entities = await db.entity.findMany({
    where: { eventCount: { gt: 0 }, ...OFFERED_ENTITIES },
    orderBy: [{ eventCount: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { key: true, nameKk: true, nameRu: true, nameEn: true, eventCount: true },
  });
  return entities
    .map((entity) => ({ key: entity.key, name: nameIn(locale, entity), events: entity.eventCount }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
