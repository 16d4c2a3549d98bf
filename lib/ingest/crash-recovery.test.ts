import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import { projectRoot } from '@/lib/env';
import { searchKey } from '@/lib/extract/search/search-key';
import { createMigratedDatabase } from '@/lib/testing/migrated-database';
import { generateCorpus, writeCorpus } from '@/scripts/bench/synthetic-corpus';
import { readGazetteer } from './read-gazetteer';

// Nothing lost on a crash: the real ingest command is killed with SIGKILL twice, early and late in
// its run, and the database must hold only complete articles, then load everything on a re-run.

const DOCUMENTS = 1_500;
const gazetteer = readGazetteer();

let dir: string;
let folder: string;
let databaseFile: string;
let databaseUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-crash-'));
  folder = path.join(dir, 'news');
  writeCorpus(generateCorpus({ count: DOCUMENTS, seed: 23, gazetteer }), folder);
  const database = createMigratedDatabase(path.join(dir, 'crash.db'));
  databaseFile = database.file;
  databaseUrl = database.url;
  await database.db.$disconnect();
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the ingest command in its own process group. With `killAt`, the group is sent SIGKILL as
 * soon as that many articles are committed (polled on a separate read connection).
 */
function ingest(killAt?: number): Promise<Run & { committedAtKill: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'lib/ingest/cli/ingest.ts', folder], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    let committedAtKill: number | null = null;
    let poll: NodeJS.Timeout | undefined;
    if (killAt !== undefined) {
      poll = setInterval(() => {
        let committed: number;
        try {
          committed = articleCount();
        } catch {
          return; // the writer holds the file for a moment (switching to WAL at the start): poll again
        }
        if (committed >= killAt && child.pid !== undefined && committedAtKill === null) {
          committedAtKill = committed;
          process.kill(-child.pid, 'SIGKILL');
          clearInterval(poll);
        }
      }, 20);
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stdout, stderr, committedAtKill });
    });
  });
}

function withDatabase<T>(read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

function articleCount(): number {
  return withDatabase((sqlite) => (sqlite.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n);
}

/** The article rows with the counts of what was stored for each. */
function storedArticles() {
  return withDatabase((sqlite) => {
    const rows = sqlite
      .prepare(
        `SELECT a."id", a."publishedOn", a."sourcePath",
           (SELECT COUNT(*) FROM "Mention" m WHERE m."articleId" = a."id") AS mentions,
           (SELECT COUNT(*) FROM "TemporalExpression" t WHERE t."articleId" = a."id") AS temporals,
           (SELECT COUNT(*) FROM "Event" e WHERE e."articleId" = a."id") AS events
         FROM "Article" a`,
      )
      .all() as { id: number; publishedOn: string; sourcePath: string; mentions: number; temporals: number; events: number }[];
    const indexed = new Set((sqlite.prepare('SELECT "rowid" AS "key" FROM "ArticleSearch"').all() as { key: number }[]).map((row) => row.key));
    return rows.map((row) => ({ ...row, indexed: indexed.has(searchKey(row.publishedOn, row.id)) }));
  });
}

function expectIntactAndComplete(): number {
  withDatabase((sqlite) => {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });
  const extractor = createExtractor(gazetteer);
  const articles = storedArticles();
  for (const article of articles) {
    const file = path.isAbsolute(article.sourcePath) ? article.sourcePath : path.join(projectRoot, article.sourcePath);
    const result = extractDocument(readFileSync(file), file, extractor);
    if (!result.ok) throw new Error(result.error.message);
    const { mentions, titleMentions, temporal, events } = result.extraction;
    expect({ file: article.sourcePath, mentions: article.mentions, temporals: article.temporals, events: article.events }).toEqual({
      file: article.sourcePath,
      mentions: mentions.length + titleMentions.length,
      temporals: temporal.length,
      events: events.length,
    });
    expect(article.indexed, article.sourcePath).toBe(true);
  }
  return articles.length;
}

/** Counts from the command's summary line: "N file(s) in … s: a new, b replaced, c unchanged, d rejected". */
function summary(stdout: string) {
  const match = /(\d+) file\(s\) in [\d.]+ s: (\d+) new, (\d+) replaced, (\d+) unchanged, (\d+) rejected/.exec(stdout);
  if (!match) throw new Error(`no summary in: ${stdout}`);
  const [files, created, replaced, unchanged, rejected] = match.slice(1).map(Number);
  return { files, created, replaced, unchanged, rejected };
}

const lockFile = () => `${databaseFile}.ingest.lock`;

describe('an ingestion killed with SIGKILL', () => {
  test('loses nothing: two crashes survived, the stale lock taken over, a re-run completes, a third run finds all unchanged', async () => {
    let survived = 0;
    // Early: during the first batches. Late: after most of the corpus.
    for (const killAt of [100, 1_200]) {
      const crashed = await ingest(killAt);
      expect(crashed.signal, crashed.stderr + crashed.stdout).toBe('SIGKILL');
      expect(crashed.committedAtKill).toBeGreaterThanOrEqual(killAt);
      const stored = expectIntactAndComplete();
      expect(stored).toBeGreaterThanOrEqual(killAt);
      expect(stored).toBeLessThan(DOCUMENTS);
      // The killed run could not release its lock; the next run must take it over, not wait.
      expect(existsSync(lockFile())).toBe(true);
      survived += 1;
    }
    expect(survived).toBe(2);

    const before = articleCount();
    const rerun = await ingest();
    expect(rerun.stderr).not.toMatch(/another ingestion/);
    expect(rerun.code).toBe(0);
    expect(summary(rerun.stdout)).toEqual({ files: DOCUMENTS, created: DOCUMENTS - before, replaced: 0, unchanged: before, rejected: 0 });
    expect(expectIntactAndComplete()).toBe(DOCUMENTS);
    expect(existsSync(lockFile())).toBe(false);

    const third = await ingest();
    expect(third.code).toBe(0);
    expect(summary(third.stdout)).toEqual({ files: DOCUMENTS, created: 0, replaced: 0, unchanged: DOCUMENTS, rejected: 0 });
  }, 180_000);
});
