import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '@/lib/db';
import { projectRoot } from '@/lib/env';
import { sha256 } from '@/lib/ingest/article-identity';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import { gazetteerFingerprint } from '@/lib/ingest/sync-gazetteer';

// A database written before event roles, title mentions and stories keeps its rows through the
// migrations; the next ingestion extracts its articles again and groups every event into a story.

const MIGRATIONS = path.join(projectRoot, 'prisma', 'migrations');
const ROLES_MIGRATION = '20261125090000_event_roles_title_mentions';
const SEED = path.join(projectRoot, 'seeds', '000_2b8d6f310e8ad15b.txt');

function migrationNames(): string[] {
  return readdirSync(MIGRATIONS).filter((name) => /^\d+_/.test(name)).sort();
}

function apply(sqlite: Database.Database, names: readonly string[]) {
  for (const name of names) sqlite.exec(readFileSync(path.join(MIGRATIONS, name, 'migration.sql'), 'utf8'));
}

/** The fingerprint an article got from extraction version 1 (before roles). */
function versionOneFingerprint(bytes: Uint8Array): string {
  return sha256(`1\u0000${gazetteerFingerprint(readGazetteer())}\u0000${sha256(bytes)}`);
}

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-migrations-'));
  file = path.join(dir, 'old.db');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Rows as the code before event roles wrote them: the seed article with one meeting in Shanghai and one relation. */
function writeOldDatabase() {
  const sqlite = new Database(file);
  const all = migrationNames();
  apply(sqlite, all.slice(0, all.indexOf(ROLES_MIGRATION)));
  sqlite.exec(`
    INSERT INTO Source (id, name) VALUES (1, 'seeds'), (2, 'news');
    INSERT INTO Entity (id, key, type, known, nameKk, nameRu, nameEn, mentionCount, articleCount, eventCount) VALUES
      (1, 'shanghai', 'CITY', 1, 'Шаңхай', 'Шанхай', 'Shanghai', 1, 1, 1),
      (2, 'consulate-general-kazakhstan-shanghai', 'ORGANIZATION', 1, 'Бас консулдық', 'Генконсульство', 'Consulate General', 1, 1, 1),
      (3, 'almaty', 'CITY', 1, 'Алматы', 'Алматы', 'Almaty', 1, 1, 0);
  `);
  sqlite
    .prepare(
      `INSERT INTO Article (id, slug, sourcePath, contentHash, title, publishedOn, language, body, sourceId)
       VALUES (1, '000-2b8d6f310e8ad15b', 'seeds/000_2b8d6f310e8ad15b.txt', ?, 'Title', '2026-02-19', 'kk', 'Body.', 1)`,
    )
    .run(versionOneFingerprint(readFileSync(SEED)));
  sqlite.exec(`
    INSERT INTO Article (id, slug, sourcePath, contentHash, title, publishedOn, language, body, sourceId)
      VALUES (2, 'elsewhere', 'news/elsewhere.txt', 'x', 'Elsewhere', '2026-03-02', 'en', 'Shanghai.', 2);
    INSERT INTO Mention (articleId, entityId, start, end, text) VALUES (1, 1, 0, 4, 'Body'), (2, 1, 0, 8, 'Shanghai');
    INSERT INTO Event (id, articleId, type, value, startsOn, endsOn, status, evidence, evidenceStart, evidenceEnd, spanLevel)
      VALUES (1, 1, 'MEETING', '2026-02-19', '2026-02-19', '2026-02-19', 'held', 'A meeting.', 0, 10, 0),
             (2, 2, 'OPENING', NULL, NULL, NULL, 'held', 'Shanghai.', 0, 9, NULL);
    INSERT INTO EventEntity (eventId, entityId, startsOn, endsOn, spanLevel) VALUES
      (1, 1, '2026-02-19', '2026-02-19', 0), (1, 2, '2026-02-19', '2026-02-19', 0), (2, 1, NULL, NULL, NULL);
    INSERT INTO PlaceRelation (id, aId, bId, type, evidenceCount) VALUES (1, 3, 1, 'SISTER_CITIES', 1);
    INSERT INTO RelationEvidence (relationId, articleId, status, sentence, start, end, publishedOn)
      VALUES (1, 1, NULL, 'A sentence.', 0, 11, '2026-02-19');
  `);
  return sqlite;
}

describe('migrations on a database that holds data', () => {
  test('keep every row, with the defaults and the roles extraction used to give by entity type', () => {
    const sqlite = writeOldDatabase();
    const all = migrationNames();
    apply(sqlite, all.slice(all.indexOf(ROLES_MIGRATION)));
    expect(sqlite.prepare('SELECT id, type, first, evidenceIn, storyId, matchFrom, matchTo FROM Event').all()).toEqual([
      { id: 1, type: 'MEETING', first: 0, evidenceIn: 'body', storyId: null, matchFrom: '2026-02-19', matchTo: '2026-02-19' },
      // Undated: the publication day and the three days before it.
      { id: 2, type: 'OPENING', first: 0, evidenceIn: 'body', storyId: null, matchFrom: '2026-02-27', matchTo: '2026-03-02' },
    ]);
    expect(sqlite.prepare('SELECT eventId, entityId, role FROM EventEntity ORDER BY eventId, entityId').all()).toEqual([
      { eventId: 1, entityId: 1, role: 'place' },
      { eventId: 1, entityId: 2, role: 'actor' },
      { eventId: 2, entityId: 1, role: 'place' },
    ]);
    expect(sqlite.prepare('SELECT text, inTitle FROM Mention ORDER BY id').all()).toEqual([
      { text: 'Body', inTitle: 0 },
      { text: 'Shanghai', inTitle: 0 },
    ]);
    expect(sqlite.prepare('SELECT sentence, evidenceIn FROM RelationEvidence').all()).toEqual([{ sentence: 'A sentence.', evidenceIn: 'body' }]);
    expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    sqlite.close();
  });

  test('the next ingestion extracts the old articles again, and every event gets a story', async () => {
    const sqlite = writeOldDatabase();
    const all = migrationNames();
    apply(sqlite, all.slice(all.indexOf(ROLES_MIGRATION)));
    sqlite.close();
    const db = openDatabase(`file:${file}`);
    try {
      const report = await runIngest({ db, gazetteer: readGazetteer(), files: collectFiles([SEED]), projectRoot, extractionWorkers: 0 });
      expect(report).toMatchObject({ created: 0, replaced: 1, unchanged: 0, rejected: [] });
      const events = await db.event.count({ where: { article: { slug: '000-2b8d6f310e8ad15b' } } });
      expect(events).toBeGreaterThan(1);
      // The article of another folder was not read again; its event joins a story all the same.
      expect(await db.event.findMany({ where: { articleId: 2 }, select: { id: true, storyId: true } })).toEqual([{ id: 2, storyId: 2 }]);
      expect(await db.event.count({ where: { storyId: null } })).toBe(0);
      expect(await db.story.findUnique({ where: { id: 2 }, select: { reportCount: true, languages: true } })).toEqual({
        reportCount: 1,
        languages: 'en',
      });
    } finally {
      await db.$disconnect();
    }
  });
});
