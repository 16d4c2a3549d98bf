import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
}

/**
 * A consistent copy of a live SQLite database through SQLite's online backup: readers and a
 * writer may keep working while it runs; the copy is the database at one moment.
 */
export async function backupDatabase(sourceFile: string, targetFile: string): Promise<BackupResult> {
  mkdirSync(path.dirname(targetFile), { recursive: true });
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    const { totalPages } = await source.backup(targetFile);
    const copy = new Database(targetFile, { readonly: true });
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${String(integrity)}`);
      const pageSize = Number(copy.pragma('page_size', { simple: true }));
      return { file: targetFile, pages: totalPages, bytes: totalPages * pageSize };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}

/** `data/backups/bauyrlas-2026-11-24T16-59-21Z.db` next to the database. */
export function defaultBackupPath(databaseFile: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const name = path.basename(databaseFile).replace(/\.db$/, '');
  return path.join(path.dirname(databaseFile), 'backups', `${name}-${stamp}.db`);
}
