import path from 'node:path';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('formats');
  return process.env.DATABASE_URL;
});

import * as calendarRoute from '@/app/api/v1/calendar.ics/route';
import * as eventsRoute from '@/app/api/v1/events/route';
import * as exportRoute from '@/app/api/v1/exports/[file]/route';
import * as feedRoute from '@/app/api/v1/feeds/[file]/route';
import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { removeArticles } from '@/lib/ingest/persist-article';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { gexfChunks } from './gexf';
import { HOSTILE_PARAGRAPH, HOSTILE_TITLE, ingestOpenDataFixtures } from './testing/seed-documents';

/** Every format is read back by an independent, maintained parser, never by our own code. */

const ORIGIN = 'http://formats.test';
const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) }) as never;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  await ingestOpenDataFixtures(database.db);
});

afterAll(() => database.dispose());

async function feed(file: string, query = '') {
  const response = await feedRoute.GET(new Request(`${ORIGIN}/api/v1/feeds/${file}${query}`), withParams({ file }));
  return { response, text: await response.text() };
}

describe('feeds (read by @rowanmanning/feed-parser)', () => {
  test.each([
    ['articles.rss', 'rss', 'application/rss+xml'],
    ['articles.atom', 'atom', 'application/atom+xml'],
  ])('%s holds the newest articles with links to their pages in the locale', async (file, type, contentType) => {
    const { response, text } = await feed(file, '?locale=ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${contentType}; charset=utf-8`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('etag')).toBeTruthy();
    const parsed = parseFeed(text);
    expect(parsed.meta.type).toBe(type);
    expect(parsed.title).toBe('Bauyrlas: последние статьи');
    expect(parsed.items.length).toBe(6);
    const published = parsed.items.map((item) => item.published?.toISOString().slice(0, 10) ?? '');
    expect(published).toEqual([...published].sort().reverse());
    expect(parsed.items.every((item) => item.url?.startsWith(`${ORIGIN}/ru/articles/`))).toBe(true);
  });

  test.each(['articles.rss', 'articles.atom'])('markup in an article stays text in %s', async (file) => {
    const { text } = await feed(file);
    // Parsed back, the title and the description are the article's text exactly: nothing was read as markup.
    const hostile = parseFeed(text).items.find((item) => item.title?.includes('HYPERLINK'));
    expect(hostile?.title).toBe(HOSTILE_TITLE);
    expect(hostile?.description).toContain('<img src=x onerror=alert(1)> ]]>');
    expect(hostile?.description).toContain('+cmd|');
  });

  test('per entity, per relation pair and per event type', async () => {
    const entity = parseFeed((await feed('articles.rss', '?entity=xian&locale=kk')).text);
    expect(entity.title).toBe('Bauyrlas · Сиань: соңғы мақалалар');
    expect(entity.items.length).toBe(3);
    const pair = parseFeed((await feed('articles.atom', '?a=shanghai&b=almaty')).text);
    expect(pair.title).toBe('Bauyrlas · Shanghai – Almaty: latest articles');
    expect(pair.items.map((item) => item.url)).toEqual([`${ORIGIN}/en/articles/ru-flights`, `${ORIGIN}/en/articles/000-2b8d6f310e8ad15b`]);
    const flights = parseFeed((await feed('articles.rss', '?type=FLIGHT_LAUNCH&locale=en')).text);
    expect(flights.title).toBe('Bauyrlas · Flight launch: latest articles');
    expect(flights.items.map((item) => item.url)).toEqual(expect.arrayContaining(['001', '002', '003'].map((n) => expect.stringContaining(`/articles/${n}-astana-xian`))));
  });

  test.each([
    ['articles.rss', '?entity=no-such-entity', 404],
    ['articles.rss', '?a=almaty', 400],
    ['articles.rss', '?type=<b>', 400],
    ['articles.rss', '?locale=de', 400],
    ['articles.rss', '?entity=almaty&entity=shanghai', 400],
    ['articles.json', '', 404],
    ['..%2Fopenapi.json', '', 404],
  ])('%s%s answers %i problem details', async (file, query, status) => {
    const { response, text } = await feed(file, query);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(text)).toMatchObject({ status });
  });
});

async function calendar(query: string) {
  const response = await calendarRoute.GET(new Request(`${ORIGIN}/api/v1/calendar.ics${query}`), undefined as never);
  const text = await response.text();
  return { response, text, events: response.status === 200 ? Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT') : [] };
}

const isoOf = (date: Date | undefined) => date?.toISOString().slice(0, 10);
/** node-ical gives a URL with parameters (`URL;VALUE=URI:`) as an object. */
const urlOf = (event: VEvent) => {
  const url = event.url as unknown;
  return typeof url === 'object' && url !== null && 'val' in url ? String(url.val) : String(url);
};

async function download(file: string, query = '') {
  const response = await exportRoute.GET(new Request(`${ORIGIN}/api/v1/exports/${file}${query}`), withParams({ file }));
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

function csvRows(bytes: Buffer): Record<string, string>[] {
  return parseCsv(bytes, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false });
}

describe('exports (CSV read by csv-parse, GeoJSON by @placemarkio/check-geojson)', () => {
  test('events as RFC 4180 CSV with a UTF-8 byte-order mark, one row per event, the same as the API lists', async () => {
    const { response, bytes } = await download('events.csv', '?locale=kk');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bauyrlas-events-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const rows = csvRows(bytes);
    const api = await (await eventsRoute.GET(new Request(`${ORIGIN}/api/v1/events?limit=100&locale=kk`), undefined as never)).json();
    expect(rows.map((row) => Number(row.id))).toEqual((api.data as { id: number }[]).map((event) => event.id));
    const first = rows.find((row) => row.article_language === 'kk');
    expect(first?.evidence).toMatch(/[әғқңөұүһі]/);
  });

  test('a cell a spreadsheet would run as a formula is neutralised; markup stays text', async () => {
    const rows = csvRows((await download('articles.csv')).bytes);
    const hostile = rows.find((row) => row.title?.includes('HYPERLINK'));
    expect(hostile?.title).toBe(`'${HOSTILE_TITLE}`);
    expect(hostile?.lead).toContain(HOSTILE_PARAGRAPH);
    const events = csvRows((await download('events.csv', '?entity=urumqi')).bytes);
    expect(events.find((row) => row.article_title?.includes('HYPERLINK'))?.article_title).toBe(`'${HOSTILE_TITLE}`);
    expect(rows.every((row) => !/^[=+\-@\t\r]/.test(Object.values(row).join('')))).toBe(true);
  });

  test('exports carry the list filters', async () => {
    const visits = csvRows((await download('events.csv', '?type=VISIT&status=planned')).bytes);
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((row) => row.type === 'VISIT' && row.status === 'planned')).toBe(true);
    const kk = JSON.parse((await download('articles.json', '?language=kk')).bytes.toString('utf8')) as { language: string }[];
    expect(kk.length).toBeGreaterThan(0);
    expect(kk.every((article) => article.language === 'kk')).toBe(true);
    const stories = JSON.parse((await download('stories.json', '?type=FLIGHT_LAUNCH&entity=xian')).bytes.toString('utf8')) as { reportCount: number }[];
    expect(stories.map((story) => story.reportCount)).toEqual([3]);
    const found = csvRows((await download('articles.csv', `?q=${encodeURIComponent('Шанхай')}&sort=relevance`)).bytes);
    expect(new Set(found.map((row) => row.language))).toEqual(new Set(['kk', 'ru']));
    expect(found.length).toBeLessThan(6);
    const none = JSON.parse((await download('relations.json', '?place=no-such-place')).bytes.toString('utf8'));
    expect(none).toEqual([]);
  });

  test('relations as GeoJSON: each place a Point once, each relation a LineString with type, status and evidence count', async () => {
    const { response, bytes } = await download('relations.geojson', '?locale=ru');
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const collection = checkGeoJson(bytes.toString('utf8'));
    expect(collection.type).toBe('FeatureCollection');
    const features = (collection as GeoJSON.FeatureCollection).features;
    const lines = features.filter((feature) => feature.geometry.type === 'LineString');
    const points = features.filter((feature) => feature.geometry.type === 'Point');
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(points.map((point) => point.id)).size).toBe(points.length);
    const sister = lines.find((line) => line.properties?.type === 'SISTER_CITIES');
    expect(sister?.properties).toMatchObject({ evidenceCount: expect.any(Number), name: expect.stringContaining('Алматы') });
    expect(sister?.properties).toHaveProperty('status');
    const almaty = points.find((point) => point.properties?.key === 'almaty');
    const [lon, lat] = (almaty?.geometry as GeoJSON.Point).coordinates;
    expect(lon).toBeCloseTo(76.9, 0);
    expect(lat).toBeCloseTo(43.2, 0);
    const csv = csvRows((await download('relations.csv')).bytes);
    expect(csv.length).toBe(lines.length);
  });

  test('the place-relation and co-mention networks as GEXF (read by graphology-gexf)', async () => {
    const { response, bytes } = await download('relations.gexf', '?locale=kk');
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const places = parseGexf(Graph, bytes.toString('utf8'));
    const relations = JSON.parse((await download('relations.json')).bytes.toString('utf8')) as { id: number; evidenceCount: number; a: { key: string } }[];
    expect(places.size).toBe(relations.length);
    expect(places.getNodeAttribute('almaty', 'label')).toBe('Алматы');
    expect(places.getNodeAttribute('almaty', 'type')).toBe('CITY');
    const edge = places.getEdgeAttributes(`r${relations[0]!.id}`);
    expect(edge.weight).toBe(relations[0]!.evidenceCount);
    const coMentions = parseGexf(Graph, (await download('comentions.gexf', '?min=1&locale=en')).bytes.toString('utf8'));
    expect(coMentions.order).toBeGreaterThan(10);
    expect(coMentions.hasNode('almaty') && coMentions.hasNode('shanghai')).toBe(true);
    expect(coMentions.edges('almaty', 'shanghai')).toHaveLength(1);
  });

  test('GEXF text is escaped: hostile labels and values read back exactly', async () => {
    async function* one<T>(item: T) {
      yield [item];
    }
    const label = `${HOSTILE_TITLE} ]]> '\u0001`;
    const chunks: string[] = [];
    for await (const chunk of gexfChunks({
      description: '<desc> & "quotes"',
      nodeAttributes: [{ id: 'note', type: 'string' }],
      edgeAttributes: [],
      nodes: (async function* () {
        yield [
          { id: 'a&b', label, values: { note: '<b>"x"</b>' } },
          { id: 'c', label: 'c', values: { note: null } },
        ];
      })(),
      edges: one({ id: 'e1', source: 'a&b', target: 'c', weight: 2, values: {} }),
    }))
      chunks.push(chunk);
    const graph = parseGexf(Graph, chunks.join(''));
    expect(graph.getNodeAttribute('a&b', 'label')).toBe(label.replace('\u0001', ''));
    expect(graph.getNodeAttribute('a&b', 'note')).toBe('<b>"x"</b>');
    expect(graph.hasEdge('a&b', 'c')).toBe(true);
  });

  test.each([
    ['comentions.csv', '', 404],
    ['comentions.gexf', '?min=0', 400],
    ['events.geojson', '', 404],
    ['entities.csv', '', 404],
    ['events.csv.exe', '', 404],
    ['events.csv', '?limit=10', 400],
    ['events.csv', '?type=VISIT&type=MEETING', 400],
    ['articles.csv', '?from=2026-02-31', 400],
    ['relations.geojson', '?evidence=-1', 400],
    ['stories.json', '?locale=zz', 400],
  ])('%s%s answers %i problem details', async (file, query, status) => {
    const { response, bytes } = await download(file, query);
    expect(response.status).toBe(status);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ status });
  });
});

describe('calendars (read by node-ical)', () => {
  test('upcoming stories as all-day spans, fuzzy dates said in the summary, evidence and links in the description', async () => {
    const { response, events } = await calendar('?from=2026-01-01&locale=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const referendum = events.find((event) => isoOf(event.start) === '2026-03-15');
    expect(referendum?.datetype).toBe('date');
    expect(isoOf(referendum!.start)).toBe('2026-03-15');
    expect(isoOf(referendum!.end)).toBe('2026-03-16');
    expect(String(referendum?.summary)).not.toMatch(/^≈/);
    // "In the first half of 2026": January to June, said to be approximate.
    const halfYear = events.find((event) => isoOf(event.start) === '2026-01-01' && isoOf(event.end) === '2026-07-01');
    expect(String(halfYear?.summary)).toMatch(/^≈ January\s–\sJune 2026: /);
    const roadmap = events.find((event) => isoOf(event.start) === '2026-01-01' && isoOf(event.end) === '2029-01-01');
    expect(String(roadmap?.summary)).toMatch(/^≈ 2026\s–\s2028: /);
    const description = String(referendum?.description);
    expect(description).toContain('Evidence: «');
    expect(description).toContain(`${ORIGIN}/en/articles/000-2b8d6f310e8ad15b`);
    expect(urlOf(referendum!)).toMatch(new RegExp(`^${ORIGIN}/en/events/\\d+$`));
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  test("the timeline's filters and the locale", async () => {
    const { events } = await calendar('?from=2026-01-01&type=REFERENDUM&locale=kk');
    expect(events).toHaveLength(1);
    expect(String(events[0]?.description)).toContain('Дереккөз: «');
    const byEntity = await calendar('?from=2026-01-01&entity=gong-zheng&locale=ru');
    expect(byEntity.events.length).toBeGreaterThan(0);
    const header = Object.values(nodeIcal.sync.parseICS(byEntity.text)).find((c) => c?.type === 'VCALENDAR') as unknown as Record<string, string>;
    expect(header['WR-CALNAME']).toBe('Bauyrlas · Гун Чжэн: предстоящие события');
    const later = await calendar('?from=2031-01-01');
    expect(later.events).toEqual([]);
  });

  test('markup stays text', async () => {
    const { events } = await calendar('?from=2026-10-01&entity=urumqi');
    const hostile = events.find((event) => String(event.description).includes('HYPERLINK'));
    expect(String(hostile?.description)).toContain(HOSTILE_TITLE);
  });

  test.each([
    ['?entity=no-such-entity', 404],
    ['?from=2026-13-01', 400],
    ['?type=visit', 400],
    ['?to=2026-01-01&to=2026-02-01', 400],
    ['?cursor=x', 400],
  ])('%s answers %i problem details', async (query, status) => {
    const { response, text } = await calendar(query);
    expect(response.status).toBe(status);
    expect(JSON.parse(text)).toMatchObject({ status });
  });

  test('UIDs stay the same when the articles are stored again (new event and story ids)', async () => {
    const before = await calendar('?from=2026-01-01');
    const storyUrls = before.events.map(urlOf).sort();
    const seed = await database.db.article.findUniqueOrThrow({ where: { slug: '000-2b8d6f310e8ad15b' }, select: { sourcePath: true } });
    await removeArticles(database.db, [seed.sourcePath]);
    const files = collectFiles([path.join(projectRoot, seed.sourcePath)]);
    const report = await runIngest({ db: database.db, gazetteer: readGazetteer(), files, projectRoot, extractionWorkers: 0 });
    expect(report.rejected).toEqual([]);
    const after = await calendar('?from=2026-01-01');
    expect(after.events.map(urlOf).sort()).not.toEqual(storyUrls);
    expect(after.events.map((event) => event.uid).sort()).toEqual(before.events.map((event) => event.uid).sort());
  });
});
