import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import { createMigratedDatabase, dumpTables } from '@/lib/testing/migrated-database';
import { collectFiles } from './collect-files';
import { createExtractionPool } from './extraction-pool';
import { readGazetteer } from './read-gazetteer';
import { runIngest } from './run-ingest';
import { searchDocumentOfExtraction } from './search-index';

const gazetteer = readGazetteer();
const encoder = new TextEncoder();

const DOCUMENTS = [
  'date 2026-04-10 Қорқыт пен Сиань\nҚызылорда мен Сиань 2026 жылғы 2 сәуірде ынтымақтастық туралы меморандумға қол қойды.\nКелесі жылы екі қала арасында тікелей рейс ашылады.',
  'date 2026-05-20 Павлодар и Урумчи\nФото: пресс-служба\nВ прошлом году Павлодар и Урумчи договорились о сотрудничестве.\nС 3 по 5 июня в Урумчи пройдёт выставка.',
  'date 2026-06-30 Taraz and Lanzhou\nTaraz and Lanzhou became sister cities on 12 June 2026.\nA delegation from Lanzhou will visit Taraz in the third quarter of 2026.',
  'date 2026-02-01 Bad date line is fine here\nOnly one paragraph, no places at all, on Thursday.',
  'date 2026-02-30 Impossible\nA body.',
];

describe('createExtractionPool', () => {
  test('extracts on worker threads exactly what extraction in this thread gives, with what the search index holds', async () => {
    const extractor = createExtractor(gazetteer);
    const pool = createExtractionPool(gazetteer, 2);
    try {
      const pooled = await Promise.all(DOCUMENTS.map((text, index) => pool.extract(encoder.encode(text), `doc-${index}.txt`)));
      pooled.forEach(({ result, searchDocument }, index) => {
        const local = extractDocument(encoder.encode(DOCUMENTS[index] ?? ''), `doc-${index}.txt`, extractor);
        expect(result).toEqual(local);
        expect(searchDocument).toEqual(local.ok ? searchDocumentOfExtraction(local.extraction) : null);
      });
    } finally {
      await pool.close();
    }
  });

  test('a pool whose workers cannot start rejects, so callers can extract themselves', async () => {
    const unsendable = { ...gazetteer, extra: () => 0 } as typeof gazetteer;
    const pool = createExtractionPool(unsendable, 1);
    await expect(pool.extract(encoder.encode(DOCUMENTS[0] ?? ''), 'doc.txt')).rejects.toThrow();
    await pool.close();
  });
});

describe('runIngest with extraction workers', () => {
  let folder: string;
  const TABLES = ['Source', 'Article', 'Entity', 'Mention', 'TemporalExpression', 'Event', 'EventEntity', 'PlaceRelation', 'RelationEvidence', 'SearchLexicon', 'ArticleSearch_docsize'];

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-pool-'));
    DOCUMENTS.forEach((text, index) => writeFileSync(path.join(folder, `doc-${index}.txt`), text));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('stores the same rows and reports the same outcomes as extraction in this thread', async () => {
    const dumps = [];
    const reports = [];
    for (const extractionWorkers of [0, 2]) {
      const database = createMigratedDatabase();
      try {
        reports.push(await runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot, extractionWorkers }));
        const tables = dumpTables(database.file, TABLES);
        const articles = (tables.Article ?? []) as Record<string, unknown>[];
        dumps.push({ ...tables, Article: articles.map(({ ingestedAt: _ingestedAt, ...row }) => row) });
      } finally {
        await database.dispose();
      }
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[0]).toMatchObject({ created: 4, rejected: [expect.objectContaining({ line: 1 })] });
    expect(dumps[1]).toEqual(dumps[0]);
  });
});
