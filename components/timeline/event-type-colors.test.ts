import { describe, expect, test } from 'vitest';
import { contrastRatio } from '@/lib/testing/contrast';
import { EVENT_TYPES } from '@/lib/extract/types';
import { EVENT_TYPE_COLORS, TIMELINE_EVENT_TYPES, TRACK_BACKGROUND } from './event-type-colors';

describe('EVENT_TYPE_COLORS', () => {
  test('covers exactly the event types extraction produces', () => {
    expect([...TIMELINE_EVENT_TYPES]).toEqual([...EVENT_TYPES]);
    expect(Object.keys(EVENT_TYPE_COLORS).sort()).toEqual([...EVENT_TYPES].sort());
  });

  test('gives every type its own colour', () => {
    expect(new Set(Object.values(EVENT_TYPE_COLORS)).size).toBe(TIMELINE_EVENT_TYPES.length);
  });

  test.each(TIMELINE_EVENT_TYPES.map((type) => [type, EVENT_TYPE_COLORS[type]]))(
    '%s (%s) has 3:1 contrast on the light and the dark card',
    (_type, color) => {
      expect(contrastRatio(color, TRACK_BACKGROUND.light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, TRACK_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});
