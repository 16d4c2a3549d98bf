import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { collectFiles, InputError } from './collect-files';
import { finishIngestRun, startIngestRun } from './ingest-runs';
import { readGazetteer } from './read-gazetteer';
import { runIngest } from './run-ingest';

const gazetteer = readGazetteer();

const DOCUMENTS = {
  'astana-xian.txt': 'date 2026-04-02 Астана мен Сиань\nАстана мен Сиань арасында тікелей әуе рейсі ашылды.\n',
  'almaty-urumqi.txt': 'date 2026-05-10 Алматы и Урумчи\nАлматы и Урумчи договорились о сотрудничестве.\n',
  'broken.txt': 'date 2026-02-30 An impossible day\nBody.\n',
};

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-sources-'));
  for (const [name, content] of Object.entries(DOCUMENTS)) writeFileSync(path.join(folder, name), content);
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

function writeSourceList(list: unknown, dir = folder) {
  writeFileSync(path.join(dir, 'sources.json'), typeof list === 'string' ? list : JSON.stringify(list));
}

function described(files: ReturnType<typeof collectFiles>) {
  return Object.fromEntries(files.map((file) => [path.basename(file.absolute), { source: file.sourceName, url: file.originalUrl }]));
}

describe('collectFiles: where each document comes from', () => {
  test('without a list or --source, the folder names the source and the address is unknown', () => {
    expect(described(collectFiles([folder]))['astana-xian.txt']).toEqual({ source: path.basename(folder), url: null });
  });

  test('--source names every file; sources.json names its own files and their original addresses', () => {
    writeSourceList({
      'astana-xian.txt': { source: 'Kazinform', url: 'https://www.inform.kz/kz/astana-xian' },
      'almaty-urumqi.txt': { url: 'https://example.kz/almaty-urumqi' },
    });
    expect(described(collectFiles([folder], process.cwd(), { source: 'Akorda' }))).toEqual({
      'almaty-urumqi.txt': { source: 'Akorda', url: 'https://example.kz/almaty-urumqi' },
      'astana-xian.txt': { source: 'Kazinform', url: 'https://www.inform.kz/kz/astana-xian' },
      'broken.txt': { source: 'Akorda', url: null },
    });
  });

  test('a list in a given folder names files below it by their path; one beside a file by its name', () => {
    mkdirSync(path.join(folder, 'april'));
    writeFileSync(path.join(folder, 'april', 'one.txt'), DOCUMENTS['astana-xian.txt']);
    writeFileSync(path.join(folder, 'april', 'two.txt'), DOCUMENTS['astana-xian.txt']);
    writeSourceList({ 'april/one.txt': { source: 'Top list' } });
    writeSourceList({ 'two.txt': { source: 'Beside it' } }, path.join(folder, 'april'));
    const files = described(collectFiles([folder]));
    expect(files['one.txt']?.source).toBe('Top list');
    expect(files['two.txt']?.source).toBe('Beside it');
    expect(described(collectFiles([path.join(folder, 'april', 'two.txt')]))['two.txt']?.source).toBe('Beside it');
  });

  test.each([
    ['an address that is not http(s)', { 'astana-xian.txt': { url: 'javascript:alert(1)' } }, /astana-xian\.txt\.url: must be an http or https address/],
    ['an unknown field', { 'astana-xian.txt': { outlet: 'Kazinform' } }, /astana-xian\.txt/],
    ['an empty source', { 'astana-xian.txt': { source: ' ' } }, /astana-xian\.txt\.source/],
    ['text that is not JSON', '{ "astana-xian.txt": ', /not valid JSON/],
  ])('a sources.json with %s stops the command with its file and the problem', (_name, list, message) => {
    writeSourceList(list);
    expect(() => collectFiles([folder])).toThrow(InputError);
    expect(() => collectFiles([folder])).toThrow(message);
  });
});

describe('ingestion with sources and recorded runs', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await freshTestDatabase('sources');
  });

  afterEach(async () => {
    await database.dispose();
  });

  async function ingest(options: { source?: string } = {}) {
    const runId = await startIngestRun(database.db, new Date('2026-06-01T10:00:00Z'));
    const report = await runIngest({ db: database.db, gazetteer, files: collectFiles([folder], process.cwd(), options), projectRoot: folder });
    await finishIngestRun(database.db, runId, report, new Date('2026-06-01T10:00:05Z'));
    return { runId, report };
  }

  async function storedArticles() {
    const rows = await database.db.article.findMany({ select: { sourcePath: true, originalUrl: true, source: { select: { name: true } } }, orderBy: { sourcePath: 'asc' } });
    return rows.map((row) => ({ file: row.sourcePath, source: row.source?.name ?? null, url: row.originalUrl }));
  }

  test('an article keeps its outlet and original address; a changed list replaces only the articles it changes', async () => {
    writeSourceList({ 'astana-xian.txt': { source: 'Kazinform', url: 'https://www.inform.kz/kz/astana-xian' } });
    const first = await ingest({ source: 'Akorda' });
    expect(first.report).toMatchObject({ created: 2, replaced: 0, unchanged: 0 });
    expect(await storedArticles()).toEqual([
      { file: 'almaty-urumqi.txt', source: 'Akorda', url: null },
      { file: 'astana-xian.txt', source: 'Kazinform', url: 'https://www.inform.kz/kz/astana-xian' },
    ]);

    writeSourceList({ 'astana-xian.txt': { source: 'Kazinform', url: 'https://www.inform.kz/kz/astana-xian-2' } });
    const second = await ingest({ source: 'Akorda' });
    expect(second.report).toMatchObject({ created: 0, replaced: 1, unchanged: 1 });
    expect((await storedArticles())[1]?.url).toBe('https://www.inform.kz/kz/astana-xian-2');
  });

  test('a run is recorded with its times, counts per source and each rejection with file, line and reason', async () => {
    writeSourceList({ 'astana-xian.txt': { source: 'Kazinform' } });
    const { runId } = await ingest();
    const run = await database.db.ingestRun.findUniqueOrThrow({
      where: { id: runId },
      include: { sources: { orderBy: { sourceName: 'asc' } }, rejections: true },
    });
    expect(run).toMatchObject({
      startedAt: new Date('2026-06-01T10:00:00Z'),
      finishedAt: new Date('2026-06-01T10:00:05Z'),
      files: 3,
      created: 2,
      replaced: 0,
      unchanged: 0,
      rejected: 1,
    });
    const folderName = path.basename(folder);
    expect(run.sources.map(({ runId: _runId, ...counts }) => counts)).toEqual(
      [
        { sourceName: 'Kazinform', files: 1, created: 1, replaced: 0, unchanged: 0, rejected: 0 },
        { sourceName: folderName, files: 2, created: 1, replaced: 0, unchanged: 0, rejected: 1 },
      ].sort((a, b) => (a.sourceName < b.sourceName ? -1 : 1)),
    );
    expect(run.rejections).toHaveLength(1);
    expect(run.rejections[0]).toMatchObject({ sourceName: folderName, line: 1 });
    expect(run.rejections[0]?.file).toMatch(/broken\.txt$/);
    expect(run.rejections[0]?.reason).toMatch(/2026-02-30/);
  });

  test('a run that never finishes keeps no end time', async () => {
    const runId = await startIngestRun(database.db);
    expect((await database.db.ingestRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).toBeNull();
  });
});
