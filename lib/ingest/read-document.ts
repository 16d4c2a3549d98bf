import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * A news article is tens of kilobytes; a file far larger is a wrong file (a dump, a log, a
 * binary), and reading it whole would only hold up the run. Checked before the file is read.
 */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export type ReadDocument = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** The bytes of a document file, or why it cannot be one (not a regular file, too large, unreadable). */
export function readDocument(absolute: string, maxBytes = MAX_DOCUMENT_BYTES): ReadDocument {
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (error) {
    return cannotRead(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stats.size > maxBytes) {
      return { ok: false, reason: `the file is ${formatSize(stats.size)}, over the ${formatSize(maxBytes)} limit for one document` };
    }
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return cannotRead(error);
  } finally {
    closeSync(fd);
  }
}

function cannotRead(error: unknown): ReadDocument {
  return { ok: false, reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
}

/** Bytes in binary megabytes or kilobytes, as file managers show them: "10.0 MB", "2 MB", "512 KB". */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
