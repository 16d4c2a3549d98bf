import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import type { Tables } from '@/lib/database/tables';
import { fullTextIndexRows } from '@/lib/testing/full-text-index';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { tableRows } from '@/lib/testing/table-rows';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { onPostgresServer, testDatabaseKind } from '@/lib/testing/test-database-url';
import { collectFiles } from './collect-files';
import { readGazetteer } from './read-gazetteer';
import { prepareDatabase, runIngest } from './run-ingest';

const gazetteer = readGazetteer();

const DOCUMENTS = {
  'almaty-urumqi.txt': [
    'date 2026-05-10 Алматы мен Үрімжі арасындағы байланыс',
    'Фото: akorda.kz',
    'Алматы мен Үрімжі бауырлас қалалары арасындағы ынтымақтастық жаңа деңгейге көтерілді.',
    '2026 жылғы 5 мамырда Алматыда екі қаланың делегациялары кездесті.',
  ].join('\n'),
  'astana-xian.txt': [
    'date 2026-06-01 Рейсы между Астаной и Сианем',
    'Авиакомпания Air Astana запустила прямые рейсы между Астаной и Сианем.',
    'Города Алматы и Урумчи являются городами-побратимами с 1993 года.',
  ].join('\n'),
  'shymkent-chengdu.txt': [
    'date 2026-07-15 Shymkent and Chengdu deepen ties',
    'Shymkent and Chengdu signed a sister cities agreement on 3 July 2026.',
    'A delegation from Chengdu will visit Shymkent in September 2026.',
  ].join('\n'),
};

const TABLES: (keyof Tables)[] = ['Source', 'Article', 'Entity', 'EntityAlias', 'Mention', 'TemporalExpression', 'Event', 'EventEntity', 'PlaceRelation', 'RelationEvidence', 'SearchLexicon'];

/** The tables and the full-text index, for comparing two states of the database. */
async function snapshot() {
  return { tables: await tableRows(database.db, TABLES), index: await fullTextIndexRows(database.db) };
}

let database: TestDatabase;
let folder: string;

beforeEach(async () => {
  database = await freshTestDatabase('run-ingest');
  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-docs-'));
});

afterEach(async () => {
  await database.dispose();
  rmSync(folder, { recursive: true, force: true });
});

function writeDocuments(documents: Record<string, string | Uint8Array>) {
  for (const [name, content] of Object.entries(documents)) writeFileSync(path.join(folder, name), content);
}

function ingestFolder() {
  return runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot });
}

describe('runIngest', () => {
  test('loads every document with its derived data', async () => {
    writeDocuments(DOCUMENTS);
    const report = await ingestFolder();
    expect(report).toMatchObject({ created: 3, replaced: 0, unchanged: 0, rejected: [] });

    const articles = await database.db.article.findMany({ orderBy: { publishedOn: 'asc' }, select: { language: true, credit: true, slug: true } });
    expect(articles).toEqual([
      { language: 'kk', credit: 'akorda.kz', slug: 'almaty-urumqi' },
      { language: 'ru', credit: null, slug: 'astana-xian' },
      { language: 'en', credit: null, slug: 'shymkent-chengdu' },
    ]);
    const mentioned = await database.db.entity.findMany({ where: { mentions: { some: {} } }, select: { key: true } });
    expect(mentioned.map((e) => e.key)).toEqual(expect.arrayContaining(['almaty', 'urumqi', 'astana', 'xian', 'shymkent', 'chengdu']));
    if (testDatabaseKind === 'postgres') {
      // The run ends with VACUUM (ANALYZE): the planner knows how many rows each table holds now
      // (a table never vacuumed nor analysed says -1).
      const tables = await onPostgresServer(async (client) => {
        const result = await client.query<{ relname: string; reltuples: number; rows: string }>(
          `SELECT relname, reltuples, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', relname), false, true, '')))[1]::text AS rows
           FROM pg_class WHERE relname IN ('Article', 'Mention', 'Event', 'StoryEntity') ORDER BY relname`,
        );
        return result.rows.map((row) => ({ table: row.relname, planned: row.reltuples, stored: Number(row.rows) }));
      }, database.url);
      expect(tables).toHaveLength(4);
      for (const table of tables) expect(table).toEqual({ ...table, planned: table.stored });
      expect(tables.every((table) => table.stored > 0)).toBe(true);
    }
  });

  test('every stored mention and date matches the body, or the title line, at its offsets', async () => {
    writeDocuments(DOCUMENTS);
    await ingestFolder();
    const articles = await database.db.article.findMany({
      select: {
        title: true,
        body: true,
        mentions: { select: { inTitle: true, start: true, end: true, text: true } },
        temporals: { select: { start: true, end: true, text: true } },
      },
    });
    for (const article of articles) {
      for (const span of [...article.mentions.filter((m) => !m.inTitle), ...article.temporals]) {
        expect(article.body.slice(span.start, span.end)).toBe(span.text);
      }
      for (const span of article.mentions.filter((m) => m.inTitle)) {
        expect(article.title?.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  test('a second run over the same files changes nothing', async () => {
    writeDocuments(DOCUMENTS);
    await ingestFolder();
    const before = await snapshot();
    expect(before.index).toHaveLength(3);
    const report = await ingestFolder();
    expect(report).toMatchObject({ created: 0, replaced: 0, unchanged: 3, rejected: [] });
    expect(await snapshot()).toEqual(before);
  });

  test('a changed file replaces its article and derived data, keeping its slug', async () => {
    writeDocuments(DOCUMENTS);
    await ingestFolder();
    writeDocuments({
      'shymkent-chengdu.txt': 'date 2026-07-16 Shymkent and Lanzhou\nShymkent and Lanzhou signed a cooperation agreement on 10 July 2026.',
    });
    const report = await ingestFolder();
    expect(report).toMatchObject({ created: 0, replaced: 1, unchanged: 2, rejected: [] });

    const article = await database.db.article.findUniqueOrThrow({
      where: { slug: 'shymkent-chengdu' },
      select: { publishedOn: true, mentions: { select: { entity: { select: { key: true } } } } },
    });
    expect(article.publishedOn).toBe('2026-07-16');
    const keys = article.mentions.map((m) => m.entity.key);
    expect(keys).toContain('lanzhou');
    expect(keys).not.toContain('chengdu');
    expect(await database.db.article.count()).toBe(3);
  });

  test('bad files are rejected with file, line and reason while the others load', async () => {
    writeDocuments({
      ...DOCUMENTS,
      'no-date.txt': 'Just a paragraph without a date line.',
      'impossible-date.txt': 'date 2026-02-30 A day that never was\nBody text.',
      'empty-body.txt': 'date 2026-03-01 Only a title\n\n\n',
      'latin1.txt': new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x36, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x31, 0x0a, 0x43, 0x61, 0x66, 0xe9]),
    });
    const report = await ingestFolder();
    expect(report.created).toBe(3);
    const byFile = Object.fromEntries(report.rejected.map((r) => [path.basename(r.file), r]));
    expect(Object.keys(byFile).sort()).toEqual(['empty-body.txt', 'impossible-date.txt', 'latin1.txt', 'no-date.txt']);
    expect(byFile['impossible-date.txt']).toMatchObject({ line: 1 });
    expect(byFile['impossible-date.txt']?.reason).toContain('2026-02-30');
    expect(byFile['latin1.txt']).toMatchObject({ line: 2 });
    expect(byFile['latin1.txt']?.reason).toMatch(/UTF-8/);
    expect(byFile['no-date.txt']?.message).toMatch(/no-date\.txt:1: /);
    expect(await database.db.article.count()).toBe(3);
  });

  test('a relation stated by two articles is stored once with two pieces of evidence', async () => {
    writeDocuments(DOCUMENTS);
    await ingestFolder();
    const relations = await database.db.placeRelation.findMany({
      where: { type: 'SISTER_CITIES', a: { key: 'almaty' }, b: { key: 'urumqi' } },
      select: { _count: { select: { evidence: true } } },
    });
    expect(relations).toHaveLength(1);
    expect(relations[0]?._count.evidence).toBe(2);
  });
});

// A reader in the middle of a read when ingestion starts. SQLite: the writer's preparation (its
// journal mode) must not wait for it; the file writes in rollback mode and switches to WAL next time.
// PostgreSQL: readers and the writer never block each other.
describe('a reader in the middle of a read', () => {
  test('does not stop a first run', async () => {
    writeDocuments({ 'astana-xian.txt': DOCUMENTS['astana-xian.txt'] });
    if (testDatabaseKind === 'postgres') {
      await onPostgresServer(async (reader) => {
        await reader.query('BEGIN');
        await reader.query('SELECT COUNT(*) FROM "Article"');
        await expect(prepareDatabase(database.db)).resolves.toBeUndefined();
        expect((await ingestFolder()).created).toBe(1);
        await reader.query('COMMIT');
      }, database.url);
      return;
    }
    const journalMode = (file: string) => {
      const connection = new Sqlite(file, { readonly: true });
      try {
        return connection.pragma('journal_mode', { simple: true });
      } finally {
        connection.close();
      }
    };
    expect(journalMode(database.file)).toBe('delete');

    const reader = new Sqlite(database.file, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT COUNT(*) FROM Article').get();
    await expect(prepareDatabase(database.db)).resolves.toBeUndefined();
    expect(journalMode(database.file)).toBe('delete');
    reader.exec('COMMIT');
    reader.close();

    expect((await ingestFolder()).created).toBe(1);
    expect(journalMode(database.file)).toBe('wal');
  }, 20_000);
});
