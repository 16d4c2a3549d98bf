import { describe, expect, test } from 'vitest';
import { contrastRatio } from '@/lib/testing/contrast';
import { EVENT_TYPES } from '@/lib/domain/vocabulary';
import { EVENT_TYPE_COLORS, TRACK_BACKGROUND } from './event-type-colors';

describe('EVENT_TYPE_COLORS', () => {
  test('gives every type its own colour', () => {
    expect(new Set(Object.values(EVENT_TYPE_COLORS)).size).toBe(EVENT_TYPES.length);
  });

  test.each(EVENT_TYPES.map((type) => [type, EVENT_TYPE_COLORS[type]]))(
    '%s (%s) has 3:1 contrast on the light and the dark card',
    (_type, color) => {
      expect(contrastRatio(color, TRACK_BACKGROUND.light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, TRACK_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});
