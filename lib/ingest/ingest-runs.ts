import type { Database } from '@/lib/db';
import type { IngestReport } from './run-ingest';

/** Rejections are written this many to a statement. */
const REJECTION_CHUNK = 500;

/** Records that a run started; a run that never finishes (killed, failed) keeps no end time. */
export async function startIngestRun(db: Database, startedAt = new Date()): Promise<number> {
  const run = await db.ingestRun.create({ data: { startedAt }, select: { id: true } });
  return run.id;
}

/** Records a run's end, its counts in all and per source, and each rejected file with its line and reason. */
export async function finishIngestRun(db: Database, runId: number, report: IngestReport, finishedAt = new Date()): Promise<void> {
  const files = report.created + report.replaced + report.unchanged + report.rejected.length;
  const rejections = report.rejected.map((rejected) => ({
    runId,
    sourceName: rejected.sourceName ?? '',
    file: rejected.file,
    line: rejected.line,
    reason: rejected.reason,
  }));
  await db.$transaction(async (tx) => {
    await tx.ingestRun.update({
      where: { id: runId },
      data: { finishedAt, files, created: report.created, replaced: report.replaced, unchanged: report.unchanged, rejected: report.rejected.length },
    });
    await tx.ingestRunSource.createMany({ data: [...report.sources].map(([sourceName, counts]) => ({ runId, sourceName, ...counts })) });
    for (let start = 0; start < rejections.length; start += REJECTION_CHUNK) {
      await tx.ingestRejection.createMany({ data: rejections.slice(start, start + REJECTION_CHUNK) });
    }
  });
}
