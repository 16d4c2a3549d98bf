import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { EXPORT_DATASETS } from './export-datasets';
import { EXPORT_CONTENT_TYPES } from './exports';
import {
  articleDetailSchema,
  calendarQuery,
  feedQuery,
  articleListQuery,
  articlePageSchema,
  detailQuery,
  entityDetailSchema,
  entityListQuery,
  entityPageSchema,
  eventListQuery,
  eventPageSchema,
  problemSchema,
  relationListQuery,
  relationPageSchema,
  searchPageSchema,
  searchQuery,
  storyDetailSchema,
  storyListQuery,
  storyPageSchema,
} from './schemas';

export type OperationId =
  | 'listArticles'
  | 'getArticle'
  | 'listEntities'
  | 'getEntity'
  | 'listEvents'
  | 'listStories'
  | 'getStory'
  | 'listRelations'
  | 'searchArticles';

/** One JSON endpoint of the API: what the OpenAPI document and the API page both list. */
export interface JsonEndpoint {
  path: string;
  /** Also the key of its description on the API page (ApiPage.endpoints). */
  operationId: OperationId;
  summary: string;
  query: z.ZodObject;
  pathParameter?: { name: string; description: string; example: string };
  response: z.ZodType;
  /** An example request (path and query) for the API page and the README. */
  example: string;
}

export const API_BASE = '/api/v1';

export const JSON_ENDPOINTS: readonly JsonEndpoint[] = [
  {
    path: '/articles',
    operationId: 'listArticles',
    summary: 'Articles in publication order, with the archive filters.',
    query: articleListQuery,
    response: articlePageSchema,
    example: '/articles?language=kk&entity=almaty&limit=10',
  },
  {
    path: '/articles/{slug}',
    operationId: 'getArticle',
    summary: 'One article with its mentions, dates, events and relations.',
    query: detailQuery,
    pathParameter: { name: 'slug', description: 'The article slug.', example: '000-2b8d6f310e8ad15b' },
    response: articleDetailSchema,
    example: '/articles/000-2b8d6f310e8ad15b',
  },
  {
    path: '/entities',
    operationId: 'listEntities',
    summary: 'Entities in key order, by type, known or candidate, and part of a name.',
    query: entityListQuery,
    response: entityPageSchema,
    example: '/entities?type=CITY&known=true',
  },
  {
    path: '/entities/{key}',
    operationId: 'getEntity',
    summary: 'One entity: names in kk, ru and en, aliases, coordinates, counts.',
    query: detailQuery,
    pathParameter: { name: 'key', description: 'The entity key.', example: 'shanghai' },
    response: entityDetailSchema,
    example: '/entities/shanghai',
  },
  {
    path: '/events',
    operationId: 'listEvents',
    summary: 'Every report of a happening (one per article), with the timeline filters.',
    query: eventListQuery,
    response: eventPageSchema,
    example: '/events?type=VISIT&status=planned',
  },
  {
    path: '/stories',
    operationId: 'listStories',
    summary: 'Stories (reports of one happening grouped) in date order, with the timeline filters.',
    query: storyListQuery,
    response: storyPageSchema,
    example: '/stories?from=2026-01-01&to=2026-12-31&entity=shanghai',
  },
  {
    path: '/stories/{id}',
    operationId: 'getStory',
    summary: 'One story with every report.',
    query: detailQuery,
    pathParameter: { name: 'id', description: 'The story id.', example: '1' },
    response: storyDetailSchema,
    example: '/stories/1',
  },
  {
    path: '/relations',
    operationId: 'listRelations',
    summary: 'Place relations, the best attested first, with their evidence.',
    query: relationListQuery,
    response: relationPageSchema,
    example: '/relations?type=SISTER_CITIES&place=almaty',
  },
  {
    path: '/search',
    operationId: 'searchArticles',
    summary: 'Articles matching a query in any language, with highlighted snippets (at most 1,000 matches).',
    query: searchQuery,
    response: searchPageSchema,
    example: '/search?q=Шанхай&sort=newest',
  },
];

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

function routeOf(endpoint: JsonEndpoint): RouteConfig {
  const params = endpoint.pathParameter
    ? z.object({ [endpoint.pathParameter.name]: z.string().meta({ description: endpoint.pathParameter.description, example: endpoint.pathParameter.example }) })
    : undefined;
  return {
    method: 'get',
    path: `${API_BASE}${endpoint.path}`,
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    request: { query: endpoint.query, ...(params ? { params } : {}) },
    responses: {
      200: {
        description: 'The resource. Cacheable a minute; revalidate with If-None-Match.',
        headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } },
        content: { 'application/json': { schema: endpoint.response } },
      },
      304: { description: 'Not modified (the ETag matched If-None-Match).' },
      400: problem('A query parameter is unknown, repeated or invalid.'),
      ...(params ? { 404: problem('No record has this identifier.') } : {}),
    },
  };
}

const text = (mediaType: string, description: string) => ({ description, content: { [mediaType]: { schema: z.string() } } });

/** Feeds, the calendar and the exports: documents in other formats, with the same parameter checks. */
function documentRoutes(): RouteConfig[] {
  const errors = { 400: problem('A query parameter is unknown, repeated or invalid.'), 404: problem('No such file, or no entity has this key.') };
  const feeds: RouteConfig = {
    method: 'get',
    path: `${API_BASE}/feeds/{file}`,
    operationId: 'articleFeed',
    summary: 'RSS 2.0 or Atom feed of the 50 newest articles: of every article, one entity, one relation pair or one event type.',
    request: { query: feedQuery, params: z.object({ file: z.enum(['articles.rss', 'articles.atom']) }) },
    responses: {
      200: { description: 'The feed.', content: { 'application/rss+xml': { schema: z.string() }, 'application/atom+xml': { schema: z.string() } } },
      ...errors,
    },
  };
  const calendar: RouteConfig = {
    method: 'get',
    path: `${API_BASE}/calendar.ics`,
    operationId: 'storyCalendar',
    summary: 'Upcoming stories as iCalendar all-day spans (approximate dates marked ≈), with the timeline filters.',
    request: { query: calendarQuery },
    responses: { 200: text('text/calendar', 'The calendar.'), ...errors },
  };
  const exports = Object.entries(EXPORT_DATASETS).flatMap(([dataset, { query, formats }]) =>
    formats.map(
      (format): RouteConfig => ({
        method: 'get',
        path: `${API_BASE}/exports/${dataset}.${format}`,
        operationId: `export${dataset[0]!.toUpperCase()}${dataset.slice(1)}${format[0]!.toUpperCase()}${format.slice(1)}`,
        summary: `Every ${dataset === 'comentions' ? 'co-mention pair' : dataset.replace(/s$/, '')} matching the filters, streamed as ${format.toUpperCase()}.`,
        request: { query },
        responses: { 200: text(EXPORT_CONTENT_TYPES[format].split(';')[0]!, 'The export (an attachment).'), ...errors },
      }),
    ),
  );
  return [feeds, calendar, ...exports];
}

/** The OpenAPI 3.1 document of the API, generated from the zod schemas the endpoints validate with. */
export function openApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  for (const endpoint of JSON_ENDPOINTS) registry.registerPath(routeOf(endpoint));
  for (const route of documentRoutes()) registry.registerPath(route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Bauyrlas open data API',
      version: '1.0.0',
      description:
        'Read-only access to what Bauyrlas extracts from news on Kazakhstan–China city and regional cooperation: articles, entities with names in Kazakh, Russian and English, events and stories, place relations with their evidence, and search. Every list is paged with an opaque cursor; every response carries an ETag; errors are RFC 9457 problem details.',
    },
    servers: [{ url: serverUrl }],
  });
}
