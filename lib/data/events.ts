import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { EVENT_ROLES, LANGUAGES, type EntityType, type EventRole, type EventStatus, type EventType, type EvidencePlace, type Language } from '@/lib/domain/vocabulary';
import type { LocalizedNames } from '@/lib/extract/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OFFERED_ENTITIES } from './entity-options';
import { nameIn } from './localize';

/** An entity an event involves: its names in every UI language (titles are rendered from them) and in the UI locale. */
export interface EventEntityDto {
  key: string;
  type: EntityType;
  /** In the UI locale. */
  name: string;
  names: LocalizedNames;
}

/** Who and what the event involves, by role (as extraction gave them). */
export interface EventRolesDto {
  actors: EventEntityDto[];
  places: EventEntityDto[];
  object: EventEntityDto | null;
  route: { from: EventEntityDto; to: EventEntityDto } | null;
  carrier: EventEntityDto | null;
}

export interface EventArticleDto {
  slug: string;
  title: string | null;
  publishedOn: string;
  language: Language;
  /** Where the article came from (its source), when known. */
  source: string | null;
}

/** What one article reports of a happening. */
export interface EventDto {
  id: number;
  /** The story the event is a report of (its page is `/events/{storyId}`). */
  storyId: number | null;
  type: EventType;
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  status: EventStatus;
  /** The first of its kind. */
  first: boolean;
  roles: EventRolesDto;
  evidence: string;
  /** Whether the evidence sentence is in the body or is the title line. */
  evidenceIn: EvidencePlace;
  article: EventArticleDto;
  /** Every entity of the event once: actors, places, object, route, carrier, then any other. */
  entities: EventEntityDto[];
}

export const eventSelect = {
  id: true,
  storyId: true,
  type: true,
  value: true,
  startsOn: true,
  endsOn: true,
  status: true,
  first: true,
  evidence: true,
  evidenceIn: true,
  article: { select: { slug: true, title: true, publishedOn: true, language: true, source: { select: { name: true } } } },
  entities: {
    select: { role: true, position: true, entity: { select: { key: true, type: true, nameKk: true, nameRu: true, nameEn: true } } },
    orderBy: [{ position: 'asc' }, { entityId: 'asc' }],
  },
} as const satisfies Prisma.EventSelect;

export type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;


export function toEventDto(locale: AppLocale, row: EventRow): EventDto {
  const byRole = new Map<EventRole, EventEntityDto[]>();
  for (const { role, entity } of row.entities) {
    const dto: EventEntityDto = {
      key: entity.key,
      type: entity.type,
      name: nameIn(locale, entity),
      names: { kk: entity.nameKk, ru: entity.nameRu, en: entity.nameEn },
    };
    byRole.set(role, [...(byRole.get(role) ?? []), dto]);
  }
  const one = (role: EventRole) => byRole.get(role)?.[0] ?? null;
  const from = one('routeFrom');
  const to = one('routeTo');
  const entities = new Map<string, EventEntityDto>();
  // EVENT_ROLES lists who, where, what, the route, who carries it, then the rest.
  for (const role of EVENT_ROLES) for (const entity of byRole.get(role) ?? []) if (!entities.has(entity.key)) entities.set(entity.key, entity);
  const { source, ...article } = row.article;
  return {
    id: row.id,
    storyId: row.storyId,
    type: row.type,
    value: row.value,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    first: row.first,
    roles: {
      actors: byRole.get('actor') ?? [],
      places: byRole.get('place') ?? [],
      object: one('object'),
      route: from && to ? { from, to } : null,
      carrier: one('carrier'),
    },
    evidence: row.evidence,
    evidenceIn: row.evidenceIn,
    article: { ...article, source: source?.name ?? null },
    entities: [...entities.values()],
  };
}

/** An event of an article, with how many articles in which languages report its story. */
export interface ArticleEventDto extends EventDto {
  story: { reportCount: number; languages: Language[] } | null;
}

/** An article's events, in the order it reports them. */
export async function listArticleEvents(locale: AppLocale, slug: string): Promise<ArticleEventDto[]> {
  const rows = await db.event.findMany({ where: { article: { slug } }, orderBy: { id: 'asc' }, select: eventSelect });
  const storyIds = rows.flatMap((row) => (row.storyId === null ? [] : [row.storyId]));
  const stories = await db.story.findMany({ where: { id: { in: storyIds } }, select: { id: true, reportCount: true, languages: true } });
  const storyById = new Map(stories.map((story) => [story.id, story]));
  return rows.map((row) => {
    const story = row.storyId === null ? undefined : storyById.get(row.storyId);
    const languages = new Set(story?.languages.split(' '));
    return {
      ...toEventDto(locale, row),
      story: story ? { reportCount: story.reportCount, languages: LANGUAGES.filter((language) => languages.has(language)) } : null,
    };
  });
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
