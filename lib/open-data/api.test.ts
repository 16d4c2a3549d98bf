import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('api');
  return process.env.DATABASE_URL;
});

import * as articleRoute from '@/app/api/v1/articles/[slug]/route';
import * as articlesRoute from '@/app/api/v1/articles/route';
import * as entityRoute from '@/app/api/v1/entities/[key]/route';
import * as entitiesRoute from '@/app/api/v1/entities/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as openApiRoute from '@/app/api/v1/openapi.json/route';
import * as relationsRoute from '@/app/api/v1/relations/route';
import * as searchRoute from '@/app/api/v1/search/route';
import * as storyRoute from '@/app/api/v1/stories/[id]/route';
import * as storiesRoute from '@/app/api/v1/stories/route';
import { listEventsAfter, streamEvents } from '@/lib/data/event-list';
import { eventSelect, toEventDto } from '@/lib/data/events';
import { db } from '@/lib/db';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { encodeCursor } from './cursor';
import { openApiValidator } from './testing/openapi-validator';
import { HOSTILE_TITLE, ingestOpenDataFixtures } from './testing/seed-documents';

const ORIGIN = 'http://api.test';
type Get = (request: Request, context: never) => Promise<Response>;
const noContext = undefined as never;

const LISTS: { path: string; get: Get; valid: string }[] = [
  { path: '/articles', get: articlesRoute.GET as Get, valid: 'language=kk' },
  { path: '/entities', get: entitiesRoute.GET as Get, valid: 'type=CITY' },
  { path: '/events', get: eventsRoute.GET as Get, valid: 'type=VISIT' },
  { path: '/stories', get: storiesRoute.GET as Get, valid: 'type=VISIT' },
  { path: '/relations', get: relationsRoute.GET as Get, valid: 'type=FLIGHTS' },
  { path: '/search', get: searchRoute.GET as Get, valid: 'q=Almaty' },
];

function request(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/v1${path}`, { headers });
}

const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) }) as never;

let database: TestDatabase;
let document: OpenAPIV3_1.Document;
let validate: ReturnType<typeof openApiValidator>;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  await ingestOpenDataFixtures(database.db);
  const response = await openApiRoute.GET(request('/openapi.json'), noContext);
  document = (await response.json()) as OpenAPIV3_1.Document;
  validate = openApiValidator(document as never);
});

afterAll(() => database.dispose());

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

async function expectValid(response: Response, path: string, status = '200') {
  const mediaType = status === '200' ? 'application/json' : 'application/problem+json';
  expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
  const body = await json(response);
  expect(validate(`/api/v1${path}`, status, mediaType, body)).toEqual([]);
  return body;
}

describe('the OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document (read by swagger-parser)', async () => {
    const api = await SwaggerParser.validate(structuredClone(document) as never);
    expect(api).toMatchObject({ openapi: '3.1.0' });
    expect(Object.keys(document.paths ?? {})).toEqual(expect.arrayContaining(LISTS.map((list) => `/api/v1${list.path}`)));
    expect(document.servers).toEqual([{ url: ORIGIN }]);
    expect(Object.keys(document.paths ?? {})).toEqual(
      expect.arrayContaining(['/api/v1/feeds/{file}', '/api/v1/calendar.ics', '/api/v1/exports/events.csv', '/api/v1/exports/relations.geojson', '/api/v1/exports/comentions.gexf']),
    );
  });
});

describe('list endpoints', () => {
  test.each(LISTS)('$path answers its page in the documented shape, open to every origin and cacheable', async ({ path, get, valid }) => {
    const response = await get(request(`${path}?${valid}&limit=2`), noContext);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const body = await expectValid(response, path);
    expect((body.data as unknown[]).length).toBeGreaterThan(0);
    const again = await get(request(`${path}?${valid}&limit=2`, { 'if-none-match': etag! }), noContext);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  test.each([
    { path: '/articles', get: articlesRoute.GET as Get, id: (item: Record<string, unknown>) => item.slug },
    { path: '/events', get: eventsRoute.GET as Get, id: (item: Record<string, unknown>) => item.id },
    { path: '/stories', get: storiesRoute.GET as Get, id: (item: Record<string, unknown>) => item.id },
    { path: '/entities', get: entitiesRoute.GET as Get, id: (item: Record<string, unknown>) => item.key, filter: '&q=an&type=COUNTRY' },
    { path: '/relations', get: relationsRoute.GET as Get, id: (item: Record<string, unknown>) => item.id },
  ])('$path pages by cursor through every item once', async ({ path, get, id, filter = '' }) => {
    const whole = await json(await get(request(`${path}?limit=100${filter}`), noContext));
    const all = (whole.data as Record<string, unknown>[]).map(id);
    expect(whole.next).toBeNull();
    expect(all.length).toBeGreaterThan(2);
    const seen: unknown[] = [];
    let url: string | null = `${ORIGIN}/api/v1${path}?limit=2${filter}`;
    while (url) {
      const page = await json(await get(new Request(url), noContext));
      seen.push(...(page.data as Record<string, unknown>[]).map(id));
      url = (page.links as { next: string | null }).next;
    }
    expect(seen).toEqual(all);
  });

  test('articles come newest first by default and oldest first on request', async () => {
    const newest = await json(await articlesRoute.GET(request('/articles'), noContext));
    const days = (newest.data as { publishedOn: string }[]).map((a) => a.publishedOn);
    expect(days).toEqual([...days].sort().reverse());
    const oldest = await json(await articlesRoute.GET(request('/articles?sort=oldest'), noContext));
    expect((oldest.data as { publishedOn: string }[])[0]?.publishedOn).toBe([...days].sort()[0]);
  });

  test('?locale= picks the display name; every entity carries its names in kk, ru and en', async () => {
    const ru = await json(await relationsRoute.GET(request('/relations?type=SISTER_CITIES&place=almaty&locale=ru'), noContext));
    const relation = (ru.data as { a: { key: string; name: string; names: Record<string, string> }; b: { key: string; name: string } }[])[0]!;
    const almaty = relation.a.key === 'almaty' ? relation.a : relation.b;
    expect(almaty.name).toBe('Алматы');
    expect(relation.a.names).toMatchObject({ kk: expect.any(String), ru: expect.any(String), en: expect.any(String) });
    const kk = await json(await entityRoute.GET(request('/entities/shanghai?locale=kk'), withParams({ key: 'shanghai' })));
    expect(kk).toMatchObject({ name: 'Шаңхай', names: { kk: 'Шаңхай', ru: 'Шанхай', en: 'Shanghai' }, url: `${ORIGIN}/kk/entities/shanghai` });
  });

  test('filters narrow the lists', async () => {
    const kk = await json(await articlesRoute.GET(request('/articles?language=kk'), noContext));
    expect((kk.data as { language: string }[]).every((a) => a.language === 'kk')).toBe(true);
    const cities = await json(await entitiesRoute.GET(request('/entities?type=CITY&known=true&limit=100'), noContext));
    expect((cities.data as { type: string; known: boolean }[]).every((e) => e.type === 'CITY' && e.known)).toBe(true);
    const planned = await json(await eventsRoute.GET(request('/events?status=planned&from=2026-03-01&to=2026-03-31'), noContext));
    const events = planned.data as { status: string; startsOn: string; endsOn: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.status === 'planned' && e.startsOn <= '2026-03-31' && e.endsOn >= '2026-03-01')).toBe(true);
    const unknownEntity = await json(await articlesRoute.GET(request('/articles?entity=no-such-entity'), noContext));
    expect(unknownEntity.data).toEqual([]);
    const search = await json(await searchRoute.GET(request('/search?q=Almaty&entity=no-such-entity'), noContext));
    expect(search).toMatchObject({ data: [], total: { count: 0 } });
  });

  test('search finds inflected forms across languages, with snippets', async () => {
    const body = await expectValid(await searchRoute.GET(request('/search?q=Шанхай&sort=newest'), noContext), '/search');
    const hits = body.data as { language: string; snippet: { text: string; hits: [number, number][] } | null }[];
    expect(new Set(hits.map((hit) => hit.language))).toEqual(new Set(['kk', 'ru']));
    expect(hits.some((hit) => hit.snippet && hit.snippet.hits.length > 0)).toBe(true);
  });
});

describe('the events reader', () => {
  test('gives, page by page and streamed, what a plain read of every event gives', async () => {
    const plain = (await db.event.findMany({ orderBy: { id: 'asc' }, select: eventSelect })).map((row) => toEventDto('ru', row));
    expect(plain.length).toBeGreaterThan(5);
    expect(await listEventsAfter('ru', {}, null, 1_000)).toEqual(plain);
    const streamed = [];
    for await (const batch of streamEvents('ru', {}, 2)) streamed.push(...batch);
    expect(streamed).toEqual(plain);
    const almaty = plain.filter((event) => event.entities.some((entity) => entity.key === 'almaty') && event.status === 'planned');
    expect(await listEventsAfter('ru', { entityKey: 'almaty', status: 'planned' }, null, 1_000)).toEqual(almaty);
  });
});

describe('detail endpoints', () => {
  test('an article with its mentions, dates, events and relations', async () => {
    const slug = '000-2b8d6f310e8ad15b';
    const body = await expectValid(await articleRoute.GET(request(`/articles/${slug}`), withParams({ slug })), '/articles/{slug}');
    const article = body as { body: string; mentions: { start: number; end: number }[]; events: unknown[]; relations: unknown[]; temporals: unknown[] };
    expect(article.mentions.length).toBeGreaterThan(5);
    expect(article.events.length).toBeGreaterThan(0);
    expect(article.relations.length).toBeGreaterThan(0);
    expect(article.temporals.length).toBeGreaterThan(0);
  });

  test('a story with every report', async () => {
    const stories = await json(await storiesRoute.GET(request('/stories?type=FLIGHT_LAUNCH&entity=xian'), noContext));
    const id = String((stories.data as { id: number }[])[0]!.id);
    const body = await expectValid(await storyRoute.GET(request(`/stories/${id}`), withParams({ id })), '/stories/{id}');
    expect((body.reports as unknown[]).length).toBe(3);
  });

  test.each([
    ['/articles/{slug}', articleRoute.GET as Get, { slug: 'no-such-article' }],
    ['/articles/{slug}', articleRoute.GET as Get, { slug: '..%2F..%2Fetc%2Fpasswd' }],
    ['/articles/{slug}', articleRoute.GET as Get, { slug: '%E0%A4%A' }],
    ['/entities/{key}', entityRoute.GET as Get, { key: 'NO<script>' }],
    ['/stories/{id}', storyRoute.GET as Get, { id: '999999' }],
    ['/stories/{id}', storyRoute.GET as Get, { id: '1e3' }],
    ['/stories/{id}', storyRoute.GET as Get, { id: '99999999999999999999' }],
  ])('%s answers 404 problem details for %j', async (path, get, params) => {
    const response = await get(request('/x'), withParams(params));
    expect(response.status).toBe(404);
    const body = await expectValid(response, path, '404');
    expect(body).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

describe('hostile parameters answer 400 problem details, never 500', () => {
  const hostile = [
    'unknown=1',
    'limit=0',
    'limit=101',
    'limit=abc',
    'limit=1e309',
    'limit=-1',
    'limit=2&limit=3',
    'locale=xx',
    'locale=<script>',
    'cursor=%00%00',
    'cursor=not-a-cursor',
    `cursor=${encodeCursor({ o: -5 })}`,
    `cursor=${encodeCursor({ d: '2026-01-01', i: 1, extra: '<x>' })}`,
    `cursor=${'A'.repeat(600)}`,
    'from=2026-02-30',
    'to=yesterday',
    'type=<script>alert(1)</script>',
    'entity=Robert%27);DROP TABLE Article;--',
    '__proto__=1',
    'constructor=x',
  ];
  const cases = LISTS.flatMap((list) => hostile.map((query) => ({ ...list, query })));
  test.each(cases)('$path?$query', async ({ path, get, valid, query }) => {
    const response = await get(request(`${path}?${path === '/search' ? `${valid}&` : ''}${query}`), noContext);
    expect(response.status).toBe(400);
    const body = await expectValid(response, path, '400');
    expect(body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect((body.errors as unknown[]).length).toBeGreaterThan(0);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test.each(['', '%20%20', 'x'.repeat(201)])('a search without a usable query (q=%s) is a 400', async (q) => {
    const response = await searchRoute.GET(request(`/search?q=${q}`), noContext);
    expect(response.status).toBe(400);
  });

  test.each(['"', '"unclosed phrase', 'NEAR(a b)', '*', 'a OR', '-', '-"', 'col:value', '^start', '\u0000', '((()))', 'Алматы AND OR NOT'])(
    'search syntax the engine would choke on (%j) is read as text',
    async (q) => {
      const response = await searchRoute.GET(request(`/search?q=${encodeURIComponent(q)}`), noContext);
      expect([200, 400]).toContain(response.status);
      if (response.status === 200) await expectValid(response, '/search');
    },
  );

  test('markup in a document stays data in JSON', async () => {
    const body = await json(await articlesRoute.GET(request('/articles?from=2026-10-07&to=2026-10-07'), noContext));
    expect((body.data as { title: string }[])[0]?.title).toBe(HOSTILE_TITLE);
  });
});
