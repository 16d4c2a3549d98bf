import path from 'node:path';
import { announcePageChanges } from '@/lib/database/postgres/page-changes';
import { env, isPostgresUrl, localStatePath, projectRoot, revalidateUrl } from '@/lib/env';
import type { Database } from '@/lib/db';
import { sourcePathOf } from './article-identity';
import { collectFiles, type CollectOptions, type InputFile } from './collect-files';
import { finishIngestRun, startIngestRun } from './ingest-runs';
import { lockIngestion } from './ingestion-lock';
import { describeRevalidation, notifyRevalidation } from '@/lib/revalidation/notify-revalidation';
import { resolveRevalidateSecret } from '@/lib/revalidation/revalidate-secret';
import { removeArticles } from './persist-article';
import { createProgress } from './progress';
import { readGazetteer } from './read-gazetteer';
import { runIngest, type IngestReport } from './run-ingest';

export interface IngestPathsOptions extends CollectOptions {
  /** The gazetteer folder (seeds/gazetteer by default). */
  gazetteerDir?: string;
}

/**
 * What the ingest and seed commands share: gazetteer + the given files and folders, with a report,
 * recorded in the database as an ingestion run (counts per source, every rejected file).
 * Holds the database's ingestion lock throughout, so two runs never interleave. When articles were
 * created or replaced, tells the running site to refresh its pages.
 */
export async function ingestPaths(
  db: Database,
  inputs: readonly string[],
  databaseFile = localStatePath(),
  options: IngestPathsOptions = {},
): Promise<IngestReport> {
  return ingestFiles(db, collectFiles(inputs, process.cwd(), options), databaseFile, options.gazetteerDir);
}

/**
 * Extracts the stored articles read from these files again (after a gazetteer change), each with
 * its stored source and original address, as a recorded run with progress and a site refresh.
 */
export async function reextractArticles(
  db: Database,
  sourcePaths: readonly string[],
  databaseFile = localStatePath(),
  gazetteerDir?: string,
): Promise<IngestReport> {
  const rows = sourcePaths.length
    ? await db.article.findMany({
        where: { sourcePath: { in: [...sourcePaths] } },
        select: { sourcePath: true, originalUrl: true, source: { select: { name: true } } },
        orderBy: { sourcePath: 'asc' },
      })
    : [];
  const files: InputFile[] = rows.map((row) => {
    const absolute = path.isAbsolute(row.sourcePath) ? row.sourcePath : path.join(projectRoot, row.sourcePath);
    return { display: row.sourcePath, absolute, sourceName: row.source?.name ?? path.basename(path.dirname(absolute)), originalUrl: row.originalUrl };
  });
  return ingestFiles(db, files, databaseFile, gazetteerDir, { action: 'Re-extracting', unit: 'articles' });
}

async function ingestFiles(
  db: Database,
  files: readonly InputFile[],
  databaseFile: string,
  gazetteerDir: string | undefined,
  progressLabels?: { action: string; unit: string },
): Promise<IngestReport> {
  const gazetteer = gazetteerDir ? readGazetteer(gazetteerDir) : readGazetteer();
  const release = await lockIngestion(db.$url, databaseFile);
  const progress = createProgress(files.length, progressLabels);
  const startedAt = performance.now();
  let report: IngestReport;
  try {
    const runId = await startIngestRun(db);
    report = await runIngest({ db, gazetteer, files, projectRoot, onFile: progress.update });
    await finishIngestRun(db, runId, report);
  } finally {
    progress.stop();
    await release();
  }
  const seconds = (performance.now() - startedAt) / 1000;

  for (const rejected of report.rejected) console.error(`rejected ${rejected.message}`);
  console.log(
    `${files.length} file(s) in ${seconds.toFixed(1)} s: ${report.created} new, ${report.replaced} replaced, ` +
      `${report.unchanged} unchanged, ${report.rejected.length} rejected; gazetteer: ${gazetteer.entries.length} entities`,
  );
  if (report.created + report.replaced > 0) await refreshSite(db.$url, databaseFile);
  return report;
}

/**
 * Removes the articles read from these files (which may be gone from the disk) and everything
 * derived from them, under the ingestion lock, then refreshes the site. Returns the files that had
 * no article.
 */
export async function removePaths(db: Database, inputs: readonly string[], databaseFile = localStatePath()): Promise<string[]> {
  const byPath = new Map(inputs.map((input) => [sourcePathOf(path.resolve(input), projectRoot), input]));
  const release = await lockIngestion(db.$url, databaseFile);
  let removed: string[];
  try {
    removed = await removeArticles(db, [...byPath.keys()]);
  } finally {
    await release();
  }
  const missing = [...byPath].filter(([sourcePath]) => !removed.includes(sourcePath)).map(([, input]) => input);
  for (const input of missing) console.error(`no article was read from ${input}`);
  console.log(`${removed.length} article(s) removed`);
  if (removed.length > 0) await refreshSite(db.$url, databaseFile);
  return missing;
}

/**
 * Asks the site to regenerate its pages; a site that is down or refuses never fails the run. On
 * PostgreSQL every app server listens for the database's announcement; on SQLite the one site on
 * this machine is called.
 */
async function refreshSite(databaseUrl: string, databaseFile: string): Promise<void> {
  if (isPostgresUrl(databaseUrl)) {
    try {
      await announcePageChanges(databaseUrl);
      console.log('pages refreshed: every app server on this database regenerates them on their next visit');
    } catch (error) {
      console.log(`pages not refreshed (${(error as Error).message}); they refresh on their own within 5 minutes`);
    }
    return;
  }
  let secret: string;
  try {
    secret = resolveRevalidateSecret(env.REVALIDATE_SECRET, databaseFile);
  } catch (error) {
    console.log(`pages not refreshed (${(error as Error).message}); they refresh on their own within 5 minutes`);
    return;
  }
  const outcome = await notifyRevalidation({ url: revalidateUrl, secret });
  console.log(describeRevalidation(outcome, revalidateUrl));
}
