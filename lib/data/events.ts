import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import type { EntityType, EventStatus, EventType, Language } from '@/lib/extract/types';
import type { Prisma } from '@/lib/generated/prisma/client';
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

function whereOf(filter: EventFilter): Prisma.EventWhereInput {
  return {
    type: filter.type,
    article: filter.articleSlug ? { slug: filter.articleSlug } : undefined,
    entities: filter.entityKey ? { some: { entity: { key: filter.entityKey } } } : undefined,
    // Overlap: the event ends on or after `from` and starts on or before `to`.
    endsOn: filter.from ? { gte: filter.from } : undefined,
    startsOn: filter.to ? { lte: filter.to } : undefined,
  };
}

/** Dated events in chronological order (undated ones last), filtered. */
export async function listEvents(locale: AppLocale, filter: EventFilter = {}, limit = 500): Promise<EventDto[]> {
  const rows = await db.event.findMany({
    where: whereOf(filter),
    orderBy: [{ startsOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: limit,
    select: eventSelect,
  });
  return rows.map((row) => toDto(locale, row));
}

export async function countEvents(filter: EventFilter = {}): Promise<number> {
  return db.event.count({ where: whereOf(filter) });
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

/** The entities that take part in the most events, for the timeline's entity filter. */
export async function listEventEntityOptions(locale: AppLocale, limit: number): Promise<EventEntityOptionDto[]> {
  const groups = await db.eventEntity.groupBy({
    by: ['entityId'],
    _count: { _all: true },
    orderBy: { _count: { entityId: 'desc' } },
    take: limit,
  });
  const entities = await db.entity.findMany({
    where: { id: { in: groups.map((g) => g.entityId) } },
    select: { id: true, key: true, nameKk: true, nameRu: true, nameEn: true },
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  return groups
    .flatMap((g) => {
      const entity = byId.get(g.entityId);
      return entity ? [{ key: entity.key, name: nameIn(locale, entity), events: g._count._all }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
