import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '@/lib/db';
import { projectRoot } from '@/lib/env';
import { createMigratedDatabase, dumpTables } from '@/lib/testing/migrated-database';
import { backupDatabase, defaultBackupPath } from './backup-database';
import { collectFiles } from './collect-files';
import { readGazetteer } from './read-gazetteer';
import { runIngest } from './run-ingest';

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

describe('restoring a backup as the README says', () => {
  const TABLES = ['Article', 'Entity', 'Mention', 'TemporalExpression', 'Event', 'PlaceRelation', 'RelationEvidence', 'SearchLexicon', 'ArticleSearch_docsize'];

  test('copy over the database file, drop stale -wal/-shm, start: the data is whole and re-ingesting changes nothing', async () => {
    const gazetteer = readGazetteer();
    const documents = tempDir();
    writeFileSync(path.join(documents, 'taraz.txt'), 'date 2026-08-03 Taraz and Lanzhou\nTaraz and Lanzhou agreed to open a direct flight in October 2026.\n');
    writeFileSync(path.join(documents, 'oral.txt'), 'date 2026-08-04 Орал мен Чэнду\nОрал мен Чэнду қалалары ынтымақтастық туралы келісімге қол қойды.\n');
    writeFileSync(path.join(documents, 'kostanay.txt'), 'date 2026-08-05 Костанай и Сиань\nДелегация Костаная посетит Сиань в ноябре 2026 года.\n');
    const files = collectFiles([documents]);

    const live = createMigratedDatabase();
    const backupFile = path.join(tempDir(), 'backups', 'site.db');
    try {
      const first = await runIngest({ db: live.db, gazetteer, files, projectRoot });
      expect(first).toMatchObject({ created: 3, replaced: 0, unchanged: 0, rejected: [] });
      await backupDatabase(live.file, backupFile);
      const atBackup = dumpTables(live.file, TABLES);
      // The site keeps writing after the backup; the restore goes back to the backed-up state.
      writeFileSync(path.join(documents, 'later.txt'), 'date 2026-08-06 Later news\nAstana and Urumqi discussed trade.\n');
      expect((await runIngest({ db: live.db, gazetteer, files: collectFiles([documents]), projectRoot })).created).toBe(1);
      rmSync(path.join(documents, 'later.txt'));

      // The server is stopped; a database file and its -wal/-shm from before are still there.
      const restoreDir = tempDir();
      const database = path.join(restoreDir, 'bauyrlas.db');
      copyFileSync(live.file, database);
      for (const suffix of ['-wal', '-shm']) writeFileSync(`${database}${suffix}`, 'left over from the old database');

      copyFileSync(backupFile, database);
      for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });

      const restored = openDatabase(`file:${database}`);
      try {
        expect(await restored.article.count()).toBe(3);
        const again = await runIngest({ db: restored, gazetteer, files, projectRoot });
        expect(again).toMatchObject({ created: 0, replaced: 0, unchanged: 3, rejected: [] });
      } finally {
        await restored.$disconnect();
      }
      expect(dumpTables(database, TABLES)).toEqual(atBackup);
      const check = new Database(database, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    } finally {
      await live.dispose();
    }
  });
});
