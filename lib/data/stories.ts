import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { LANGUAGES, type EventStatus, type EventType, type Language } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { eventSelect, toEventDto, type EventDto, type EventEntityDto } from './events';

/** Reports of one happening, in one or more articles and languages, as the timeline shows it. */
export interface StoryDto {
  /** Its page is `/events/{id}`. */
  id: number;
  type: EventType;
  /** The most precise date its reports give. */
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** held when a report published on or after the date says so; planned otherwise. */
  status: EventStatus;
  first: boolean;
  /** Articles that report it. */
  reportCount: number;
  /** Their languages, in the order kk ru en. */
  languages: Language[];
  /** The representative report: its roles name the story, its sentence stands for it. */
  lead: EventDto;
}

export interface StoryDetailDto extends StoryDto {
  /** Every report, oldest article first. */
  reports: EventDto[];
  /** Who acts and where, across all reports, the most often named first. */
  participants: EventEntityDto[];
  places: EventEntityDto[];
}

export interface StoryFilter {
  type?: EventType;
  entityKey?: string;
  /** Stories whose date overlaps [from, to] (`YYYY-MM-DD`). */
  from?: string;
  to?: string;
}

const storySelect = {
  id: true,
  leadEventId: true,
  type: true,
  value: true,
  startsOn: true,
  endsOn: true,
  status: true,
  first: true,
  reportCount: true,
  languages: true,
} as const satisfies Prisma.StorySelect;

type StoryRow = Prisma.StoryGetPayload<{ select: typeof storySelect }>;

function toStoryDto(row: StoryRow, lead: EventDto): StoryDto {
  const languages = new Set(row.languages.split(' '));
  return {
    id: row.id,
    type: row.type as EventType,
    value: row.value,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status as EventStatus,
    first: row.first,
    reportCount: row.reportCount,
    languages: LANGUAGES.filter((language) => languages.has(language)),
    lead,
  };
}

/** Stories with their representative reports, in the order of `ids`. */
async function storiesByIds(locale: AppLocale, ids: readonly number[]): Promise<StoryDto[]> {
  if (ids.length === 0) return [];
  const rows = await db.story.findMany({ where: { id: { in: [...ids] } }, select: storySelect });
  const leads = await db.event.findMany({ where: { id: { in: rows.map((row) => row.leadEventId) } }, select: eventSelect });
  const leadById = new Map(leads.map((lead) => [lead.id, toEventDto(locale, lead)]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    const lead = row && leadById.get(row.leadEventId);
    return row && lead ? [toStoryDto(row, lead)] : [];
  });
}

/** One story with every report, or null when no story has this id. */
export async function getStory(locale: AppLocale, id: number): Promise<StoryDetailDto | null> {
  const [story] = await storiesByIds(locale, [id]);
  if (!story) return null;
  const rows = await db.event.findMany({ where: { storyId: id }, select: eventSelect });
  const reports = rows
    .map((row) => toEventDto(locale, row))
    .sort((a, b) => a.article.publishedOn.localeCompare(b.article.publishedOn) || a.id - b.id);
  return {
    ...story,
    reports,
    participants: mostNamed(reports.map(({ roles }) => [...roles.actors, ...[roles.object, roles.carrier].filter((e) => e !== null)])),
    places: mostNamed(reports.map(({ roles }) => [...roles.places, ...(roles.route ? [roles.route.from, roles.route.to] : [])])),
  };
}

/** Entities named across reports, each once: those more reports name first, then in reading order. */
function mostNamed(perReport: readonly EventEntityDto[][]): EventEntityDto[] {
  const seen = new Map<string, { entity: EventEntityDto; reports: number; order: number }>();
  for (const entities of perReport) {
    for (const entity of new Map(entities.map((e) => [e.key, e])).values()) {
      const known = seen.get(entity.key);
      if (known) known.reports += 1;
      else seen.set(entity.key, { entity, reports: 1, order: seen.size });
    }
  }
  return [...seen.values()].sort((a, b) => b.reports - a.reports || a.order - b.order).map(({ entity }) => entity);
}

/** One stretch of the chronological order: its stories all sort after those of the stretches before it. */
interface Stretch {
  where: Prisma.Sql;
  order: Prisma.Sql;
  /** The same stories split by span level (each part a range of a level's index, in date order). */
  byLevel?: Prisma.Sql[];
}

/**
 * Where the dates are read from: the stories themselves, or, for one entity's stories, the copies
 * in StoryEntity, so that entity's stories in date order are one range of its (entityId, startsOn) index.
 */
interface DateSource {
  from: Prisma.Sql;
  id: Prisma.Sql;
  /** Alias of the table holding startsOn, endsOn and spanLevel. */
  dates: Prisma.Sql;
  conditions: Prisma.Sql[];
}

function dateSourceOf(filter: StoryFilter): DateSource {
  const conditions: Prisma.Sql[] = [];
  if (filter.type) conditions.push(Prisma.sql`s."type" = ${filter.type}`);
  if (!filter.entityKey) return { from: Prisma.sql`"Story" s`, id: Prisma.sql`s."id"`, dates: Prisma.raw('s'), conditions };
  return {
    // The join only when a condition needs the story row: a count of one entity's stories then reads its index alone.
    from: conditions.length > 0 ? Prisma.sql`"StoryEntity" t JOIN "Story" s ON s."id" = t."storyId"` : Prisma.sql`"StoryEntity" t`,
    id: Prisma.sql`t."storyId"`,
    dates: Prisma.raw('t'),
    conditions: [Prisma.sql`t."entityId" = (SELECT "id" FROM "Entity" WHERE "key" = ${filter.entityKey})`, ...conditions],
  };
}

function shiftDays(isoDate: string, days: number): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return ms < Date.parse('0001-01-01T00:00:00Z') ? '0000-01-01' : new Date(ms).toISOString().slice(0, 10);
}

/**
 * The matching stories as stretches of the order (start date, then id; undated last), each read
 * along an index. With a period, the stories that overlap it are those starting inside it, plus
 * those starting before it that last into it: a story of span level L starts at most 2^L days
 * before the period, so each level is one short index range (Story.spanLevel).
 */
async function stretchesOf(source: DateSource, filter: StoryFilter): Promise<Stretch[]> {
  const t = source.dates;
  const byDate = Prisma.sql`${t}."startsOn", ${source.id}`;
  const where = (...conditions: Prisma.Sql[]) => Prisma.join([...source.conditions, ...conditions, Prisma.sql`1`], ' AND ');
  const to = filter.to ? [Prisma.sql`${t}."startsOn" <= ${filter.to}`] : [];
  if (!filter.from) {
    const dated: Stretch = { where: where(Prisma.sql`${t}."startsOn" IS NOT NULL`, ...to), order: byDate };
    return filter.to ? [dated] : [dated, { where: where(Prisma.sql`${t}."startsOn" IS NULL`), order: source.id }];
  }
  const [top] = await db.$queryRaw<{ level: number | bigint | null }[]>`SELECT MAX("spanLevel") AS level FROM "Story"`;
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

/** Ids of a page of the matching stories, in order: stretch after stretch, counting one only when the page starts past it. */
async function pageOfIds(filter: StoryFilter, limit: number, offset: number): Promise<number[]> {
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
 * A page of stories split by span level: the first `offset + limit` of each level, read in date
 * order down that level's index (stopping there), then merged. Sorting all the stories that last
 * into a period instead read every one of them, thousands when multi-year plans are common.
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

/** Dated stories in chronological order (undated ones last), filtered, a page at a time. */
export async function listStories(locale: AppLocale, filter: StoryFilter = {}, limit = 500, offset = 0): Promise<StoryDto[]> {
  return storiesByIds(locale, await pageOfIds(filter, limit, offset));
}

export async function countStories(filter: StoryFilter = {}): Promise<number> {
  if (Object.values(filter).every((value) => value === undefined)) {
    // All stories: every dated one is counted in StoryEndDay (kept by ingestion), the undated ones are an index range.
    const [row] = await db.$queryRaw<{ n: bigint | number | null }[]>`
      SELECT (SELECT COALESCE(SUM("stories"), 0) FROM "StoryEndDay") + (SELECT COUNT(*) FROM "Story" WHERE "startsOn" IS NULL) AS n`;
    return Number(row?.n ?? 0);
  }
  const source = dateSourceOf(filter);
  let total = 0;
  for (const { where } of await stretchesOf(source, filter)) total += await countWhere(source, where);
  return total;
}

/** Stories that have not ended before `today`, soonest first. */
export async function listUpcomingStories(locale: AppLocale, today: string, limit: number): Promise<StoryDto[]> {
  return listStories(locale, { from: today }, limit);
}

/** Stories not ended before `today`, from the per-day counts ingestion keeps (StoryEndDay). */
export async function countUpcomingStories(today: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number | null }[]>`SELECT SUM("stories") AS n FROM "StoryEndDay" WHERE "day" >= ${today}`;
  return Number(row?.n ?? 0);
}
