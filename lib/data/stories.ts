import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { LANGUAGES, type EventStatus, type EventType, type Language } from '@/lib/extract/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tables } from '@/lib/database/tables';
import { shiftDaysClamped } from '@/lib/domain/civil-date';
import {
  expressionBuilder,
  type AliasableExpression,
  type AliasedSelectQueryBuilder,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import { listEventsByIds } from './event-list';
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
    type: row.type,
    value: row.value,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
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
  const leads = await listEventsByIds(locale, rows.map((row) => row.leadEventId));
  const leadById = new Map(leads.map((lead) => [lead.id, lead]));
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

/** A column of the rows the dates are read from, to select, compare and order by. */
type DateColumn<T> = AliasableExpression<T>;

/**
 * Where the dates are read from: the stories themselves, or, for one entity's stories, the copies
 * in StoryEntity, so that entity's stories in date order are one range of its (entityId, startsOn) index.
 */
interface DateSource {
  id: DateColumn<number>;
  startsOn: DateColumn<string | null>;
  endsOn: DateColumn<string | null>;
  spanLevel: DateColumn<number | null>;
  /** How many rows meet the filter and `where`. */
  count(where: readonly Condition[]): Promise<number>;
  /** The story ids of the rows meeting the filter and `where`, in `order`, a page of them. */
  ids(where: readonly Condition[], order: readonly DateColumn<unknown>[], limit: number, offset: number): Promise<number[]>;
  /** The first `limit` rows meeting the filter and `where` in date order, as a table (id, startsOn). */
  firstByDate(where: readonly Condition[], limit: number): AliasedSelectQueryBuilder<{ id: number; startsOn: string | null }, 'level'>;
}

type Condition = Expression<SqlBool>;

/**
 * The statements a DateSource makes, over `rows` (its tables, with the filter's conditions). Each
 * source has its own tables, so the selections are typed here, from the columns' types.
 */
function readingFrom<DB, TB extends keyof DB>(
  rows: SelectQueryBuilder<DB, TB, object>,
  columns: (eb: ExpressionBuilder<DB, TB>) => Pick<DateSource, 'id' | 'startsOn' | 'endsOn' | 'spanLevel'>,
): DateSource {
  const { id, startsOn, endsOn, spanLevel } = columns(expressionBuilder(rows));
  const meeting = (where: readonly Condition[]) => where.reduce((query, condition) => query.where(condition), rows);
  return {
    id,
    startsOn,
    endsOn,
    spanLevel,
    count: async (where) => {
      const row = await meeting(where)
        .select((eb) => eb.fn.countAll().as('n'))
        .$castTo<{ n: bigint | number }>()
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    ids: async (where, order, limit, offset) => {
      let query = meeting(where).select(id.as('id')).$castTo<{ id: number }>();
      for (const column of order) query = query.orderBy(column);
      const page = await query.limit(limit).offset(offset).execute();
      return page.map((row) => row.id);
    },
    firstByDate: (where, limit) =>
      meeting(where)
        .select([id.as('id'), startsOn.as('startsOn')])
        .$castTo<{ id: number; startsOn: string | null }>()
        .orderBy(startsOn)
        .orderBy(id)
        .limit(limit)
        .as('level'),
  };
}

function dateSourceOf(filter: StoryFilter): DateSource {
  const { type, entityKey } = filter;
  if (!entityKey) {
    const stories = db.$kysely.selectFrom('Story as s');
    return readingFrom(type ? stories.where('s.type', '=', type) : stories, (eb) => ({
      id: eb.ref('s.id'),
      startsOn: eb.ref('s.startsOn'),
      endsOn: eb.ref('s.endsOn'),
      spanLevel: eb.ref('s.spanLevel'),
    }));
  }
  const copies = db.$kysely
    .selectFrom('StoryEntity as t')
    .where('t.entityId', '=', db.$kysely.selectFrom('Entity').select('id').where('key', '=', entityKey))
    // The join only when a condition needs the story row: a count of one entity's stories then reads its index alone.
    .$if(Boolean(type), (query) => query.innerJoin('Story as s', 's.id', 't.storyId').where('s.type', '=', type!));
  return readingFrom(copies, (eb) => ({
    id: eb.ref('t.storyId'),
    startsOn: eb.ref('t.startsOn'),
    endsOn: eb.ref('t.endsOn'),
    spanLevel: eb.ref('t.spanLevel'),
  }));
}

/** One stretch of the chronological order: its stories all sort after those of the stretches before it. */
interface Stretch {
  where: Condition[];
  order: DateColumn<unknown>[];
  /** The same stories split by span level (each part a range of a level's index, in date order). */
  byLevel?: Condition[][];
}

/**
 * The matching stories as stretches of the order (start date, then id; undated last), each read
 * along an index. With a period, the stories that overlap it are those starting inside it, plus
 * those starting before it that last into it: a story of span level L starts at most 2^L days
 * before the period, so each level is one short index range (Story.spanLevel).
 */
async function stretchesOf(source: DateSource, filter: StoryFilter): Promise<Stretch[]> {
  const eb = expressionBuilder<Tables, never>();
  const byDate = [source.startsOn, source.id];
  const to = filter.to ? [eb(source.startsOn, '<=', filter.to)] : [];
  if (!filter.from) {
    const dated: Stretch = { where: [eb(source.startsOn, 'is not', null), ...to], order: byDate };
    return filter.to ? [dated] : [dated, { where: [eb(source.startsOn, 'is', null)], order: [source.id] }];
  }
  const top = await db.$kysely
    .selectFrom('Story')
    .select((story) => story.fn.max('spanLevel').as('level'))
    .executeTakeFirst();
  const levels = Array.from({ length: Number(top?.level ?? 0) + 1 }, (_, level) => level);
  const ofLevel = levels.map((level) =>
    eb.and([eb(source.spanLevel, '=', level), eb(source.startsOn, '>=', shiftDaysClamped(filter.from!, -(2 ** level)))]),
  );
  const lasting = [eb(source.startsOn, '<', filter.from), eb(source.endsOn, '>=', filter.from), ...to];
  return [
    { where: [eb.or(ofLevel), ...lasting], order: byDate, byLevel: ofLevel.map((level) => [level, ...lasting]) },
    { where: [eb(source.startsOn, '>=', filter.from), ...to], order: byDate },
  ];
}

/** Ids of a page of the matching stories, in order: stretch after stretch, counting one only when the page starts past it. */
async function pageOfIds(filter: StoryFilter, limit: number, offset: number): Promise<number[]> {
  const source = dateSourceOf(filter);
  const ids: number[] = [];
  let skip = offset;
  for (const { where, order, byLevel } of await stretchesOf(source, filter)) {
    const wanted = limit - ids.length;
    if (wanted <= 0) break;
    const page = byLevel ? await pageAcrossLevels(source, byLevel, wanted, skip) : await source.ids(where, order, wanted, skip);
    ids.push(...page);
    skip = page.length > 0 ? 0 : Math.max(0, skip - (await source.count(where)));
  }
  return ids;
}

/**
 * A page of stories split by span level: the first `offset + limit` of each level, read in date
 * order down that level's index (stopping there), then merged. Sorting all the stories that last
 * into a period instead read every one of them, thousands when multi-year plans are common.
 */
async function pageAcrossLevels(source: DateSource, byLevel: Condition[][], limit: number, offset: number): Promise<number[]> {
  const [first, ...others] = byLevel.map((where) => db.$kysely.selectFrom(source.firstByDate(where, offset + limit)).selectAll());
  if (!first) return [];
  const rows = await db.$kysely
    .selectFrom(others.reduce((union, level) => union.unionAll(level), first).as('levels'))
    .select('id')
    .orderBy('startsOn')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => row.id);
}

/** Dated stories in chronological order (undated ones last), filtered, a page at a time. */
export async function listStories(locale: AppLocale, filter: StoryFilter = {}, limit = 500, offset = 0): Promise<StoryDto[]> {
  return storiesByIds(locale, await pageOfIds(filter, limit, offset));
}

export async function countStories(filter: StoryFilter = {}): Promise<number> {
  if (Object.values(filter).every((value) => value === undefined)) {
    // All stories: every dated one is counted in StoryEndDay (kept by ingestion), the undated ones are an index range.
    const row = await db.$kysely
      .selectNoFrom((eb) =>
        eb(
          eb.selectFrom('StoryEndDay').select((day) => day.fn.coalesce(day.fn.sum<bigint | number>('stories'), day.lit(0)).as('n')),
          '+',
          eb.selectFrom('Story').select((story) => story.fn.countAll<bigint | number>().as('n')).where('startsOn', 'is', null),
        ).as('n'),
      )
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
  const source = dateSourceOf(filter);
  let total = 0;
  for (const { where } of await stretchesOf(source, filter)) total += await source.count(where);
  return total;
}

/** Stories that have not ended before `today`, soonest first. */
export async function listUpcomingStories(locale: AppLocale, today: string, limit: number): Promise<StoryDto[]> {
  return listStories(locale, { from: today }, limit);
}

/** Stories not ended before `today`, from the per-day counts ingestion keeps (StoryEndDay). */
export async function countUpcomingStories(today: string): Promise<number> {
  const row = await db.$kysely
    .selectFrom('StoryEndDay')
    .select((eb) => eb.fn.sum<bigint | number | null>('stories').as('n'))
    .where('day', '>=', today)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
