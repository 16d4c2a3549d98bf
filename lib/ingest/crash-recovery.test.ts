import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import { projectRoot } from '@/lib/env';
import { searchKey } from '@/lib/extract/search/search-key';
import { recountAggregates } from '@/lib/testing/aggregate-recount';
import { indexedSearchKeys } from '@/lib/testing/full-text-index';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';
import { onPostgresServer, testDatabaseKind } from '@/lib/testing/test-database-url';
import { generateCorpus, writeCorpus } from '@/scripts/bench/synthetic-corpus';
import { readGazetteer } from './read-gazetteer';

// Nothing lost on a crash: the real ingest command is killed with SIGKILL twice, early and late in
// its run, and the database must hold only complete articles with exact aggregates, then load
// everything on a re-run.

/** Three of ingestion's batches (250 files each, committed one at a time). */
const DOCUMENTS = 750;
const gazetteer = readGazetteer();

let dir: string;
let folder: string;
/** The test's own client on the database the command writes: it reads while the command runs. */
let database: TestDatabase;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-crash-'));
  folder = path.join(dir, 'news');
  writeCorpus(generateCorpus({ count: DOCUMENTS, seed: 23, gazetteer }), folder);
  database = await freshTestDatabase('crash');
});

afterAll(async () => {
  await database?.dispose();
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
      env: { ...process.env, DATABASE_URL: database.url },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    let committedAtKill: number | null = null;
    let running = true;
    // Polls the committed articles until there are enough, then kills the command's process group.
    const poll = async () => {
      while (running && killAt !== undefined && committedAtKill === null) {
        const committed = await articleCount();
        if (committed >= killAt && child.pid !== undefined && running) {
          committedAtKill = committed;
          process.kill(-child.pid, 'SIGKILL');
        }
        await sleep(20);
      }
    };
    const polling = poll();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = false;
      polling.then(() => resolve({ code, signal, stdout, stderr, committedAtKill }), reject);
    });
  });
}

async function articleCount(): Promise<number> {
  return database.db.article.count();
}

/** The article rows with the counts of what was stored for each. */
async function storedArticles() {
  const rows = await database.db.article.findMany({
    select: { id: true, publishedOn: true, sourcePath: true, _count: { select: { mentions: true, temporals: true, events: true } } },
  });
  const indexed = new Set(await indexedSearchKeys(database.db));
  return rows.map(({ _count, ...row }) => ({ ...row, ..._count, indexed: indexed.has(searchKey(row.publishedOn, row.id)) }));
}

/** SQLite's own checks of the file's pages and foreign keys, after the process writing it was killed. */
function expectSqliteFileIntact() {
  const sqlite = new Sqlite(database.file, { readonly: true, fileMustExist: true });
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    sqlite.close();
  }
}

/** The stored articles are whole (each with what a fresh extraction finds, and indexed) and the aggregates exact; returns how many. */
async function expectIntactAndComplete(): Promise<number> {
  // A file can be torn by a killed writer; a PostgreSQL server checks its foreign keys as it writes.
  if (testDatabaseKind === 'sqlite') expectSqliteFileIntact();
  for (const { name, stored, recounted } of await recountAggregates(database.db)) {
    expect({ name, rows: stored }).toEqual({ name, rows: recounted });
  }
  const extractor = createExtractor(gazetteer);
  const articles = await storedArticles();
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

/**
 * Ingestion locks held on the database. A killed run cannot release its lock: on SQLite its lock
 * file stays beside the database (the next run must take it over, not wait); on PostgreSQL the
 * server releases the advisory lock with the killed run's connection.
 */
async function ingestionLocksHeld(): Promise<number> {
  if (testDatabaseKind === 'sqlite') return existsSync(`${database.file}.ingest.lock`) ? 1 : 0;
  const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
  const { rows } = await onPostgresServer((client) =>
    client.query<{ n: string }>(
      "SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = $1)",
      [name],
    ),
  );
  return Number(rows[0]?.n);
}

const LOCKS_LEFT_BY_A_KILLED_RUN = testDatabaseKind === 'sqlite' ? 1 : 0;

describe('an ingestion killed with SIGKILL', () => {
  test("loses nothing: two crashes survived, the killed run's lock no obstacle, a re-run completes, a third run finds all unchanged", async () => {
    let survived = 0;
    // Early: once the first batch is committed. Late: once two are, while the last is stored.
    for (const killAt of [100, 500]) {
      const crashed = await ingest(killAt);
      expect(crashed.signal, crashed.stderr + crashed.stdout).toBe('SIGKILL');
      expect(crashed.committedAtKill).toBeGreaterThanOrEqual(killAt);
      const stored = await expectIntactAndComplete();
      expect(stored).toBeGreaterThanOrEqual(killAt);
      expect(stored).toBeLessThan(DOCUMENTS);
      expect(await ingestionLocksHeld()).toBe(LOCKS_LEFT_BY_A_KILLED_RUN);
      survived += 1;
    }
    expect(survived).toBe(2);

    const before = await articleCount();
    const rerun = await ingest();
    expect(rerun.stderr).not.toMatch(/another ingestion/);
    expect(rerun.code).toBe(0);
    expect(summary(rerun.stdout)).toEqual({ files: DOCUMENTS, created: DOCUMENTS - before, replaced: 0, unchanged: before, rejected: 0 });
    expect(await expectIntactAndComplete()).toBe(DOCUMENTS);
    expect(await ingestionLocksHeld()).toBe(0);

    const third = await ingest();
    expect(third.code).toBe(0);
    expect(summary(third.stdout)).toEqual({ files: DOCUMENTS, created: 0, replaced: 0, unchanged: DOCUMENTS, rejected: 0 });
  }, 180_000);
});
