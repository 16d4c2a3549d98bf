import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('readers');
  return process.env.DATABASE_URL;
});

import { projectRoot } from '@/lib/env';
import { collectFiles } from '@/lib/ingest/collect-files';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { getArticle, listLatestArticles } from './articles';
import { getHeadlineFigures } from './dashboard';
import { getEntity, listCoMentionedEntities } from './entities';
import { listArticleEvents } from './events';
import { getMentionVolume } from './mention-volume';
import { listPlaceRelations } from './relations';
import { countStories, getStory, listStories, listUpcomingStories } from './stories';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
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
    expect(figures.articles).toBe(6);
    expect(figures.entities.CITY).toBeGreaterThanOrEqual(4);
    expect(figures.upcomingEvents).toBeGreaterThanOrEqual(1);
  });

  test('latest articles come newest first', async () => {
    expect((await listLatestArticles(3)).map((a) => a.publishedOn)).toEqual(['2026-10-05', '2026-09-01', '2026-04-15']);
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

  test('stories filter by type, entity and period', async () => {
    const referendums = await listStories('kk', { type: 'REFERENDUM' });
    expect(referendums.map((s) => s.value)).toEqual(['2026-03-15']);
    expect((await listStories('en', { entityKey: 'gong-zheng' })).length).toBeGreaterThan(0);
    expect(await listStories('en', { from: '2030-01-01' })).toEqual([]);
    const upcoming = await listUpcomingStories('en', '2026-11-24', 10);
    expect(upcoming.every((s) => (s.endsOn ?? '') >= '2026-11-24')).toBe(true);
  });

  test('the first Astana – Xi\'an flight, reported in three languages, is one story of three reports', async () => {
    const flights = await listStories('en', { type: 'FLIGHT_LAUNCH', entityKey: 'xian' });
    expect(flights.map((s) => [s.value, s.status, s.reportCount, s.languages])).toEqual([['2026-04-14', 'held', 3, ['kk', 'ru', 'en']]]);
    const story = await getStory('ru', flights[0]!.id);
    expect(story?.reports.map((r) => [r.article.language, r.article.publishedOn])).toEqual([
      ['kk', '2026-04-14'],
      ['ru', '2026-04-14'],
      ['en', '2026-04-15'],
    ]);
    expect(story?.reports.map((r) => r.evidence)).toEqual([
      expect.stringContaining('Астана – Сиань бағыты бойынша алғашқы'),
      expect.stringContaining('первый прямой рейс по маршруту Астана – Сиань'),
      expect.stringContaining('first direct flight from Astana to Xi'),
    ]);
    expect(story?.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Астана', 'Сиань']));
    // The carrier, and the city administration whose delegation travelled on the flight.
    expect(story?.participants.map((p) => p.key)).toEqual(['air-astana', 'akimat-astana']);
    expect(await getStory('en', 999_999)).toBeNull();
  });

  test('each story is counted once on the timeline, and an article lists its own events', async () => {
    const events = await listArticleEvents('en', '003-astana-xian-flight-en');
    expect(events.map((e) => [e.type, e.story])).toEqual([
      ['FLIGHT_LAUNCH', { reportCount: 3, languages: ['kk', 'ru', 'en'] }],
      ['CONFERENCE', { reportCount: 2, languages: ['kk', 'en'] }],
    ]);
    const all = await listStories('en');
    expect(await countStories()).toBe(all.length);
    expect(all.filter((s) => s.type === 'FLIGHT_LAUNCH' && s.value === '2026-04-14')).toHaveLength(1);
    // The forum in Astana, planned in two reports, is upcoming once.
    const upcoming = await listUpcomingStories('en', '2026-12-03', 10);
    expect(upcoming.map((s) => [s.type, s.reportCount, s.languages])).toContainEqual(['CONFERENCE', 2, ['kk', 'en']]);
  });

  test('an entity page has names in three languages and co-mentioned entities', async () => {
    const shanghai = await getEntity('shanghai', 'ru');
    expect(shanghai).toMatchObject({ name: 'Шанхай', names: { kk: 'Шаңхай', ru: 'Шанхай', en: 'Shanghai' }, known: true });
    const related = await listCoMentionedEntities('shanghai', 'en');
    expect(related.map((r) => r.key)).toContain('almaty');
  });

  test('mention volume covers every month between the first and the last article', async () => {
    const volume = await getMentionVolume('en', 8);
    expect(volume.series.map((s) => s.key)).toContain('almaty');
    expect(volume.months[0]).toBe('2026-02');
    expect(volume.months.at(-1)).toBe('2026-10');
    expect(volume.months).toHaveLength(9);
    expect(volume.series).toHaveLength(8);
  });
});
