import { z } from 'zod';
import type { AppLocale } from '@/i18n/routing';
import { streamArticles, type ArticleListItemDto } from '@/lib/data/article-list';
import { streamEvents } from '@/lib/data/event-list';
import type { EventDto } from '@/lib/data/events';
import { listCoMentionsAfter, listNetworkEntitiesAfter } from '@/lib/data/entity-list';
import { streamPlaceRelations } from '@/lib/data/relation-list';
import type { PlaceRelationDto, RelationFilter, RelationPlaceDto } from '@/lib/data/relations';
import { searchArticles, SEARCH_SORTS, type ArticleFilters, type SearchSort } from '@/lib/data/search';
import { listStories, type StoryDto, type StoryFilter } from '@/lib/data/stories';
import { eventTitle } from '@/lib/present/event-title';
import { eventTitleInput } from '@/lib/present/event-title-input';
import { gexfChunks, type GexfEdge, type GexfNode } from './gexf';
import { csvChunks, featureCollectionChunks, jsonArrayChunks, type CsvColumn, type ExportFormat } from './exports';
import { articleListQuery, eventListQuery, MAX_TEXT_PARAMETER, relationListQuery, storyListQuery } from './schemas';
import { articleUrl, storyUrl, toApiEvent, toApiRelation, toApiStory, toArticleListItem, type SiteLinks } from './serialize';

/** The filters of a list, without its paging: an export holds every matching record. */
const UNPAGED = { limit: true, cursor: true } as const;

export const eventExportQuery = eventListQuery.omit(UNPAGED);
export const storyExportQuery = storyListQuery.omit(UNPAGED);
export const relationExportQuery = relationListQuery.omit(UNPAGED);
/** Articles carry the search page's query too: a search's matches (at most COUNT_BOUND, as on the page). */
export const articleExportQuery = articleListQuery.omit(UNPAGED).extend({
  q: z.string().trim().max(MAX_TEXT_PARAMETER).optional().meta({ description: 'A search query: its matches only (at most 1,000).' }),
  sort: z.enum(SEARCH_SORTS).default('newest'),
});

const names = (entities: readonly { name: string }[]) => entities.map((entity) => entity.name).join('; ');
const keys = (entities: readonly { key: string }[]) => entities.map((entity) => entity.key).join('; ');

function eventColumns(links: SiteLinks): CsvColumn<EventDto>[] {
  return [
    { header: 'id', value: (e) => e.id },
    { header: 'story_id', value: (e) => e.storyId },
    { header: 'type', value: (e) => e.type },
    { header: 'status', value: (e) => e.status },
    { header: 'date', value: (e) => e.value },
    { header: 'starts_on', value: (e) => e.startsOn },
    { header: 'ends_on', value: (e) => e.endsOn },
    { header: 'title', value: (e) => eventTitle(eventTitleInput(e, e), links.locale) },
    { header: 'entities', value: (e) => names(e.entities) },
    { header: 'entity_keys', value: (e) => keys(e.entities) },
    { header: 'evidence', value: (e) => e.evidence },
    { header: 'evidence_in', value: (e) => e.evidenceIn },
    { header: 'published_on', value: (e) => e.article.publishedOn },
    { header: 'article_language', value: (e) => e.article.language },
    { header: 'article_title', value: (e) => e.article.title },
    { header: 'source', value: (e) => e.article.source },
    { header: 'article_url', value: (e) => articleUrl(links, e.article.slug) },
  ];
}

function storyColumns(links: SiteLinks): CsvColumn<StoryDto>[] {
  return [
    { header: 'id', value: (s) => s.id },
    { header: 'type', value: (s) => s.type },
    { header: 'status', value: (s) => s.status },
    { header: 'date', value: (s) => s.value },
    { header: 'starts_on', value: (s) => s.startsOn },
    { header: 'ends_on', value: (s) => s.endsOn },
    { header: 'title', value: (s) => eventTitle(eventTitleInput(s.lead, s), links.locale) },
    { header: 'reports', value: (s) => s.reportCount },
    { header: 'languages', value: (s) => s.languages.join(' ') },
    { header: 'entities', value: (s) => names(s.lead.entities) },
    { header: 'entity_keys', value: (s) => keys(s.lead.entities) },
    { header: 'evidence', value: (s) => s.lead.evidence },
    { header: 'article_url', value: (s) => articleUrl(links, s.lead.article.slug) },
    { header: 'story_url', value: (s) => storyUrl(links, s.id) },
  ];
}

function relationColumns(links: SiteLinks): CsvColumn<PlaceRelationDto>[] {
  const place = (side: 'a' | 'b'): CsvColumn<PlaceRelationDto>[] => [
    { header: `${side}_key`, value: (r) => r[side].key },
    { header: `${side}_name`, value: (r) => r[side].name },
    { header: `${side}_type`, value: (r) => r[side].type },
    { header: `${side}_lat`, value: (r) => r[side].lat },
    { header: `${side}_lon`, value: (r) => r[side].lon },
  ];
  return [
    { header: 'id', value: (r) => r.id },
    { header: 'type', value: (r) => r.type },
    { header: 'status', value: (r) => r.status },
    ...place('a'),
    ...place('b'),
    { header: 'evidence_count', value: (r) => r.evidenceCount },
    { header: 'latest_evidence', value: (r) => r.evidence[0]?.sentence ?? null },
    { header: 'latest_published_on', value: (r) => r.evidence[0]?.article.publishedOn ?? null },
    { header: 'latest_article_url', value: (r) => (r.evidence[0] ? articleUrl(links, r.evidence[0].article.slug) : null) },
  ];
}

type ExportedArticle = Omit<ArticleListItemDto, 'id'>;

function articleColumns(links: SiteLinks): CsvColumn<ExportedArticle>[] {
  return [
    { header: 'slug', value: (a) => a.slug },
    { header: 'published_on', value: (a) => a.publishedOn },
    { header: 'language', value: (a) => a.language },
    { header: 'source', value: (a) => a.source },
    { header: 'title', value: (a) => a.title },
    { header: 'lead', value: (a) => a.lead.replace(/\s+/g, ' ').trim() },
    { header: 'url', value: (a) => articleUrl(links, a.slug) },
  ];
}

const SEARCH_BATCH = 50;

/** A search's matches in its order, a page at a time: the passage around the first hit stands for the lead. */
async function* streamSearchHits(locale: AppLocale, query: string, filters: ArticleFilters, sort: SearchSort): AsyncGenerator<ExportedArticle[]> {
  for (let page = 1; ; page += 1) {
    const result = await searchArticles({ query, filters, sort, page, pageSize: SEARCH_BATCH }, locale);
    if (result.filters.unknown.length > 0 || result.page !== page) return;
    yield result.hits.map((hit) => ({
      slug: hit.slug,
      title: hit.title,
      publishedOn: hit.publishedOn,
      language: hit.language,
      source: hit.source,
      lead: hit.snippet?.text ?? hit.lead?.text ?? '',
    }));
    if (page >= result.pages) return;
  }
}

/** Stories read per statement: their representative reports are read by id, within the driver's bound on parameters. */
const STORY_BATCH = 200;

/** Every matching story, a batch at a time (the timeline's order). */
async function* streamStories(locale: AppLocale, filter: StoryFilter): AsyncGenerator<StoryDto[]> {
  for (let offset = 0; ; offset += STORY_BATCH) {
    const page = await listStories(locale, filter, STORY_BATCH, offset);
    if (page.length > 0) yield page;
    if (page.length < STORY_BATCH) return;
  }
}

const point = (place: RelationPlaceDto) => ({
  type: 'Feature',
  id: `place:${place.key}`,
  geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
  properties: { kind: 'place', key: place.key, type: place.type, name: place.name, names: place.names },
});

/**
 * GeoJSON of place relations for GIS: each place once as a Point, each relation as a LineString
 * between its places, with its type, status, evidence count and latest evidence. A relation with a
 * place of unknown coordinates has no line to draw and is left out.
 */
function relationFeatures(links: SiteLinks) {
  const placed = new Set<string>();
  return (batch: readonly PlaceRelationDto[]) =>
    batch.flatMap((relation) => {
      const { a, b } = relation;
      if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return [];
      const places = [a, b].filter((place) => !placed.has(place.key));
      for (const place of places) placed.add(place.key);
      const latest = relation.evidence[0];
      return [
        ...places.map(point),
        {
          type: 'Feature',
          id: `relation:${relation.id}`,
          geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] },
          properties: {
            kind: 'relation',
            id: relation.id,
            type: relation.type,
            status: relation.status,
            evidenceCount: relation.evidenceCount,
            a: a.key,
            b: b.key,
            name: `${a.name} – ${b.name}`,
            latestEvidence: latest?.sentence ?? null,
            latestArticleUrl: latest ? articleUrl(links, latest.article.slug) : null,
          },
        },
      ];
    });
}

export const coMentionExportQuery = z.strictObject({
  locale: relationListQuery.shape.locale,
  min: z.coerce.number().int().min(1).max(100_000).default(2).meta({ description: 'Entities named in at least this many articles.' }),
});

const NETWORK_BATCH = 1_000;

/** The place-relation network: each place once (a first pass over the relations), then each relation as an edge weighted by its evidence. */
function relationNetwork(locale: AppLocale, filter: RelationFilter): AsyncIterable<string> {
  async function* places(): AsyncGenerator<GexfNode[]> {
    const seen = new Set<string>();
    for await (const batch of streamPlaceRelations(locale, filter, { evidenceLimit: 0 })) {
      const fresh = batch.flatMap((relation) => [relation.a, relation.b]).filter((place) => !seen.has(place.key) && seen.add(place.key));
      yield fresh.map((place) => ({ id: place.key, label: place.name, values: { type: place.type, lat: place.lat, lon: place.lon } }));
    }
  }
  async function* relations(): AsyncGenerator<GexfEdge[]> {
    for await (const batch of streamPlaceRelations(locale, filter, { evidenceLimit: 0 })) {
      yield batch.map((relation) => ({
        id: `r${relation.id}`,
        source: relation.a.key,
        target: relation.b.key,
        weight: relation.evidenceCount,
        values: { type: relation.type, status: relation.status, evidenceCount: relation.evidenceCount },
      }));
    }
  }
  return gexfChunks({
    description: 'Places and their relations, weighted by evidence',
    nodeAttributes: [
      { id: 'type', type: 'string' },
      { id: 'lat', type: 'double' },
      { id: 'lon', type: 'double' },
    ],
    edgeAttributes: [
      { id: 'type', type: 'string' },
      { id: 'status', type: 'string' },
      { id: 'evidenceCount', type: 'integer' },
    ],
    nodes: places(),
    edges: relations(),
  });
}

/** The co-mention network: entities named in at least `min` articles, each pair weighted by the articles naming both. */
function coMentionNetwork(locale: AppLocale, min: number): AsyncIterable<string> {
  async function* entities(): AsyncGenerator<GexfNode[]> {
    for (let after = 0; ; ) {
      const page = await listNetworkEntitiesAfter(locale, min, after, NETWORK_BATCH);
      yield page.map((entity) => ({ id: entity.key, label: entity.name, values: { type: entity.type, articles: entity.articleCount } }));
      if (page.length < NETWORK_BATCH) return;
      after = page[page.length - 1]!.id;
    }
  }
  async function* pairs(): AsyncGenerator<GexfEdge[]> {
    for (let after = { entityId: 0, otherId: 0 }; ; ) {
      const page = await listCoMentionsAfter(min, after, NETWORK_BATCH);
      yield page.map((pair) => ({ id: `c${pair.entityId}-${pair.otherId}`, source: pair.a, target: pair.b, weight: pair.articles, values: { articles: pair.articles } }));
      if (page.length < NETWORK_BATCH) return;
      const last = page[page.length - 1]!;
      after = { entityId: last.entityId, otherId: last.otherId };
    }
  }
  return gexfChunks({
    description: 'Entities named in the same articles, weighted by those articles',
    nodeAttributes: [
      { id: 'type', type: 'string' },
      { id: 'articles', type: 'integer' },
    ],
    edgeAttributes: [{ id: 'articles', type: 'integer' }],
    nodes: entities(),
    edges: pairs(),
  });
}

export type ExportRequest =
  | { dataset: 'events'; query: z.infer<typeof eventExportQuery> }
  | { dataset: 'stories'; query: z.infer<typeof storyExportQuery> }
  | { dataset: 'relations'; query: z.infer<typeof relationExportQuery> }
  | { dataset: 'articles'; query: z.infer<typeof articleExportQuery> }
  | { dataset: 'comentions'; query: z.infer<typeof coMentionExportQuery> };

export const EXPORT_DATASETS = {
  events: { query: eventExportQuery, formats: ['csv', 'json'] },
  stories: { query: storyExportQuery, formats: ['csv', 'json'] },
  relations: { query: relationExportQuery, formats: ['csv', 'json', 'geojson', 'gexf'] },
  articles: { query: articleExportQuery, formats: ['csv', 'json'] },
  comentions: { query: coMentionExportQuery, formats: ['gexf'] },
} as const satisfies Record<ExportRequest['dataset'], { query: z.ZodType; formats: readonly ExportFormat[] }>;

/** The chunks of an export in a format its dataset offers. */
export function exportChunks(request: ExportRequest, format: ExportFormat, origin: string): AsyncIterable<string> {
  const links: SiteLinks = { origin, locale: request.query.locale };
  switch (request.dataset) {
    case 'events': {
      const { locale, type, status, entity, from, to } = request.query;
      const batches = streamEvents(locale, { type, status, entityKey: entity, from, to });
      return format === 'csv' ? csvChunks(eventColumns(links), batches) : jsonArrayChunks(batches, (e) => toApiEvent(links, e));
    }
    case 'stories': {
      const { locale, type, entity, from, to } = request.query;
      const batches = streamStories(locale, { type, entityKey: entity, from, to });
      return format === 'csv' ? csvChunks(storyColumns(links), batches) : jsonArrayChunks(batches, (s) => toApiStory(links, s));
    }
    case 'relations': {
      const { locale, type, status, place, evidence } = request.query;
      const batches = streamPlaceRelations(locale, { type, status, placeKey: place }, { evidenceLimit: Math.max(1, evidence) });
      if (format === 'geojson') return featureCollectionChunks(batches, relationFeatures(links));
      if (format === 'gexf') return relationNetwork(locale, { type, status, placeKey: place });
      return format === 'csv' ? csvChunks(relationColumns(links), batches) : jsonArrayChunks(batches, (r) => toApiRelation(links, r));
    }
    case 'articles': {
      const { locale, q, sort, language, source, entity, from, to } = request.query;
      const batches: AsyncIterable<readonly ExportedArticle[]> = q
        ? streamSearchHits(locale, q, { language, source, entity, from, to }, sort)
        : streamArticles({ language, source, entityKey: entity, from, to }, sort === 'oldest' ? 'oldest' : 'newest');
      return format === 'csv' ? csvChunks(articleColumns(links), batches) : jsonArrayChunks(batches, (a) => toArticleListItem(links, a));
    }
    case 'comentions':
      return coMentionNetwork(request.query.locale, request.query.min);
  }
}
