import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ArticleFilters, SearchSort } from '@/lib/data/search';
import { percentile, round } from './stats';

/**
 * Database benchmark of the page readers (`lib/data`): every query the dashboard, article, entity,
 * relations, timeline and search pages make, timed against an SQLite file.
 *
 *   npx tsx --conditions=react-server scripts/bench/bench-queries.ts --db <file> [--runs 30]
 *
 * Each reader is called a few times to warm up, then `runs` times, each run preceded by a
 * baseline query (`SELECT 1` through the same client) so a noisy machine shows in the baseline
 * too. Prints a table (median, p95, max in ms), then one JSON line.
 *
 * From another script, `measureDashboardQueries(databaseUrl, { runs })` runs this file in a child
 * process (the readers import `server-only` and open the database named by DATABASE_URL when
 * loaded, so they need a process of their own) and resolves with the parsed JSON line.
 */

export interface QueryTiming {
  /** The screen that makes the query: dashboard, article, entity, relations, timeline, search. */
  screen: string;
  /** The reader and its arguments, e.g. `listStories(entity)`. */
  name: string;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Median of the `SELECT 1` run just before each run of this reader. */
  baselineMedianMs: number;
}

export interface QueryMeasurement {
  database: string;
  articles: number;
  runs: number;
  queries: QueryTiming[];
}

export interface MeasureOptions {
  /** Timed runs per reader (default 30). */
  runs?: number;
  /** Untimed calls per reader before timing (default 3). */
  warmUp?: number;
}

const thisFile = fileURLToPath(import.meta.url);
const projectRoot = path.resolve(path.dirname(thisFile), '..', '..');

/**
 * Times every page reader against the SQLite database at `databaseUrl` (`file:<path>`) in a child
 * process and returns the timings (milliseconds).
 */
export async function measureDashboardQueries(databaseUrl: string, { runs = 30, warmUp = 3 }: MeasureOptions = {}): Promise<QueryMeasurement> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', thisFile, '--json', '--runs', String(runs), '--warm-up', String(warmUp)],
    { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 16 * 1024 * 1024 },
  );
  const last = stdout.trim().split('\n').at(-1);
  if (!last) throw new Error('the query benchmark printed nothing');
  return JSON.parse(last) as QueryMeasurement;
}

function readFlag(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
}


interface Reader {
  screen: string;
  name: string;
  run: () => Promise<unknown>;
}

/** The readers each page calls, with arguments taken from the database (its busiest entity, a real article…). */
async function pageReaders(today: string): Promise<{ readers: Reader[]; articles: number; baseline: () => Promise<unknown> }> {
  const { db } = await import('@/lib/db');
  const articles = await import('@/lib/data/articles');
  const dashboard = await import('@/lib/data/dashboard');
  const entities = await import('@/lib/data/entities');
  const events = await import('@/lib/data/events');
  const stories = await import('@/lib/data/stories');
  const mentionVolume = await import('@/lib/data/mention-volume');
  const relations = await import('@/lib/data/relations');
  const search = await import('@/lib/data/search');

  const locale = 'kk' as const;
  const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const [latest] = await articles.listLatestArticles(1);
  // The busiest place (Almaty in the synthetic corpus) and a place named in few articles.
  const places = await db.$kysely
    .selectFrom('Mention as m')
    .innerJoin('Entity as e', 'e.id', 'm.entityId')
    .select((eb) => ['e.key', eb.fn.countAll().as('mentions')])
    .where('e.type', '=', 'CITY')
    .groupBy('e.id')
    .orderBy('mentions', 'desc')
    .execute();
  const busiest = places[0]?.key ?? 'almaty';
  const quiet = places.at(-1)?.key ?? busiest;
  const articleSlug = latest?.slug ?? '';
  const eventEntity = (await events.listEventEntityOptions(locale, 1))[0]?.key;

  const readers: Reader[] = [
    { screen: 'dashboard', name: 'countArticles', run: () => articles.countArticles() },
    { screen: 'dashboard', name: 'getHeadlineFigures', run: () => dashboard.getHeadlineFigures(today) },
    { screen: 'dashboard', name: 'listStories(timeline panel)', run: () => stories.listStories(locale, { from: shift(-540), to: shift(1100) }, 30) },
    { screen: 'dashboard', name: 'listPlaceRelations(map, 60)', run: () => relations.listPlaceRelations(locale, {}, { limit: 60, evidenceLimit: 1 }) },
    { screen: 'dashboard', name: 'getMentionVolume(top 5)', run: () => mentionVolume.getMentionVolume(locale, 5) },
    { screen: 'dashboard', name: 'listUpcomingStories(6)', run: () => stories.listUpcomingStories(locale, today, 6) },
    { screen: 'dashboard', name: 'listLatestArticles(6)', run: () => articles.listLatestArticles(6) },

    { screen: 'article', name: 'getArticle', run: () => articles.getArticle(articleSlug, locale) },
    { screen: 'article', name: 'listArticleEvents', run: () => events.listArticleEvents(locale, articleSlug) },
    { screen: 'article', name: 'listPlaceRelations(article)', run: () => relations.listPlaceRelations(locale, { articleSlug }, { limit: 50, evidenceLimit: 50 }) },

    ...entityReaders(busiest, 'busiest'),
    ...entityReaders(quiet, 'quiet'),

    { screen: 'relations', name: 'countPlaceRelations', run: () => relations.countPlaceRelations({}) },
    { screen: 'relations', name: 'listPlaceRelations(page 1)', run: () => relations.listPlaceRelations(locale, {}, { limit: 30, evidenceLimit: 10 }) },
    { screen: 'relations', name: 'listPlaceRelations(page 3)', run: () => relations.listPlaceRelations(locale, {}, { limit: 30, offset: 60, evidenceLimit: 10 }) },
    { screen: 'relations', name: 'listPlaceRelations(type filter)', run: () => relations.listPlaceRelations(locale, { type: 'SISTER_CITIES' }, { limit: 30, evidenceLimit: 10 }) },

    { screen: 'timeline', name: 'listStories(page 1)', run: () => stories.listStories(locale, {}, 50) },
    { screen: 'timeline', name: 'listStories(page 20)', run: () => stories.listStories(locale, {}, 50, 950) },
    { screen: 'timeline', name: 'countStories', run: () => stories.countStories({}) },
    { screen: 'timeline', name: 'listStories(type)', run: () => stories.listStories(locale, { type: 'AGREEMENT' }, 50) },
    { screen: 'timeline', name: 'countStories(type)', run: () => stories.countStories({ type: 'AGREEMENT' }) },
    { screen: 'timeline', name: 'listStories(entity)', run: () => stories.listStories(locale, { entityKey: eventEntity }, 50) },
    { screen: 'timeline', name: 'countStories(entity)', run: () => stories.countStories({ entityKey: eventEntity }) },
    { screen: 'timeline', name: 'listStories(one year)', run: () => stories.listStories(locale, { from: '2025-01-01', to: '2025-12-31' }, 50) },
    { screen: 'timeline', name: 'countStories(one year)', run: () => stories.countStories({ from: '2025-01-01', to: '2025-12-31' }) },
    { screen: 'timeline', name: 'listEventEntityOptions(200)', run: () => events.listEventEntityOptions(locale, 200) },

    // The kinds of query the search targets name (docs/BENCHMARKS.md, "Search"), and the archive.
    ...searchReaders([
      ['frequent name, kk: Алматыдан', 'Алматыдан'],
      ['frequent name, en: Almaty', 'Almaty'],
      ['common word: cooperation', 'cooperation'],
      ['common word, page 10', 'cooperation', {}, 'newest', 10],
      ['relevance: ынтымақтастығы', 'ынтымақтастығы', {}, 'relevance'],
      ['rare word: баспасөз', 'баспасөз'],
      ['phrase: "бауырлас қалалар"', '"бауырлас қалалар"'],
      ['two words: Urumqi flights', 'Urumqi flights'],
      ['filtered: Шанхай, ru, 2025', 'Шанхай', { language: 'ru', from: '2025-01-01', to: '2025-12-31' }],
      ['archive', ''],
      ['archive: kk, entity', '', { language: 'kk', entity: busiest }],
    ]),
  ];

  function searchReaders(
    queries: [name: string, query: string, filters?: ArticleFilters, sort?: SearchSort, page?: number][],
  ): Reader[] {
    return queries.map(([name, query, filters = {}, sort = 'newest', page = 1]) => ({
      screen: 'search',
      name,
      run: () => search.searchArticles({ query, filters, sort, page, pageSize: 10 }, locale),
    }));
  }

  function entityReaders(key: string, label: string): Reader[] {
    return [
      { screen: `entity (${label})`, name: `getEntity(${key})`, run: () => entities.getEntity(key, locale) },
      { screen: `entity (${label})`, name: 'getEntityMentionTimeline', run: () => entities.getEntityMentionTimeline(key) },
      { screen: `entity (${label})`, name: 'listCoMentionedEntities', run: () => entities.listCoMentionedEntities(key, locale) },
      { screen: `entity (${label})`, name: 'listStories(entity)', run: () => stories.listStories(locale, { entityKey: key }, 20) },
      { screen: `entity (${label})`, name: 'countStories(entity)', run: () => stories.countStories({ entityKey: key }) },
      { screen: `entity (${label})`, name: 'listEntityArticles', run: () => entities.listEntityArticles(key, 20) },
      { screen: `entity (${label})`, name: 'listEntityArticles(page 50)', run: () => entities.listEntityArticles(key, 20, 980) },
      { screen: `entity (${label})`, name: 'listStories(entity, page 20)', run: () => stories.listStories(locale, { entityKey: key }, 20, 380) },
      { screen: `entity (${label})`, name: 'listPlaceRelations(place)', run: () => relations.listPlaceRelations(locale, { placeKey: key }, { limit: 20, evidenceLimit: 3 }) },
    ];
  }

  return { readers, articles: await articles.countArticles(), baseline: () => db.$kysely.selectNoFrom((eb) => eb.lit(1).as('one')).execute() };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function measureHere(database: string, runs: number, warmUp: number): Promise<QueryMeasurement> {
  const { todayIso } = await import('@/lib/present/temporal-label');
  const { readers, articles, baseline } = await pageReaders(todayIso());
  const queries: QueryTiming[] = [];
  for (const reader of readers) {
    for (let i = 0; i < warmUp; i++) await reader.run();
    const [times, baselines]: [number[], number[]] = [[], []];
    for (let i = 0; i < runs; i++) {
      baselines.push(await timed(baseline));
      times.push(await timed(reader.run));
    }
    // Nearest-rank percentiles, so a median is a time that was measured.
    queries.push({
      screen: reader.screen,
      name: reader.name,
      medianMs: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      maxMs: round(Math.max(...times)),
      baselineMedianMs: round(percentile(baselines, 50)),
    });
  }
  return { database, articles, runs, queries };
}

function printTable({ database, articles, runs, queries }: QueryMeasurement): void {
  console.log(`${database}: ${articles} articles, ${runs} runs per reader (ms)`);
  const header = ['screen', 'reader', 'median', 'p95', 'max', 'SELECT 1'];
  const rows = queries.map((q) => [q.screen, q.name, q.medianMs, q.p95Ms, q.maxMs, q.baselineMedianMs].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main(args: readonly string[]): Promise<void> {
  const file = readFlag(args, '--db');
  if (file) process.env.DATABASE_URL = `file:${path.resolve(file)}`;
  const database = process.env.DATABASE_URL;
  if (!database) throw new Error('usage: bench-queries.ts --db <sqlite file> [--runs N] [--warm-up N]');
  const runs = Number(readFlag(args, '--runs') ?? 30);
  const warmUp = Number(readFlag(args, '--warm-up') ?? 3);
  const measurement = await measureHere(database, runs, warmUp);
  if (!args.includes('--json')) printTable(measurement);
  console.log(JSON.stringify(measurement));
  const { db } = await import('@/lib/db');
  await db.$disconnect();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
