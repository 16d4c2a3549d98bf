import { projectRoot } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { collectFiles } from './collect-files';
import { createProgress } from './progress';
import { readGazetteer } from './read-gazetteer';
import { runIngest, type IngestReport } from './run-ingest';

/** What the ingest and seed commands share: gazetteer + the given files and folders, with a report. */
export async function ingestPaths(db: PrismaClient, inputs: readonly string[]): Promise<IngestReport> {
  const gazetteer = readGazetteer();
  const files = collectFiles(inputs);
  const progress = createProgress(files.length);
  const startedAt = performance.now();
  const report = await runIngest({ db, gazetteer, files, projectRoot, onFile: progress.update });
  progress.stop();
  const seconds = (performance.now() - startedAt) / 1000;

  for (const rejected of report.rejected) console.error(`rejected ${rejected.message}`);
  console.log(
    `${files.length} file(s) in ${seconds.toFixed(1)} s: ${report.created} new, ${report.replaced} replaced, ` +
      `${report.unchanged} unchanged, ${report.rejected.length} rejected; gazetteer: ${gazetteer.entries.length} entities`,
  );
  return report;
}
