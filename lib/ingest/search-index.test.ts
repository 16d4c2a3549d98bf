import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articleIdOfKey, searchKey } from '@/lib/extract/search/search-key';
import { createMigratedDatabase, dumpTables, type TestDatabase } from '@/lib/testing/migrated-database';
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

function withSqlite<T>(read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(database.file);
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/** The index's rows as (article id, its key matches the article's day) pairs, and the articles. */
function indexState() {
  return withSqlite((sqlite) => {
    const keys = (sqlite.prepare('SELECT rowid AS key FROM ArticleSearch ORDER BY rowid').all() as { key: number }[]).map((row) => row.key);
    const articles = sqlite.prepare('SELECT id, publishedOn FROM Article ORDER BY id').all() as { id: number; publishedOn: string }[];
    return { keys, expected: articles.map((a) => searchKey(a.publishedOn, a.id)).sort((a, b) => a - b) };
  });
}

beforeAll(async () => {
  database = createMigratedDatabase();
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
    const { keys, expected } = indexState();
    expect(keys).toEqual(expected);
    expect(await indexCoverage(database.db)).toEqual({ articles: 3, indexed: 3 });
    const lexicon = withSqlite((sqlite) => sqlite.prepare("SELECT form FROM SearchLexicon WHERE lemma = 'алматы' ORDER BY form").all());
    expect(lexicon).toEqual([{ form: 'алматы' }, { form: 'алматыда' }]);
  });

  test('a changed file replaces its article’s row; the old one goes with the old article', async () => {
    writeFileSync(path.join(folder, 'taraz.txt'), 'date 2025-09-01 Taraz and Lanzhou\nTaraz and Lanzhou opened a direct flight.\n');
    const report = await ingest();
    expect(report.replaced).toBe(1);
    const { keys, expected } = indexState();
    expect(keys).toEqual(expected);
    expect(keys).toHaveLength(3);
  });

  test('deleting an article deletes its row (the trigger of the migration)', async () => {
    const [first] = indexState().keys;
    withSqlite((sqlite) => sqlite.prepare('DELETE FROM Article WHERE id = ?').run(articleIdOfKey(first!)));
    const { keys, expected } = indexState();
    expect(keys).toEqual(expected);
    expect(keys).toHaveLength(2);
    // The next ingestion finds the file's article missing and stores it again.
    expect((await ingest()).created).toBe(1);
  });

  test('a rebuild indexes exactly what ingestion indexed (the lexicon loses the forms of replaced texts)', async () => {
    // Row key and token count per column of every indexed article.
    const sizes = () => withSqlite((sqlite) => sqlite.prepare('SELECT id, sz FROM ArticleSearch_docsize ORDER BY id').all());
    const lexicon = () => dumpTables(database.file, ['SearchLexicon']).SearchLexicon as { lemma: string; form: string }[];
    const [sizesBefore, lexiconBefore] = [sizes(), lexicon()];
    const progress: number[] = [];
    expect(await rebuildSearchIndex(database.db, (done) => progress.push(done))).toEqual({ articles: 3 });
    expect(progress).toEqual([3]);
    expect(sizes()).toEqual(sizesBefore);
    const rebuilt = lexicon();
    expect(lexiconBefore).toEqual(expect.arrayContaining(rebuilt));
    expect(lexiconBefore.filter((row) => !rebuilt.some((r) => r.lemma === row.lemma && r.form === row.form)).map((r) => r.form)).toContain('agreed');
    expect(await indexCoverage(database.db)).toEqual({ articles: 3, indexed: 3 });
  });
});
