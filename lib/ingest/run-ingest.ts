import { readFileSync } from 'node:fs';
import { createExtractor, extractDocument, type Extractor } from '@/lib/extract/extract-document';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { inputFingerprint, slugFromPath, sourcePathOf } from './article-identity';
import type { InputFile } from './collect-files';
import { persistArticle } from './persist-article';
import { gazetteerFingerprint, syncGazetteer } from './sync-gazetteer';

export interface RejectedFile {
  file: string;
  /** 1-based line of the problem, or 0 when it concerns the whole file. */
  line: number;
  reason: string;
  message: string;
}

export interface IngestReport {
  created: number;
  replaced: number;
  unchanged: number;
  rejected: RejectedFile[];
}

export interface IngestOptions {
  db: PrismaClient;
  gazetteer: Gazetteer;
  files: readonly InputFile[];
  projectRoot: string;
  /** Called after each file, whatever its outcome. */
  onFile?: (done: number, total: number) => void;
}

/** SQLite settings for a writer that shares the file with a serving reader. */
export async function prepareDatabase(db: PrismaClient): Promise<void> {
  await db.$queryRaw`PRAGMA journal_mode = WAL`;
  await db.$executeRaw`PRAGMA synchronous = NORMAL`;
}

/**
 * Loads the gazetteer, then every file: unchanged files are skipped, changed ones replace their
 * article, bad ones are reported and skipped while the others load.
 */
export async function runIngest({ db, gazetteer, files, projectRoot, onFile }: IngestOptions): Promise<IngestReport> {
  await prepareDatabase(db);
  await syncGazetteer(db, gazetteer);
  const extractor = createExtractor(gazetteer);
  const fingerprint = gazetteerFingerprint(gazetteer);
  const report: IngestReport = { created: 0, replaced: 0, unchanged: 0, rejected: [] };

  for (const [index, file] of files.entries()) {
    const outcome = await ingestFile(db, file, { extractor, fingerprint, projectRoot });
    if (typeof outcome === 'string') report[outcome] += 1;
    else report.rejected.push(outcome);
    onFile?.(index + 1, files.length);
  }
  return report;
}

async function ingestFile(
  db: PrismaClient,
  file: InputFile,
  context: { extractor: Extractor; fingerprint: string; projectRoot: string },
): Promise<'created' | 'replaced' | 'unchanged' | RejectedFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    return rejection(file.display, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const sourcePath = sourcePathOf(file.absolute, context.projectRoot);
  const contentHash = inputFingerprint(bytes, context.fingerprint);
  const stored = await db.article.findUnique({ where: { sourcePath }, select: { contentHash: true } });
  if (stored?.contentHash === contentHash) return 'unchanged';

  const result = extractDocument(bytes, file.display, context.extractor);
  if (!result.ok) return { ...result.error };
  try {
    return await persistArticle(
      db,
      { sourcePath, slug: slugFromPath(sourcePath), contentHash, sourceName: file.sourceName },
      result.extraction,
    );
  } catch (error) {
    return rejection(file.display, 0, `could not be stored: ${(error as Error).message}`);
  }
}

function rejection(file: string, line: number, reason: string): RejectedFile {
  return { file, line, reason, message: `${file}:${line}: ${reason}` };
}
