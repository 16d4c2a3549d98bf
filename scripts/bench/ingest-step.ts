import { readFileSync, rmSync, statSync } from 'node:fs';
import { checkpointWriteAheadLog } from '@/lib/database/sqlite/write-ahead-log';
import { projectRoot } from '@/lib/env';
import { inputFingerprint } from '@/lib/ingest/article-identity';
import { collectFiles, type InputFile } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { defaultExtractionWorkers, runIngest } from '@/lib/ingest/run-ingest';
import { gazetteerFingerprint } from '@/lib/ingest/sync-gazetteer';
import { createMigratedDatabase } from '@/lib/testing/migrated-database';

/**
 * Ingestion of a corpus folder into a fresh, migrated SQLite file, beside two baselines measured
 * in the same run: reading and hashing every file (the least any ingestion must do), and a second
 * ingestion of the same, unchanged files (which reads, hashes and compares, then skips).
 */

export interface PassMeasure {
  seconds: number;
  cpuSeconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  /** Peak resident memory of this process (all threads) during the pass, sampled. */
  peakRssMb: number;
}

export interface IngestionMeasure {
  documents: number;
  megabytes: number;
  workers: number;
  databaseFile: string;
  databaseMb: number;
  readAndHash: PassMeasure;
  firstRun: PassMeasure;
  unchangedRun: PassMeasure;
}

async function measurePass(documents: number, megabytes: number, run: () => Promise<void>): Promise<PassMeasure> {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100);
  const cpu = process.cpuUsage();
  const start = performance.now();
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    documentsPerSecond: documents / seconds,
    megabytesPerSecond: megabytes / seconds,
    peakRssMb: Math.max(peakRss, process.memoryUsage.rss()) / 1024 / 1024,
  };
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

function readAndHashAll(files: readonly InputFile[], fingerprint: string): number {
  let hashed = 0;
  for (const file of files) if (inputFingerprint(readFileSync(file.absolute), fingerprint).length > 0) hashed++;
  return hashed;
}

/** Called now and then during the long pass, so a run of several minutes shows it is alive. */
export type IngestProgress = (done: number, total: number) => void;

const PROGRESS_EVERY = 2_000;

export async function measureIngestion(corpusFolder: string, databaseFile: string, megabytes: number, progress?: IngestProgress): Promise<IngestionMeasure> {
  const gazetteer = readGazetteer();
  const files = collectFiles([corpusFolder]);
  const documents = files.length;
  const workers = defaultExtractionWorkers();

  const readAndHash = await measurePass(documents, megabytes, async () => {
    if (readAndHashAll(files, gazetteerFingerprint(gazetteer)) !== documents) throw new Error('a file could not be hashed');
  });

  removeDatabase(databaseFile);
  // Not `dispose()`: that removes the folder, and this database is kept for the steps that follow.
  const { db } = createMigratedDatabase(databaseFile);
  try {
    const firstRun = await measurePass(documents, megabytes, async () => {
      const onFile = (done: number, total: number) => {
        if (done % PROGRESS_EVERY === 0 && done < total) progress?.(done, total);
      };
      const report = await runIngest({ db, gazetteer, files, projectRoot, extractionWorkers: workers, onFile });
      if (report.created !== documents || report.rejected.length > 0) {
        throw new Error(`ingestion: ${report.created} created, ${report.rejected.length} rejected of ${documents}`);
      }
    });
    const unchangedRun = await measurePass(documents, megabytes, async () => {
      const report = await runIngest({ db, gazetteer, files, projectRoot, extractionWorkers: workers });
      if (report.unchanged !== documents) throw new Error(`unchanged run: ${report.unchanged} unchanged of ${documents}`);
    });
    await checkpointWriteAheadLog(db.$kysely);
    return {
      documents,
      megabytes,
      workers,
      databaseFile,
      databaseMb: statSync(databaseFile).size / 1024 / 1024,
      readAndHash,
      firstRun,
      unchangedRun,
    };
  } finally {
    await db.$disconnect();
  }
}
