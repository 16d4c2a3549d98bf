import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// The readers use the app's one database client, configured from DATABASE_URL at import: point it
// at a fresh database (SQLite, or PostgreSQL in the postgres test project) before anything is imported.
const databaseUrl = await vi.hoisted(async () => {
  const { freshTestDatabaseUrl } = await import('@/lib/testing/test-database-url');
  process.env.DATABASE_URL = await freshTestDatabaseUrl('roles');
  return process.env.DATABASE_URL;
});

import type { ExtractedEvent } from '@/lib/extract/types';
import { persistArticles } from '@/lib/ingest/persist-article';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { syncGazetteer } from '@/lib/ingest/sync-gazetteer';
import { extractText, fixtureIdentity, mentionsByEnglishName } from '@/lib/testing/extraction-fixtures';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { createTestDatabase } from '@/lib/testing/test-database';
import { getArticle } from './articles';
import { listArticleEvents } from './events';
import { listPlaceRelations } from './relations';
import { getStory, listStories } from './stories';

const TEXT = 'date 2026-04-02 First Aktau to Lianyungang flight by Air Astana\nThe airline plans three flights a week.\n';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(databaseUrl);
  const gazetteer = readGazetteer();
  await syncGazetteer(database.db, gazetteer);
  const extraction = extractText(TEXT, gazetteer);
  const title = extraction.article.title ?? '';
  // A headline fact, stated by the title alone, as extraction reports one.
  const flight: ExtractedEvent = {
    type: 'FLIGHT_LAUNCH',
    value: '2026-04-02',
    status: 'held',
    entities: ['air-astana', 'aktau', 'lianyungang'],
    roles: {
      actors: ['air-astana'],
      places: ['aktau', 'lianyungang'],
      object: null,
      route: { from: 'aktau', to: 'lianyungang' },
      carrier: 'air-astana',
    },
    first: true,
    evidence: title,
    evidenceIn: 'title',
    evidenceStart: 0,
    evidenceEnd: title.length,
  };
  await persistArticles(database.db, [
    {
      identity: fixtureIdentity('flight.txt', 'h1'),
      extraction: {
        ...extraction,
        titleMentions: mentionsByEnglishName(title, ['aktau', 'lianyungang', 'air-astana'], gazetteer),
        events: [flight],
        relations: [
          { a: 'aktau', b: 'lianyungang', type: 'FLIGHTS', status: 'launched', evidence: title, evidenceIn: 'title', evidenceStart: 0, evidenceEnd: title.length },
        ],
      },
    },
  ]);
}, 60_000);

afterAll(() => database.dispose());

const names = {
  aktau: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' },
  lianyungang: { kk: 'Ляньюньган', ru: 'Ляньюньган', en: 'Lianyungang' },
  airAstana: { kk: 'Air Astana', ru: 'Эйр Астана', en: 'Air Astana' },
};

describe('events with roles, read back', () => {
  test('each role carries its entities with names in three languages and their type', async () => {
    const [event] = await listArticleEvents('ru', 'flight-txt');
    expect(event?.roles).toEqual({
      actors: [{ key: 'air-astana', type: 'ORGANIZATION', name: 'Эйр Астана', names: names.airAstana }],
      places: [
        { key: 'aktau', type: 'CITY', name: 'Актау', names: names.aktau },
        { key: 'lianyungang', type: 'CITY', name: 'Ляньюньган', names: names.lianyungang },
      ],
      object: null,
      route: {
        from: { key: 'aktau', type: 'CITY', name: 'Актау', names: names.aktau },
        to: { key: 'lianyungang', type: 'CITY', name: 'Ляньюньган', names: names.lianyungang },
      },
      carrier: { key: 'air-astana', type: 'ORGANIZATION', name: 'Эйр Астана', names: names.airAstana },
    });
    // Every entity once, though the cities fill two roles each.
    expect(event?.entities.map((e) => e.key)).toEqual(['air-astana', 'aktau', 'lianyungang']);
    expect(event?.first).toBe(true);
  });

  test('evidence from the title says so and is the title', async () => {
    const [event] = await listArticleEvents('en', 'flight-txt');
    expect(event).toMatchObject({ evidenceIn: 'title', evidence: 'First Aktau to Lianyungang flight by Air Astana' });
    const [relation] = await listPlaceRelations('en', { articleSlug: 'flight-txt' });
    expect(relation?.evidence).toEqual([expect.objectContaining({ evidenceIn: 'title', sentence: 'First Aktau to Lianyungang flight by Air Astana' })]);
  });

  test('an article keeps title mentions apart from body mentions, with offsets into the title', async () => {
    const article = await getArticle('flight-txt', 'en');
    expect(article?.titleMentions.map((m) => [article.title?.slice(m.start, m.end), m.entity.key])).toEqual([
      ['Aktau', 'aktau'],
      ['Lianyungang', 'lianyungang'],
      ['Air Astana', 'air-astana'],
    ]);
    expect(article?.mentions.every((m) => article.body.slice(m.start, m.end).length > 0)).toBe(true);
    expect(article?.mentions.map((m) => m.entity.key)).not.toContain('aktau');
  });

  test('an entity filled in two roles lists the story once, with the route among its places', async () => {
    const stories = await listStories('en', { entityKey: 'aktau' });
    expect(stories.map((story) => [story.type, story.first, story.reportCount, story.languages])).toEqual([['FLIGHT_LAUNCH', true, 1, ['en']]]);
    const story = await getStory('en', stories[0]!.id);
    expect(story?.places.map((place) => place.key)).toEqual(['aktau', 'lianyungang']);
    expect(story?.participants.map((participant) => participant.key)).toEqual(['air-astana']);
    expect(story?.reports.map((report) => [report.evidenceIn, report.article.source])).toEqual([['title', 'fixtures']]);
  });
});
