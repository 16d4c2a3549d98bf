import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { articleIdOfKey } from '@/lib/extract/search/search-key';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import { projectRoot } from '@/lib/env';
import { indexedSearchKeys } from '@/lib/testing/full-text-index';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { testDatabaseKind } from '@/lib/testing/test-database-url';
import { collectFiles } from './collect-files';
import { MAX_DOCUMENT_BYTES } from './read-document';
import { readGazetteer } from './read-gazetteer';
import { runIngest, type IngestReport } from './run-ingest';

// One run over a folder of hostile files and one good file: each is stored correctly or rejected
// with file, line and reason; nothing crashes and nothing is stored half.

const gazetteer = readGazetteer();

const GOOD = [
  'date 2026-04-12 Алматы мен Үрімжі ынтымақтастығы',
  'Алматы мен Үрімжі 2026 жылғы 10 сәуірде жаңа келісімге қол қойды.',
  'Екі қаланың әкімдері сауда мен туризмді дамыту туралы келісті.',
].join('\n');

const MARKUP_TITLE = '<script>alert("title")</script> ]]> {{7*7}}';
const MARKUP_BODY = [
  'Shymkent and Chengdu signed a cooperation agreement on 3 May 2026 <img src=x onerror="alert(1)">.',
  'The text <b>must</b> stay as written: ]]> {{constructor.constructor("alert(2)")()}} &amp; <!-- -->.',
].join('\n');

const TEN_THOUSAND_LINES_SENTENCES = [
  'Делегация из Сианя посетила индустриальный парк в Шымкенте 5 июня 2026 года.',
  'A cargo train from Chongqing reached Almaty on 14 June 2026.',
  'Астана мен Ланьчжоу арасында жаңа әуе рейсі ашылды.',
];

/** Deterministic bytes for the binary file: the same test input every run. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    bytes[i] = state >> 23;
  }
  return bytes;
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    const [high, low] = [unit >> 8, unit & 0xff];
    out[2 * i] = endian === 'le' ? low : high;
    out[2 * i + 1] = endian === 'le' ? high : low;
  });
  return out;
}

/** Windows-1251 for ASCII and the basic Russian alphabet (А–я are 0xC0–0xFF there). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    throw new Error(`no windows-1251 byte for ${char}`);
  }));
}

const latin1 = (text: string) => Uint8Array.from(Array.from(text, (char) => char.charCodeAt(0)));

const TEN_MB = 10 * 1024 * 1024;

const FILES: Record<string, string | Uint8Array> = {
  'good.txt': GOOD,
  'huge.txt': `date 2026-04-12 A very long file\n${'Almaty and Urumqi are sister cities. '.repeat(Math.ceil(TEN_MB / 37))}`,
  'binary.txt': pseudoRandomBytes(4096, 7),
  'png.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...pseudoRandomBytes(256, 3)]),
  'utf16le-bom.txt': utf16(GOOD, 'le', true),
  'utf16be-bom.txt': utf16(GOOD, 'be', true),
  'utf16le.txt': utf16(GOOD, 'le', false),
  'utf16be.txt': utf16(GOOD, 'be', false),
  'latin1.txt': latin1('date 2026-04-12 Coopération Almaty–Ürümqi\nLa délégation est arrivée.'.replace('–', '-')),
  'windows-1251.txt': Uint8Array.from([...new TextEncoder().encode('date 2026-04-12 Title\n'), ...windows1251('Делегация из Алматы прибыла в Урумчи.')]),
  'empty.txt': '',
  'title-only.txt': 'date 2026-04-12 Only a title and nothing else\n\n',
  'markup.txt': `date 2026-05-04 ${MARKUP_TITLE}\n${MARKUP_BODY}`,
  'ten-thousand-lines.txt': `date 2026-06-20 Many lines\n${Array.from({ length: 10_000 }, (_, i) => TEN_THOUSAND_LINES_SENTENCES[i % 3]).join('\n')}`,
};

/** What each file must come to: stored, or rejected at a line with a reason matching a pattern. */
const EXPECTED: Record<string, 'stored' | { line: number; reason: RegExp }> = {
  'good.txt': 'stored',
  'markup.txt': 'stored',
  'ten-thousand-lines.txt': 'stored',
  'huge.txt': { line: 0, reason: /10(\.0)? MB, over the 2 MB limit/ },
  'binary.txt': { line: 1, reason: /UTF-8|binary/ },
  // The header's NUL bytes come first, after its CRLF and LF: line 3.
  'png.txt': { line: 3, reason: /binary data \(NUL byte\)/ },
  'utf16le-bom.txt': { line: 1, reason: /UTF-16/ },
  'utf16be-bom.txt': { line: 1, reason: /UTF-16/ },
  'utf16le.txt': { line: 1, reason: /UTF-16/ },
  'utf16be.txt': { line: 1, reason: /UTF-16/ },
  'latin1.txt': { line: 1, reason: /not valid UTF-8 \(byte 0xE9\)/ },
  'windows-1251.txt': { line: 2, reason: /not valid UTF-8 \(byte 0xC4\)/ },
  'empty.txt': { line: 1, reason: /empty/ },
  'title-only.txt': { line: 1, reason: /body is empty/ },
};

let database: TestDatabase;
let folder: string;
let report: IngestReport;
let seconds: number;

beforeAll(async () => {
  database = await freshTestDatabase('hostile');
  folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-hostile-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(folder, name), content);
  const startedAt = performance.now();
  report = await runIngest({ db: database.db, gazetteer, files: collectFiles([folder]), projectRoot });
  seconds = (performance.now() - startedAt) / 1000;
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('hostile files in one ingestion run', () => {
  test('the huge file is larger than the limit, so the limit is what rejects it', () => {
    expect(Buffer.byteLength(FILES['huge.txt'] as string)).toBeGreaterThan(TEN_MB);
    expect(MAX_DOCUMENT_BYTES).toBe(2 * 1024 * 1024);
  });

  test.each(Object.entries(EXPECTED))('%s is stored or rejected with file, line and reason', async (name, expected) => {
    const rejected = report.rejected.find((r) => path.basename(r.file) === name);
    const stored = await database.db.article.findFirst({ where: { sourcePath: { endsWith: `/${name}` } }, select: { id: true } });
    if (expected === 'stored') {
      expect(rejected).toBeUndefined();
      expect(stored).not.toBeNull();
      return;
    }
    expect(stored).toBeNull();
    expect(rejected).toBeDefined();
    expect(rejected?.file).toBe(path.join(folder, name));
    expect(rejected?.line).toBe(expected.line);
    expect(rejected?.reason).toMatch(expected.reason);
    expect(rejected?.message).toBe(`${path.join(folder, name)}:${expected.line}: ${rejected?.reason}`);
  });

  test('the report counts three stored files and every other one rejected', () => {
    expect(report.created).toBe(3);
    expect(report.rejected).toHaveLength(Object.keys(FILES).length - 3);
  });

  test('markup in the title and body is kept verbatim as text', async () => {
    const article = await database.db.article.findFirstOrThrow({ where: { sourcePath: { endsWith: '/markup.txt' } }, select: { title: true, body: true } });
    expect(article.title).toBe(MARKUP_TITLE);
    expect(article.body).toBe(MARKUP_BODY);
  });

  test('the 10,000-line file keeps every line and loads in bounded time', async () => {
    const article = await database.db.article.findFirstOrThrow({ where: { sourcePath: { endsWith: '/ten-thousand-lines.txt' } }, select: { body: true } });
    expect(article.body.split('\n')).toHaveLength(10_000);
    // The whole run, 10 MB file included; extraction of the long file is linear (about a second).
    expect(seconds).toBeLessThan(30);
  });

  test('every stored article is complete: the mentions and dates of a fresh extraction', async () => {
    const extractor = createExtractor(gazetteer);
    const articles = await database.db.article.findMany({
      select: { sourcePath: true, _count: { select: { mentions: true, temporals: true, events: true } } },
    });
    expect(articles).toHaveLength(3);
    for (const article of articles) {
      const result = extractDocument(readFileSync(article.sourcePath), article.sourcePath, extractor);
      if (!result.ok) throw new Error(result.error.message);
      expect(article._count.mentions).toBe(result.extraction.mentions.length + result.extraction.titleMentions.length);
      expect(article._count.temporals).toBe(result.extraction.temporal.length);
      expect(article._count.events).toBe(result.extraction.events.length);
    }
  });

  test('the database is intact: no rows without their article, every article indexed once', async () => {
    const k = database.db.$kysely;
    const articles = k.selectFrom('Article').select('id');
    const orphans = {
      Mention: await k.selectFrom('Mention').select('id').where('articleId', 'not in', articles).execute(),
      TemporalExpression: await k.selectFrom('TemporalExpression').select('id').where('articleId', 'not in', articles).execute(),
      Event: await k.selectFrom('Event').select('id').where('articleId', 'not in', articles).execute(),
      RelationEvidence: await k.selectFrom('RelationEvidence').select('id').where('articleId', 'not in', articles).execute(),
    };
    expect(orphans).toEqual({ Mention: [], TemporalExpression: [], Event: [], RelationEvidence: [] });
    const indexed = (await indexedSearchKeys(database.db)).map(articleIdOfKey);
    const stored = (await articles.execute()).map((row) => row.id);
    expect(indexed.sort((a, b) => a - b)).toEqual(stored.sort((a, b) => a - b));
    // What only a file can get wrong: SQLite's own checks of its pages and foreign keys.
    if (testDatabaseKind === 'sqlite') {
      const sqlite = new Sqlite(database.file, { readonly: true });
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      } finally {
        sqlite.close();
      }
    }
  });
});
