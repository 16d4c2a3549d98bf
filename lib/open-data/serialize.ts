import type { z } from 'zod';
import type { AppLocale } from '@/i18n/routing';
import type { ArticleDto } from '@/lib/data/articles';
import type { ArticleListItemDto } from '@/lib/data/article-list';
import type { EntityDto } from '@/lib/data/entities';
import type { EntityListItemDto } from '@/lib/data/entity-list';
import type { EventDto, EventEntityDto } from '@/lib/data/events';
import type { PlaceRelationDto, RelationPlaceDto } from '@/lib/data/relations';
import type { ArticleHitDto } from '@/lib/data/search';
import type { StoryDetailDto, StoryDto } from '@/lib/data/stories';
import { eventTitle } from '@/lib/present/event-title';
import { eventTitleInput } from '@/lib/present/event-title-input';
import type {
  ApiEvent,
  ApiRelation,
  ApiStory,
  ArticleListItem,
  ArticleSummary,
  articleDetailSchema,
  entityDetailSchema,
  entityListItemSchema,
  entityRefSchema,
  searchHitSchema,
  storyDetailSchema,
} from './schemas';

/** Reader DTOs in the API's shapes (schemas.ts): absolute links to the pages, names in every language. */

/** Absolute URLs of the site's pages in one locale. */
export interface SiteLinks {
  origin: string;
  locale: AppLocale;
}

export const pageUrl = ({ origin, locale }: SiteLinks, path: string) => `${origin}/${locale}${path}`;
export const articleUrl = (links: SiteLinks, slug: string) => pageUrl(links, `/articles/${slug}`);
export const entityUrl = (links: SiteLinks, key: string) => pageUrl(links, `/entities/${key}`);
export const storyUrl = (links: SiteLinks, id: number) => pageUrl(links, `/events/${id}`);

type EntityRef = z.infer<typeof entityRefSchema>;

function entityRef(entity: EventEntityDto): EntityRef {
  return { key: entity.key, type: entity.type, name: entity.name, names: entity.names };
}

export function toArticleSummary(
  links: SiteLinks,
  article: { slug: string; title: string | null; publishedOn: string; language: ArticleSummary['language']; source: string | null },
): ArticleSummary {
  return { slug: article.slug, title: article.title, publishedOn: article.publishedOn, language: article.language, source: article.source, url: articleUrl(links, article.slug) };
}

export function toArticleListItem(links: SiteLinks, article: Omit<ArticleListItemDto, 'id'>): ArticleListItem {
  return { ...toArticleSummary(links, article), lead: article.lead };
}

export function toApiEvent(links: SiteLinks, event: EventDto): ApiEvent {
  const { roles } = event;
  return {
    id: event.id,
    storyId: event.storyId,
    type: event.type,
    value: event.value,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    status: event.status,
    first: event.first,
    title: eventTitle(eventTitleInput(event, event), links.locale),
    roles: {
      actors: roles.actors.map(entityRef),
      places: roles.places.map(entityRef),
      object: roles.object && entityRef(roles.object),
      route: roles.route && { from: entityRef(roles.route.from), to: entityRef(roles.route.to) },
      carrier: roles.carrier && entityRef(roles.carrier),
    },
    entities: event.entities.map(entityRef),
    evidence: event.evidence,
    evidenceIn: event.evidenceIn,
    article: toArticleSummary(links, event.article),
  };
}

export function toApiStory(links: SiteLinks, story: StoryDto): ApiStory {
  return {
    id: story.id,
    type: story.type,
    value: story.value,
    startsOn: story.startsOn,
    endsOn: story.endsOn,
    status: story.status,
    first: story.first,
    title: eventTitle(eventTitleInput(story.lead, story), links.locale),
    reportCount: story.reportCount,
    languages: story.languages,
    url: storyUrl(links, story.id),
    lead: toApiEvent(links, story.lead),
  };
}

export function toApiStoryDetail(links: SiteLinks, story: StoryDetailDto): z.infer<typeof storyDetailSchema> {
  return {
    ...toApiStory(links, story),
    reports: story.reports.map((report) => toApiEvent(links, report)),
    participants: story.participants.map(entityRef),
    places: story.places.map(entityRef),
  };
}

function place(p: RelationPlaceDto) {
  return {
    key: p.key,
    type: p.type,
    name: p.name,
    names: p.names,
    coordinates: p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : null,
  };
}

export function toApiRelation(links: SiteLinks, relation: PlaceRelationDto): ApiRelation {
  return {
    id: relation.id,
    type: relation.type,
    status: relation.status,
    a: place(relation.a),
    b: place(relation.b),
    evidenceCount: relation.evidenceCount,
    evidence: relation.evidence.map((e) => ({
      sentence: e.sentence,
      evidenceIn: e.evidenceIn,
      status: e.status,
      article: { slug: e.article.slug, title: e.article.title, publishedOn: e.article.publishedOn, language: e.article.language, url: articleUrl(links, e.article.slug) },
    })),
  };
}

export function toApiEntity(links: SiteLinks, entity: EntityListItemDto): z.infer<typeof entityListItemSchema> {
  return { ...entity, url: entityUrl(links, entity.key) };
}

export function toApiEntityDetail(links: SiteLinks, entity: EntityDto): z.infer<typeof entityDetailSchema> {
  return {
    key: entity.key,
    type: entity.type,
    known: entity.known,
    name: entity.name,
    names: entity.names,
    role: entity.role,
    coordinates: entity.coordinates,
    mentionCount: entity.mentionCount,
    articleCount: entity.articleCount,
    url: entityUrl(links, entity.key),
    country: entity.country,
    parent: entity.parent,
    aliases: entity.aliases,
  };
}

export function toApiArticleDetail(
  links: SiteLinks,
  article: ArticleDto,
  events: readonly EventDto[],
  relations: readonly PlaceRelationDto[],
): z.infer<typeof articleDetailSchema> {
  const mention = (m: ArticleDto['mentions'][number]) => ({
    start: m.start,
    end: m.end,
    entity: { key: m.entity.key, type: m.entity.type, name: m.entity.name, names: m.entity.names, known: m.entity.known },
  });
  return {
    ...toArticleSummary(links, article),
    body: article.body,
    credit: article.credit,
    mentions: article.mentions.map(mention),
    titleMentions: article.titleMentions.map(mention),
    temporals: article.temporals,
    events: events.map((event) => toApiEvent(links, event)),
    relations: relations.map((relation) => toApiRelation(links, relation)),
  };
}

export function toSearchHit(links: SiteLinks, hit: ArticleHitDto): z.infer<typeof searchHitSchema> {
  return {
    ...toArticleSummary(links, hit),
    snippet: hit.snippet && { text: hit.snippet.text, hits: hit.snippet.hits, clippedStart: hit.snippet.clippedStart, clippedEnd: hit.snippet.clippedEnd },
    lead: hit.lead?.text ?? null,
  };
}
