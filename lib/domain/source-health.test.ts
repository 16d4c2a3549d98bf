import { describe, expect, it } from 'vitest';
import { recentWindowStart, sourceFlags, weeklySeries } from './source-health';

const NEWEST = '2026-06-30';
const steady = { recent: { articles: 10, mentions: 100 }, earlier: { articles: 30, mentions: 300 } };

describe('sourceFlags', () => {
  it.each([
    { name: 'a source publishing to the end is fine', activity: { lastPublished: '2026-06-29', ...steady }, flags: [] },
    { name: 'four weeks without an article is quiet', activity: { lastPublished: '2026-06-01', ...steady }, flags: ['quiet'] },
    { name: 'exactly the limit is not yet quiet', activity: { lastPublished: '2026-06-02', ...steady }, flags: [] },
    {
      name: 'mentions per article falling below half is a drop',
      activity: { lastPublished: '2026-06-29', recent: { articles: 10, mentions: 40 }, earlier: { articles: 30, mentions: 300 } },
      flags: ['yieldDrop'],
    },
    {
      name: 'a fall to half exactly is no drop',
      activity: { lastPublished: '2026-06-29', recent: { articles: 10, mentions: 50 }, earlier: { articles: 30, mentions: 300 } },
      flags: [],
    },
    {
      name: 'too few recent articles to judge the yield',
      activity: { lastPublished: '2026-06-29', recent: { articles: 2, mentions: 0 }, earlier: { articles: 30, mentions: 300 } },
      flags: [],
    },
    {
      name: 'a new source has no earlier yield to fall from',
      activity: { lastPublished: '2026-06-29', recent: { articles: 10, mentions: 10 }, earlier: { articles: 0, mentions: 0 } },
      flags: [],
    },
    {
      name: 'quiet and dropped at once',
      activity: { lastPublished: '2026-05-01', recent: { articles: 3, mentions: 0 }, earlier: { articles: 30, mentions: 300 } },
      flags: ['quiet', 'yieldDrop'],
    },
  ])('$name', ({ activity, flags }) => {
    expect(sourceFlags(activity, NEWEST)).toEqual(flags);
  });
});

describe('windows and weeks', () => {
  it('starts the recent window its length of days before the newest day', () => {
    expect(recentWindowStart(NEWEST)).toBe('2026-06-03');
    expect(recentWindowStart('2026-01-03')).toBe('2025-12-07');
  });

  it('lays weekly counts out oldest first, with empty weeks as zero', () => {
    expect(weeklySeries(new Map([[0, 4], [2, 1]]), 4)).toEqual([0, 1, 0, 4]);
    expect(weeklySeries(new Map([[7, 9]]), 4)).toEqual([0, 0, 0, 0]);
  });
});
