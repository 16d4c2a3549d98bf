import { availableParallelism } from 'node:os';
import { createExtractor, extractDocument, type ExtractionResult, type Extractor } from '@/lib/extract/extract-document';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { Database } from '@/lib/db';
import { tidyAfterIngestion } from '@/lib/database/after-ingestion';
import { dialectOf } from '@/lib/database/dialect';
import { prepareWriterConnection } from '@/lib/database/sqlite/writer-settings';
import { inputFingerprint, slugFromPath, sourcePathOf } from './article-identity';
import type { InputFile } from './collect-files';
import { createExtractionPool, type ExtractionPool, type PooledExtraction } from './extraction-pool';
import { persistArticle, persistArticles, type ArticleToStore } from './persist-article';
import { readDocument } from './read-document';
import { groupUnstoriedEvents } from './stories/store-stories';
import { gazetteerFingerprint, syncGazetteer } from './sync-gazetteer';

export interface RejectedFile {
  file: string;
  /** The source (outlet) the file would have belonged to; absent for a file nobody named. */
  sourceName?: string;
  /** 1-based line of the problem, or 0 when it concerns the whole file. */
  line: number;
  reason: string;
  message: string;
}

export interface SourceCounts {
  files: number;
  created: number;
  replaced: number;
  unchanged: number;
  rejected: number;
}

export interface IngestReport {
  created: number;
  replaced: number;
  unchanged: number;
  rejected: RejectedFile[];
  /** The same counts for each source the files belong to. */
  sources: Map<string, SourceCounts>;
}

export interface IngestOptions {
  db: Database;
  gazetteer: Gazetteer;
  files: readonly InputFile[];
  projectRoot: string;
  /** Called after each file, whatever its outcome. */
  onFile?: (done: number, total: number) => void;
  /**
   * Worker threads that extract while this thread stores; 0 extracts in this thread. By default a
   * run of several batches uses `defaultExtractionWorkers()`, a short run none (starting workers
   * costs more than it saves).
   */
  extractionWorkers?: number;
}

/** Settings for a writer that shares an SQLite file with a serving reader (`prepareWriterConnection`); PostgreSQL needs none. */
export async function prepareDatabase(db: Database): Promise<void> {
  if (dialectOf(db.$kysely) === 'sqlite') await prepareWriterConnection(db.$kysely);
}

/**
 * Loads the gazetteer, then every file: unchanged files are skipped, changed ones replace their
 * article, bad ones are reported and skipped while the others load.
 *
 * Files go a batch at a time: their stored hashes are read with one query, the new and changed ones
 * are extracted, and their articles are stored together in one transaction (each article is still
 * all-or-nothing: a batch that fails is stored again one article at a time). With extraction
 * workers, the next batch is extracted while this one is stored.
 */
export async function runIngest({ db, gazetteer, files, projectRoot, onFile, extractionWorkers }: IngestOptions): Promise<IngestReport> {
  await prepareDatabase(db);
  await syncGazetteer(db, gazetteer);
  const batches = batchesOf(files, projectRoot);
  const workers = extractionWorkers ?? (batches.length >= MIN_BATCHES_FOR_WORKERS ? defaultExtractionWorkers() : 0);
  // Both are made on first use: a run of unchanged files needs neither, and with a pool the
  // extractor of this thread is only needed if the pool fails.
  const pool = lazyPool(gazetteer, workers);
  let extractor: Extractor | null = null;
  const context: FileContext = {
    fingerprint: gazetteerFingerprint(gazetteer),
    projectRoot,
    extract: (bytes, file) => extractDocument(bytes, file, (extractor ??= createExtractor(gazetteer))),
    pool: pool.get,
  };
  const report: IngestReport = { created: 0, replaced: 0, unchanged: 0, rejected: [], sources: new Map() };
  const countFor = (sourceName: string): SourceCounts => {
    let counts = report.sources.get(sourceName);
    if (!counts) report.sources.set(sourceName, (counts = { files: 0, created: 0, replaced: 0, unchanged: 0, rejected: 0 }));
    return counts;
  };

  try {
    let done = 0;
    let upcoming = batches[0] ? await startBatch(db, batches[0], context) : null;
    for (const [index, batch] of batches.entries()) {
      const current = upcoming ?? (await startBatch(db, batch, context));
      const next = batches[index + 1];
      // A batch that repeats a file of this one must see this one stored first.
      upcoming = next && !next.repeatsPrevious ? await startBatch(db, next, context) : null;

      const prepared = await current.prepared;
      const toStore = prepared.filter((outcome): outcome is PendingArticle => typeof outcome === 'object' && 'article' in outcome);
      const stored = new Map(zip(toStore, await storeArticles(db, toStore)));
      for (const [fileIndex, preparedOutcome] of prepared.entries()) {
        const outcome = typeof preparedOutcome === 'object' && 'article' in preparedOutcome ? stored.get(preparedOutcome) : preparedOutcome;
        if (outcome === undefined) throw new Error('an article was neither stored nor rejected');
        const sourceName = batch.files[fileIndex]?.sourceName ?? '';
        const counts = countFor(sourceName);
        counts.files += 1;
        if (typeof outcome === 'string') {
          report[outcome] += 1;
          counts[outcome] += 1;
        } else {
          report.rejected.push({ ...outcome, sourceName });
          counts.rejected += 1;
        }
        onFile?.(++done, files.length);
      }
    }
  } finally {
    await pool.close();
  }
  // Events stored before stories existed join theirs (a database migrated from an older version).
  await groupUnstoriedEvents(db);
  if (report.created + report.replaced > 0) await tidyAfterIngestion(db.$kysely);
  return report;
}

function lazyPool(gazetteer: Gazetteer, workers: number): { get: () => ExtractionPool | null; close: () => Promise<void> } {
  let pool: ExtractionPool | null = null;
  return {
    get: () => (workers > 0 ? (pool ??= createExtractionPool(gazetteer, workers)) : null),
    close: async () => pool?.close(),
  };
}

/**
 * Files read, extracted and stored together: large enough to make commits rare, small enough for
 * steady progress. 250 rather than 100 since the aggregates: each batch's aggregate statements and
 * commit cost about the same whatever its size (docs/BENCHMARKS.md, "Database at scale").
 */
const BATCH_SIZE = 250;
/** Runs shorter than this extract in the calling thread by default. */
const MIN_BATCHES_FOR_WORKERS = 3;

/** One worker per core but one: the thread that writes keeps a core (on two cores, one worker measured faster than two). */
export function defaultExtractionWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

interface Batch {
  files: InputFile[];
  /** Holds a file of the batch before it, whose stored state it must see. */
  repeatsPrevious: boolean;
}

/** Consecutive files, at most BATCH_SIZE, none repeating another file of its batch. */
function batchesOf(files: readonly InputFile[], projectRoot: string): Batch[] {
  const batches: Batch[] = [];
  let batch: Batch = { files: [], repeatsPrevious: false };
  let paths = new Set<string>();
  let previousPaths = new Set<string>();
  for (const file of files) {
    const sourcePath = sourcePathOf(file.absolute, projectRoot);
    if (batch.files.length === BATCH_SIZE || paths.has(sourcePath)) {
      batches.push(batch);
      [batch, previousPaths, paths] = [{ files: [], repeatsPrevious: false }, paths, new Set()];
    }
    batch.files.push(file);
    batch.repeatsPrevious ||= previousPaths.has(sourcePath);
    paths.add(sourcePath);
  }
  if (batch.files.length > 0) batches.push(batch);
  return batches;
}

interface FileContext {
  fingerprint: string;
  projectRoot: string;
  extract: (bytes: Uint8Array, file: string) => ExtractionResult;
  pool: () => ExtractionPool | null;
}

type Prepared = 'unchanged' | RejectedFile | PendingArticle;

interface PendingArticle {
  file: InputFile;
  article: ArticleToStore;
}

/**
 * Looks up the batch's stored hashes now, and starts reading and extracting its files; the
 * outcomes come in file order. (Wrapped in an object: an async function would flatten the promise.)
 */
async function startBatch(db: Database, batch: Batch, context: FileContext): Promise<{ prepared: Promise<Prepared[]> }> {
  const storedHashes = await storedContentHashes(db, batch.files.map((file) => sourcePathOf(file.absolute, context.projectRoot)));
  const prepared = Promise.all(batch.files.map((file) => prepareFile(file, context, storedHashes)));
  prepared.catch(() => {}); // awaited later, where a failure surfaces; not an unhandled rejection meanwhile
  return { prepared };
}

/** What decides whether a stored article is up to date: its input's fingerprint, its source and its original address. */
function storedStateKey(contentHash: string, sourceName: string | null, originalUrl: string | null): string {
  return JSON.stringify([contentHash, sourceName, originalUrl]);
}

async function storedContentHashes(db: Database, sourcePaths: readonly string[]): Promise<Map<string, string>> {
  if (sourcePaths.length === 0) return new Map();
  const rows = await db.$kysely
    .selectFrom('Article as a')
    .leftJoin('Source as s', 's.id', 'a.sourceId')
    .select(['a.sourcePath', 'a.contentHash', 's.name as sourceName', 'a.originalUrl'])
    .where('a.sourcePath', 'in', sourcePaths)
    .execute();
  return new Map(rows.map((row) => [row.sourcePath, storedStateKey(row.contentHash, row.sourceName, row.originalUrl)]));
}

/** Reads and extracts one file: unchanged, rejected, or an article to store. */
async function prepareFile(file: InputFile, context: FileContext, storedHashes: ReadonlyMap<string, string>): Promise<Prepared> {
  const read = readDocument(file.absolute);
  if (!read.ok) return rejection(file.display, 0, read.reason);
  const { bytes } = read;
  const sourcePath = sourcePathOf(file.absolute, context.projectRoot);
  const contentHash = inputFingerprint(bytes, context.fingerprint);
  // A file whose outlet or original address changed (a new sources.json) is stored again too.
  if (storedHashes.get(sourcePath) === storedStateKey(contentHash, file.sourceName, file.originalUrl)) return 'unchanged';

  const { result, searchDocument } = await extractAnywhere(bytes, file.display, context);
  if (!result.ok) return { ...result.error };
  const identity = { sourcePath, slug: slugFromPath(sourcePath), contentHash, sourceName: file.sourceName, originalUrl: file.originalUrl };
  return { file, article: { identity, extraction: result.extraction, ...(searchDocument ? { searchDocument } : {}) } };
}

/** On the pool when there is one; in this thread when there is none or it failed. */
async function extractAnywhere(bytes: Uint8Array, file: string, context: FileContext): Promise<PooledExtraction> {
  const pool = context.pool();
  if (pool) {
    try {
      return await pool.extract(bytes, file);
    } catch {
      // The pool is broken (a worker did not start or died): the documents are extracted here.
    }
  }
  return { result: context.extract(bytes, file), searchDocument: null };
}

/** Stores a batch in one transaction; when that fails, one article at a time, so only the bad ones are rejected. */
async function storeArticles(db: Database, pending: readonly PendingArticle[]): Promise<('created' | 'replaced' | RejectedFile)[]> {
  if (pending.length === 0) return [];
  const storageFailure = (file: InputFile, error: unknown) =>
    rejection(file.display, 0, `could not be stored: ${(error as Error).message}`);
  try {
    return await persistArticles(db, pending.map(({ article }) => article));
  } catch (error) {
    if (pending.length === 1 && pending[0]) return [storageFailure(pending[0].file, error)];
  }
  const outcomes: ('created' | 'replaced' | RejectedFile)[] = [];
  for (const { file, article } of pending) {
    try {
      outcomes.push(await persistArticle(db, article.identity, article.extraction));
    } catch (error) {
      outcomes.push(storageFailure(file, error));
    }
  }
  return outcomes;
}

function zip<A, B>(first: readonly A[], second: readonly B[]): [A, B][] {
  return first.map((item, index) => [item, second[index] as B]);
}

function rejection(file: string, line: number, reason: string): RejectedFile {
  return { file, line, reason, message: `${file}:${line}: ${reason}` };
}
