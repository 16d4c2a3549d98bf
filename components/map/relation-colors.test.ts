import { describe, expect, test } from 'vitest';
import { contrastRatio } from '@/lib/testing/contrast';
import { RELATION_TYPES } from '@/lib/domain/vocabulary';
import { ARC_CASING, RELATION_COLORS } from './relation-colors';

describe('RELATION_COLORS', () => {
  test('gives every type its own colour', () => {
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(RELATION_TYPES.length);
  });

  test.each(RELATION_TYPES.map((type) => [type, RELATION_COLORS[type]]))(
    '%s (%s) has 3:1 contrast on the light and the dark casing',
    (_type, color) => {
      expect(contrastRatio(color, ARC_CASING.light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, ARC_CASING.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});
