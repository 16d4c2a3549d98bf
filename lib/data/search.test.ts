import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('search');
  return process.env.DATABASE_URL;
});

import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { COUNT_BOUND, RELEVANCE_WINDOW, searchArticles, type ArticleFilters, type ArticleSearchDto, type SearchSort } from './search';

/**
 * Search and the archive on a database of our own articles: one folder per source, four articles
 * that name the same places and people in different forms and languages, and a pile of short notes
 * that makes one word common enough to pass the count bound.
 */

let database: TestDatabase;

const ARTICLES = {
  'kk-wire/almaty-shanghai.txt': [
    'date 2026-03-10 Алматыда Шаңхай делегациясы болды',
    'Шаңхай қаласының делегациясы Алматыға келді. Тараптар Қытаймен сауданы талқылады.',
    'Мемлекет басшысы Қасым-Жомарт Тоқаев жиынға қатысты. Бауырлас қалалар арасындағы байланыс нығая түседі.',
  ],
  'ru-wire/flights.txt': [
    'date 2025-06-20 Рейсы из Алматы в Шанхай',
    'Авиакомпания объявила о новых рейсах между Алматы и Шанхаем. Делегация Шымкента посетила Шанхай.',
  ],
  'en-wire/sister-cities.txt': [
    'date 2024-11-05 Sister cities sign a trade deal',
    "Almaty and Urumqi, sister cities since 2020, signed agreements on trade. Tokayev's office welcomed the partners' plans.",
    'The city of Shymkent joined the talks.',
  ],
  'kk-wire/shymkent-urumqi.txt': [
    'date 2026-01-15 Шымкент пен Үрімжі келісімге қол қойды',
    'Шымкентте өткен кездесуде Үрімжіден келген қонақтар сауда туралы айтты. Еліміздің экспорты өсті.',
  ],
} as const;

const A = 'almaty-shanghai';
const B = 'flights';
const C = 'sister-cities';
const D = 'shymkent-urumqi';
/** Notes that make "note" a word of more articles than the count bound. */
const NOTES = COUNT_BOUND + 30;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  const root = mkdtempSync(path.join(tmpdir(), 'bauyrlas-search-docs-'));
  for (const [file, lines] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `${lines.join('\n')}\n`);
  }
  mkdirSync(path.join(root, 'notes'));
  for (let n = 0; n < NOTES; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    writeFileSync(path.join(root, 'notes', `note-${n}.txt`), `date 2023-02-${day} Note ${n}\nA short note, number ${n}.\n`);
  }
  const inputs = [...Object.keys(ARTICLES).map((file) => path.dirname(file)), 'notes'];
  const files = collectFiles([...new Set(inputs)].map((folder) => path.join(root, folder)));
  const report = await runIngest({ db: database.db, gazetteer: readGazetteer(), files, projectRoot: root, extractionWorkers: 0 });
  expect(report.rejected).toEqual([]);
}, 240_000);

afterAll(() => database.dispose());

async function search(query: string, filters: ArticleFilters = {}, sort: SearchSort = 'newest', page = 1): Promise<ArticleSearchDto> {
  return searchArticles({ query, filters, sort, page, pageSize: 10 }, 'en');
}

const slugs = (result: ArticleSearchDto) => result.hits.map((hit) => hit.slug);

describe('every inflected form finds its articles, in every language', () => {
  test.each([
    // Kazakh case endings the old index missed (ablative, genitive, instrumental), and the entity behind them
    ['Алматыдан', [A, B, C]],
    ['Алматының', [A, B, C]],
    ['Шымкенттен', [B, C, D]],
    ['Қытаймен', [A]],
    ['Шаңхаймен', [A, B]],
    ['Тоқаевтың', [A, C]],
    ['Үрімжіден', [C, D]],
    ['елімізде', [D]],
    // «X қаласы»: the name in the nominative, the ending on «қала»
    ['Шаңхайдың', [A, B]],
    // Russian declension, and a plural noun
    ['Шанхае', [A, B]],
    ['Шымкентом', [B, C, D]],
    ['рейсов', [B]],
    // English plurals and possessives
    ['city', [C]],
    ['partner', [C]],
    ['Tokayev', [A, C]],
    ['Almaty', [A, B, C]],
  ])('%s', async (query, expected) => {
    expect(new Set(slugs(await search(query)))).toEqual(new Set(expected));
  });
});

describe('the query syntax', () => {
  test.each([
    ['бауырлас қала', [A]],
    ['"бауырлас қала"', [A]],
    ['"қала бауырлас"', []],
    ['"sister city"', [C]],
    // The title ends "…a trade deal" and the body begins "Almaty and…": a phrase stays within one.
    ['"deal Almaty"', []],
    ['"trade deal"', [C]],
    ['"Алматы и Шанхаем"', [B]],
    ['Үрімжі OR Алматы', [A, B, C, D]],
    ['Алматы -Шаңхай', [C]],
    ['Шым*', [B, D]],
    ['-note -Алматы -Үрімжі', []],
  ])('%s', async (query, expected) => {
    expect(new Set(slugs(await search(query)))).toEqual(new Set(expected));
  });

  test.each(['NEAR(* "', 'title:Almaty', '^Almaty', '{title}: x', '"', '*', 'AND OR NOT', "'; DROP TABLE Article; --", '\u0000'])(
    'hostile syntax is searched as text: %s',
    async (query) => {
      await expect(search(query)).resolves.toMatchObject({ hasQuery: expect.any(Boolean) });
    },
  );
});

describe('filters, sorts and facets', () => {
  test.each<[ArticleFilters, string[]]>([
    [{ language: 'ru' }, [B]],
    [{ language: 'kk' }, [A]],
    [{ source: 'en-wire' }, [C]],
    [{ entity: 'shanghai' }, [A, B]],
    [{ entity: 'Шанхай' }, [A, B]],
    [{ from: '2025-01-01', to: '2025-12-31' }, [B]],
    [{ from: '2026-01-01' }, [A]],
    [{ to: '2024-12-31' }, [C]],
  ])('Алматы with %j', async (filters, expected) => {
    expect(slugs(await search('Алматы', filters))).toEqual(expected);
  });

  test('an unknown source or entity is dropped and reported', async () => {
    const result = await search('Алматы', { source: 'no-such-source', entity: 'no-such-entity' });
    expect(result.filters.unknown).toEqual(['source', 'entity']);
    expect(result.total.count).toBe(3);
  });

  test('newest, oldest, and relevance with the title weighing more', async () => {
    expect(slugs(await search('Алматы', {}, 'newest'))).toEqual([A, B, C]);
    expect(slugs(await search('Алматы', {}, 'oldest'))).toEqual([C, B, A]);
    const relevant = slugs(await search('Шымкент', {}, 'relevance'));
    expect(relevant[0]).toBe(D);
  });

  test('facets count matches per language, year and entity', async () => {
    const { facets } = await search('Алматы');
    expect(facets.languages.map((f) => [f.language, f.count.count])).toEqual([
      ['kk', 1],
      ['ru', 1],
      ['en', 1],
    ]);
    expect(facets.years.map((f) => [f.year, f.count.count])).toEqual([
      [2026, 1],
      [2025, 1],
      [2024, 1],
    ]);
    expect(facets.entities.find((f) => f.key === 'almaty')?.count.count).toBe(3);
  });

  test('a language facet counts without the language filter, so another can be chosen', async () => {
    const { facets, total } = await search('Алматы', { language: 'kk' });
    expect(total.count).toBe(1);
    expect(facets.languages.map((f) => f.language)).toEqual(['kk', 'ru', 'en']);
  });

  test('when nothing matches, the count without each filter says which one left everything out', async () => {
    const result = await search('Алматы', { language: 'kk', from: '2020-01-01', to: '2020-12-31' });
    expect(result.total.count).toBe(0);
    expect(result.withoutFilter).toEqual([
      { filter: 'language', count: { count: 0, atLeast: false } },
      { filter: 'period', count: { count: 1, atLeast: false } },
    ]);
  });
});

describe('counts stop at the bound', () => {
  test('a word of more articles than the bound is counted as "1,000+", and pages stop there', async () => {
    const result = await search('note');
    expect(result.total).toEqual({ count: COUNT_BOUND, atLeast: true });
    expect(result.pages).toBe(COUNT_BOUND / 10);
    // Languages are counted among the newest matches up to the bound.
    expect(result.facets.languages).toEqual([{ language: 'en', count: { count: COUNT_BOUND, atLeast: false } }]);
    expect(result.facets.sampled.languages).toBe(COUNT_BOUND);
    expect(result.facets.years).toEqual([{ year: 2023, count: { count: COUNT_BOUND, atLeast: true } }]);
    expect((await search('note', {}, 'newest', 1_000)).page).toBe(COUNT_BOUND / 10);
  });
});

describe('pages', () => {
  // The notes of 10–12 February: note n is dated day 1 + n % 28.
  const period = { from: '2023-02-10', to: '2023-02-12' };
  const inPeriod = Array.from({ length: NOTES }, (_, n) => n).filter((n) => [9, 10, 11].includes(n % 28)).length;

  async function allPages(sort: SearchSort) {
    const first = await search('note', period, sort);
    const rest = await Promise.all(Array.from({ length: first.pages - 1 }, (_, index) => search('note', period, sort, index + 2)));
    return [first, ...rest].flatMap((result) => result.hits);
  }

  test('follow one another without gaps or repeats, newest and oldest first, within a period', async () => {
    const first = await search('note', period);
    expect(first.total).toEqual({ count: inPeriod, atLeast: false });
    expect(first.pages).toBe(Math.ceil(inPeriod / 10));
    expect(first.facets.years).toEqual([{ year: 2023, count: { count: COUNT_BOUND, atLeast: true } }]);

    const newest = await allPages('newest');
    expect(new Set(newest.map((hit) => hit.slug)).size).toBe(inPeriod);
    expect(newest.every((hit) => hit.publishedOn >= period.from && hit.publishedOn <= period.to)).toBe(true);
    expect(newest.map((hit) => hit.publishedOn)).toEqual(newest.map((hit) => hit.publishedOn).sort().reverse());
    const oldest = await allPages('oldest');
    expect(oldest.map((hit) => hit.slug)).toEqual(newest.map((hit) => hit.slug).reverse());
  });

  test('relevance goes on newest first past the ranked window', async () => {
    const page = RELEVANCE_WINDOW / 10 + 1;
    expect(slugs(await search('note', {}, 'relevance', page))).toEqual(slugs(await search('note', {}, 'newest', page)));
  });
});

describe('the archive', () => {
  test('an empty query lists every article, newest first', async () => {
    const result = await search('');
    expect(result.hasQuery).toBe(false);
    expect(result.total.atLeast).toBe(true);
    expect(slugs(result).slice(0, 3)).toEqual([A, D, B]);
    expect(result.hits[0]?.lead?.text).toMatch(/^Шаңхай қаласының делегациясы/);
  });

  test('with filters', async () => {
    expect(slugs(await search('', { language: 'kk' }))).toEqual([A, D]);
    expect(slugs(await search('', { language: 'kk' }, 'oldest'))).toEqual([D, A]);
    expect(slugs(await search('', { entity: 'tokayev' }))).toEqual([A, C]);
  });
});

describe('highlights', () => {
  const marked = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => text.slice(s, e));

  test('the forms that matched are marked, in the title and in the snippet', async () => {
    const [hit] = (await search('Алматыдан', { language: 'kk' })).hits;
    expect(marked(hit!.title!, hit!.titleHits)).toEqual(['Алматыда']);
    expect(marked(hit!.snippet!.text, hit!.snippet!.hits)).toContain('Алматыға');
  });

  test('an entity found in another language is marked where it is mentioned', async () => {
    const [hit] = (await search('Алматы', { language: 'en' })).hits;
    expect(marked(hit!.snippet!.text, hit!.snippet!.hits)).toContain('Almaty');
  });

  test('a phrase is marked as one run', async () => {
    const [hit] = (await search('"бауырлас қала"')).hits;
    expect(marked(hit!.snippet!.text, hit!.snippet!.hits)).toContain('Бауырлас қалалар');
  });
});
