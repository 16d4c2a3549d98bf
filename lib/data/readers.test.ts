import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database before anything is imported.
const databaseFile = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const file = `${fs.mkdtempSync(`${os.tmpdir()}/bauyrlas-readers-`)}/readers.db`;
  process.env.DATABASE_URL = `file:${file}`;
  return file;
});

import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import { createMigratedDatabase, type TestDatabase } from '@/lib/testing/migrated-database';
import { getArticle, listLatestArticles } from './articles';
import { getHeadlineFigures } from './dashboard';
import { getEntity, listCoMentionedEntities } from './entities';
import { listEvents, listUpcomingEvents } from './events';
import { getMentionVolume } from './mention-volume';
import { listPlaceRelations } from './relations';

let database: TestDatabase;

beforeAll(async () => {
  database = createMigratedDatabase(databaseFile);
  const folder = mkdtempSync(path.join(tmpdir(), 'bauyrlas-reader-docs-'));
  writeFileSync(
    path.join(folder, 'ru-flights.txt'),
    'date 2026-09-01 Новые рейсы из Алматы\nВ Шанхае обсудили запуск новых рейсов между Алматы и Шанхаем в 2027 году.\n',
  );
  writeFileSync(
    path.join(folder, 'en-visit.txt'),
    'date 2026-10-05 Almaty delegation in Urumqi\nA delegation from Almaty visited Urumqi on Thursday to discuss trade.\n',
  );
  const files = [...collectFiles([path.join(projectRoot, 'seeds')]), ...collectFiles([folder])];
  const report = await runIngest({ db: database.db, gazetteer: readGazetteer(), files, projectRoot });
  expect(report.rejected).toEqual([]);
});

afterAll(() => database.dispose());

describe('readers on a seeded database', () => {
  test('headline figures count what was ingested', async () => {
    const figures = await getHeadlineFigures('2026-11-24');
    expect(figures.articles).toBe(3);
    expect(figures.entities.CITY).toBeGreaterThanOrEqual(4);
    expect(figures.upcomingEvents).toBeGreaterThanOrEqual(1);
  });

  test('latest articles come newest first', async () => {
    expect((await listLatestArticles(3)).map((a) => a.publishedOn)).toEqual(['2026-10-05', '2026-09-01', '2026-02-19']);
  });

  test('an article carries its mentions with names in the UI locale', async () => {
    const article = await getArticle('000-2b8d6f310e8ad15b', 'en');
    const almaty = article?.mentions.find((m) => m.entity.key === 'almaty');
    expect(almaty?.entity.name).toBe('Almaty');
    expect(article && article.body.slice(almaty!.start, almaty!.end)).toMatch(/^Алматы/);
    expect(await getArticle('missing', 'en')).toBeNull();
  });

  test('a relation found in two articles has both as evidence', async () => {
    const [flights] = await listPlaceRelations('ru', { type: 'FLIGHTS', placeKey: 'almaty' });
    expect(flights?.evidenceCount).toBe(2);
    expect(flights?.evidence.map((e) => e.article.publishedOn)).toEqual(['2026-09-01', '2026-02-19']);
    expect(flights?.a.name).toBe('Алматы');
  });

  test('events filter by type, entity and period', async () => {
    const referendums = await listEvents('kk', { type: 'REFERENDUM' });
    expect(referendums.map((e) => e.value)).toEqual(['2026-03-15']);
    expect((await listEvents('en', { entityKey: 'gong-zheng' })).length).toBeGreaterThan(0);
    expect(await listEvents('en', { from: '2030-01-01' })).toEqual([]);
    const upcoming = await listUpcomingEvents('en', '2026-11-24', 10);
    expect(upcoming.every((e) => (e.endsOn ?? '') >= '2026-11-24')).toBe(true);
  });

  test('an entity page has names in three languages and co-mentioned entities', async () => {
    const shanghai = await getEntity('shanghai', 'ru');
    expect(shanghai).toMatchObject({ name: 'Шанхай', names: { kk: 'Шаңхай', ru: 'Шанхай', en: 'Shanghai' }, known: true });
    const related = await listCoMentionedEntities('shanghai', 'en');
    expect(related.map((r) => r.key)).toContain('almaty');
  });

  test('mention volume covers every month between the first and the last article', async () => {
    const volume = await getMentionVolume('en', 3);
    expect(volume.months[0]).toBe('2026-02');
    expect(volume.months.at(-1)).toBe('2026-10');
    expect(volume.months).toHaveLength(9);
    expect(volume.series).toHaveLength(3);
  });
});
