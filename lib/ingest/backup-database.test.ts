import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { backupDatabase, defaultBackupPath } from './backup-database';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-backup-'));
  dirs.push(dir);
  return dir;
}

describe('backupDatabase', () => {
  test('copies a WAL database that a writer holds open, including uncheckpointed rows', async () => {
    const dir = tempDir();
    const live = new Database(path.join(dir, 'live.db'));
    live.pragma('journal_mode = WAL');
    live.exec('CREATE TABLE Article (id INTEGER PRIMARY KEY, title TEXT)');
    const insert = live.prepare('INSERT INTO Article (title) VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run(`article ${i}`);

    const result = await backupDatabase(path.join(dir, 'live.db'), path.join(dir, 'copy', 'backup.db'));
    insert.run('written after the backup');
    live.close();

    const copy = new Database(result.file, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM Article').get()).toEqual({ n: 500 });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(result.bytes).toBeGreaterThan(0);
  });

  test('a restored copy is a working database', async () => {
    const dir = tempDir();
    const original = new Database(path.join(dir, 'a.db'));
    original.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept')");
    original.close();
    await backupDatabase(path.join(dir, 'a.db'), path.join(dir, 'b.db'));
    const restored = new Database(path.join(dir, 'b.db'));
    restored.exec("INSERT INTO t VALUES ('new')");
    expect(restored.prepare('SELECT x FROM t ORDER BY rowid').all()).toEqual([{ x: 'kept' }, { x: 'new' }]);
    restored.close();
  });

  test('refuses a missing source instead of creating an empty copy', async () => {
    const dir = tempDir();
    await expect(backupDatabase(path.join(dir, 'missing.db'), path.join(dir, 'out.db'))).rejects.toThrow();
  });

  test('names backups by time beside the database', () => {
    expect(defaultBackupPath('/srv/data/bauyrlas.db', new Date('2026-11-24T16:59:21.123Z'))).toBe(
      '/srv/data/backups/bauyrlas-2026-11-24T16-59-21Z.db',
    );
  });
});
