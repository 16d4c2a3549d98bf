import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleIdOfKey, searchKey } from '@/lib/extract/search/search-key';
import { fullTextIndexRows, indexedSearchKeys } from '@/lib/testing/full-text-index';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { collectFiles } from './collect-files';
import { readGazetteer } from './read-gazetteer';
import { runIngest } from './run-ingest';
import { indexCoverage, rebuildSearchIndex } from './search-index';

const gazetteer = readGazetteer();
let database: TestDatabase;
let folder: string;

const DOCUMENTS: Record<string, string> = {
  'almaty.txt': 'date 2026-03-10 Алматыда жиын өтті\nАлматы мен Шаңхай бауырлас қалалар атанды.\n',
  'taraz.txt': 'date 2025-08-03 Taraz and Lanzhou\nTaraz and Lanzhou agreed to open a direct flight.\n',
  'kostanay.txt': 'date 2024-08-05 Костанай и Сиань\nДелегация Костаная посетит Сиань в ноябре.\n',
};

function ingest() {
  return runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot: folder, extractionWorkers: 0 });
}

/** The index's keys, and the keys the stored articles should have (their day and id). */
async function indexState() {
  const keys = await indexedSearchKeys(database.db);
  const articles = await database.db.article.findMany({ select: { id: true, publishedOn: true } });
  return { keys, expected: articles.map((a) => searchKey(a.publishedOn, a.id)).sort((a, b) => a - b) };
}

const lexicon = () => database.db.searchLexicon.findMany({ orderBy: [{ lemma: 'asc' }, { form: 'asc' }] });

beforeAll(async () => {
  database = await freshTestDatabase('search-index');
  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-search-index-'));
  for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(path.join(folder, name), text);
  expect((await ingest()).rejected).toEqual([]);
});

afterAll(async () => {
  await database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('the full-text index', () => {
  test('ingestion indexes every article under its day-and-id key, and lists its word forms in the lexicon', async () => {
    const { keys, expected } = await indexState();
    expect(keys).toEqual(expected);
    expect(await indexCoverage(database.db)).toEqual({ articles: 3, indexed: 3 });
    const forms = await database.db.searchLexicon.findMany({ where: { lemma: 'алматы' }, orderBy: { form: 'asc' }, select: { form: true } });
    expect(forms).toEqual([{ form: 'алматы' }, { form: 'алматыда' }]);
  });

  test('a changed file replaces its article’s row; the old one goes with the old article', async () => {
    writeFileSync(path.join(folder, 'taraz.txt'), 'date 2025-09-01 Taraz and Lanzhou\nTaraz and Lanzhou opened a direct flight.\n');
    const report = await ingest();
    expect(report.replaced).toBe(1);
    const { keys, expected } = await indexState();
    expect(keys).toEqual(expected);
    expect(keys).toHaveLength(3);
  });

  test('a rebuild indexes exactly what ingestion indexed (the lexicon loses the forms of replaced texts)', async () => {
    const [indexBefore, lexiconBefore] = [await fullTextIndexRows(database.db), await lexicon()];
    expect(indexBefore).toHaveLength(3);
    const progress: number[] = [];
    expect(await rebuildSearchIndex(database.db, (done) => progress.push(done))).toEqual({ articles: 3 });
    expect(progress).toEqual([3]);
    expect(await fullTextIndexRows(database.db)).toEqual(indexBefore);
    const rebuilt = await lexicon();
    expect(lexiconBefore).toEqual(expect.arrayContaining(rebuilt));
    expect(lexiconBefore.filter((row) => !rebuilt.some((r) => r.lemma === row.lemma && r.form === row.form)).map((r) => r.form)).toContain('agreed');
    expect(await indexCoverage(database.db)).toEqual({ articles: 3, indexed: 3 });
  });
});

// The migrations' triggers: an article deleted by anyone, not only by ingestion, takes its index
// row with it.
describe('an article deleted outside ingestion', () => {
  test('takes its index row with it', async () => {
    const [first] = (await indexState()).keys;
    await database.db.$kysely.deleteFrom('Article').where('id', '=', articleIdOfKey(first!)).execute();
    const { keys, expected } = await indexState();
    expect(keys).toEqual(expected);
    expect(keys).toHaveLength(2);
    // The next ingestion finds the file's article missing and stores it again.
    expect((await ingest()).created).toBe(1);
  });
});
