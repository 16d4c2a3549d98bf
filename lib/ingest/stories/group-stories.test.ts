import { describe, expect, test } from 'vitest';
import { valueBounds } from '@/lib/extract/temporal';
import type { EventStatus, EventType, Language } from '@/lib/domain/vocabulary';
import { groupStories } from './group-stories';
import type { ReportEntity } from './report';
import { toReport } from './same-happening';

const ALMATY: ReportEntity = { id: 3, type: 'CITY', role: 'place' };
const URUMQI: ReportEntity = { id: 5, type: 'CITY', role: 'place' };
const CONSULATE: ReportEntity = { id: 8, type: 'ORGANIZATION', role: 'actor' };
const AKIMAT: ReportEntity = { id: 13, type: 'ORGANIZATION', role: 'actor' };
const KAZAKHSTAN: ReportEntity = { id: 1, type: 'COUNTRY', role: 'place' };

interface Options {
  id: number;
  articleId?: number;
  type?: EventType;
  value: string | null;
  status?: EventStatus;
  first?: boolean;
  publishedOn: string;
  language?: Language;
  entities: ReportEntity[];
}

function report({ id, articleId = id, type = 'OPENING', value, status = 'held', first = false, publishedOn, language = 'kk', entities }: Options) {
  const bounds = value ? valueBounds(value) : null;
  return toReport({
    id,
    articleId,
    type,
    value,
    startsOn: bounds?.start ?? null,
    endsOn: bounds?.end ?? null,
    status,
    first,
    publishedOn,
    language,
    entities,
  });
}

describe('stories from reports', () => {
  test('reports of one opening in three languages are one story, whatever their order', () => {
    const reports = [
      report({ id: 7, value: '2026-06-01', publishedOn: '2026-06-01', language: 'ru', entities: [CONSULATE, URUMQI] }),
      report({ id: 3, value: null, publishedOn: '2026-06-02', language: 'en', entities: [CONSULATE] }),
      report({ id: 12, type: 'OTHER', value: '2026-06-01', publishedOn: '2026-06-01', language: 'kk', entities: [CONSULATE, KAZAKHSTAN] }),
    ];
    const forward = groupStories(reports);
    expect(groupStories([...reports].reverse())).toEqual(forward);
    expect(forward).toEqual([
      expect.objectContaining({ id: 3, leadEventId: 7, type: 'OPENING', value: '2026-06-01', reportCount: 3, languages: 'kk ru en', eventIds: [3, 7, 12] }),
    ]);
    expect(forward[0]?.entityIds).toEqual([1, 5, 8]);
  });

  test('a chain of reports is one story; without its middle it is two', () => {
    const first = report({ id: 1, value: '2026-05-10', publishedOn: '2026-05-10', entities: [ALMATY] });
    const week = report({ id: 2, value: '2026-05-10/2026-05-16', publishedOn: '2026-05-09', entities: [ALMATY, URUMQI] });
    const last = report({ id: 3, value: '2026-05-15', publishedOn: '2026-05-15', entities: [URUMQI] });
    expect(groupStories([first, week, last]).map((story) => story.eventIds)).toEqual([[1, 2, 3]]);
    expect(groupStories([first, last]).map((story) => story.eventIds)).toEqual([[1], [3]]);
  });

  test('an undated report joins one happening: it cannot chain launches on different days into one story', () => {
    const monday = report({ id: 1, type: 'FLIGHT_LAUNCH', value: '2026-05-04', publishedOn: '2026-05-04', entities: [ALMATY] });
    const wednesday = report({ id: 2, type: 'FLIGHT_LAUNCH', value: '2026-05-06', publishedOn: '2026-05-06', entities: [ALMATY, URUMQI] });
    const undated = report({ id: 3, type: 'FLIGHT_LAUNCH', value: null, publishedOn: '2026-05-06', entities: [ALMATY] });
    // Both launches match the undated report; it joins the one dated nearest its publication.
    expect(groupStories([monday, wednesday, undated]).map((story) => story.eventIds)).toEqual([[1], [2, 3]]);
    // Sharing more with the earlier launch outweighs the nearer date.
    const naming = report({ id: 3, type: 'OTHER', value: null, publishedOn: '2026-05-06', entities: [ALMATY, CONSULATE] });
    const mondayWithConsulate = { ...monday, entities: [ALMATY, CONSULATE] };
    expect(groupStories([mondayWithConsulate, wednesday, naming]).map((story) => story.eventIds)).toEqual([[1, 3], [2]]);
  });

  test('undated reports matching no dated one are one story per publication day', () => {
    const stories = groupStories([
      report({ id: 1, value: null, publishedOn: '2026-05-04', language: 'ru', entities: [ALMATY] }),
      report({ id: 2, value: null, publishedOn: '2026-05-04', language: 'en', entities: [ALMATY, URUMQI] }),
      report({ id: 3, value: null, publishedOn: '2026-05-05', entities: [ALMATY] }),
      report({ id: 4, value: null, publishedOn: '2026-05-06', entities: [ALMATY] }),
    ]);
    expect(stories.map((story) => [story.eventIds, story.languages])).toEqual([
      [[1, 2], 'ru en'],
      [[3], 'kk'],
      [[4], 'kk'],
    ]);
  });

  test('an undated report with a dated match does not pull in undated reports of its day', () => {
    const dated = report({ id: 1, value: '2026-05-04', publishedOn: '2026-05-04', entities: [URUMQI] });
    const matched = report({ id: 2, value: null, publishedOn: '2026-05-05', entities: [ALMATY, URUMQI] });
    const unmatched = report({ id: 3, value: null, publishedOn: '2026-05-05', entities: [ALMATY] });
    expect(groupStories([dated, matched, unmatched]).map((story) => story.eventIds)).toEqual([[1, 2], [3]]);
    expect(groupStories([matched, unmatched]).map((story) => story.eventIds)).toEqual([[2, 3]]);
  });

  test('the representative has the most precise date, then the richest roles (countries aside); a specific type wins over OTHER', () => {
    const [story] = groupStories([
      report({ id: 1, type: 'OTHER', value: '2026-03-26/2026-03-28', publishedOn: '2026-03-01', entities: [ALMATY, CONSULATE, AKIMAT] }),
      report({ id: 2, value: '2026-03-27', publishedOn: '2026-03-27', entities: [ALMATY, KAZAKHSTAN] }),
      report({ id: 3, type: 'OTHER', value: '2026-03-27', publishedOn: '2026-03-28', entities: [ALMATY, CONSULATE] }),
      report({ id: 4, value: '2026-03-27', publishedOn: '2026-03-28', entities: [ALMATY, KAZAKHSTAN, { id: 2, type: 'COUNTRY', role: 'place' }] }),
    ]);
    expect(story).toMatchObject({ id: 1, leadEventId: 3, type: 'OPENING', value: '2026-03-27', startsOn: '2026-03-27', spanLevel: 0 });
  });

  test.each([
    ['held, reported after the date', 'held', '2026-06-02', 'held'],
    ['held, reported on the day', 'held', '2026-06-01', 'held'],
    ['"held" in a report written before the date', 'held', '2026-05-30', 'planned'],
    ['planned only', 'planned', '2026-06-02', 'planned'],
  ] as const)('status when another report says %s', (_name, status, publishedOn, expected) => {
    const [story] = groupStories([
      report({ id: 1, value: '2026-06-01', status: 'planned', publishedOn: '2026-05-20', entities: [ALMATY] }),
      report({ id: 2, value: '2026-06-01', status, publishedOn, entities: [ALMATY] }),
    ]);
    expect(story?.status).toBe(expected);
  });

  test('reports are counted by article; the story is first of its kind when any report says so', () => {
    const [story] = groupStories([
      report({ id: 1, articleId: 10, value: '2026-04-02', publishedOn: '2026-04-02', entities: [ALMATY] }),
      report({ id: 2, articleId: 10, value: '2026-04-02', publishedOn: '2026-04-02', entities: [ALMATY, URUMQI] }),
      report({ id: 3, articleId: 11, value: '2026-04-02', first: true, publishedOn: '2026-04-03', language: 'en', entities: [ALMATY] }),
    ]);
    expect(story).toMatchObject({ reportCount: 2, first: true, languages: 'kk en', eventIds: [1, 2, 3] });
  });

  test('an undated story is planned unless a report says held', () => {
    const stories = groupStories([
      report({ id: 1, value: null, status: 'planned', publishedOn: '2026-04-02', entities: [ALMATY] }),
      report({ id: 2, value: null, status: 'held', publishedOn: '2026-09-02', entities: [URUMQI] }),
    ]);
    expect(stories.map((s) => [s.id, s.status, s.startsOn, s.spanLevel])).toEqual([
      [1, 'planned', null, null],
      [2, 'held', null, null],
    ]);
  });
});
