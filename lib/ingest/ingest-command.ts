import { databaseFilePath, projectRoot } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { collectFiles } from './collect-files';
import { acquireIngestLock } from './ingest-lock';
import { createProgress } from './progress';
import { readGazetteer } from './read-gazetteer';
import { runIngest, type IngestReport } from './run-ingest';

/**
 * What the ingest and seed commands share: gazetteer + the given files and folders, with a report.
 * Holds the database's ingestion lock throughout, so two runs never interleave.
 */
export async function ingestPaths(db: PrismaClient, inputs: readonly string[], databaseFile = databaseFilePath()): Promise<IngestReport> {
  const gazetteer = readGazetteer();
  const files = collectFiles(inputs);
  const release = acquireIngestLock(databaseFile);
  const progress = createProgress(files.length);
  const startedAt = performance.now();
  let report: IngestReport;
  try {
    report = await runIngest({ db, gazetteer, files, projectRoot, onFile: progress.update });
  } finally {
    progress.stop();
    release();
  }
  const seconds = (performance.now() - startedAt) / 1000;

  for (const rejected of report.rejected) console.error(`rejected ${rejected.message}`);
  console.log(
    `${files.length} file(s) in ${seconds.toFixed(1)} s: ${report.created} new, ${report.replaced} replaced, ` +
      `${report.unchanged} unchanged, ${report.rejected.length} rejected; gazetteer: ${gazetteer.entries.length} entities`,
  );
  return report;
}
