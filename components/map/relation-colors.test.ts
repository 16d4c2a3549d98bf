import { describe, expect, test } from 'vitest';
import { contrastRatio } from '@/lib/testing/contrast';
import { RELATION_TYPES } from '@/lib/extract/types';
import { ARC_CASING, MAP_RELATION_TYPES, RELATION_COLORS } from './relation-colors';

describe('RELATION_COLORS', () => {
  test('covers exactly the relation types extraction produces', () => {
    expect([...MAP_RELATION_TYPES]).toEqual([...RELATION_TYPES]);
    expect(Object.keys(RELATION_COLORS).sort()).toEqual([...RELATION_TYPES].sort());
  });

  test('gives every type its own colour', () => {
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(MAP_RELATION_TYPES.length);
  });

  test.each(MAP_RELATION_TYPES.map((type) => [type, RELATION_COLORS[type]]))(
    '%s (%s) has 3:1 contrast on the light and the dark casing',
    (_type, color) => {
      expect(contrastRatio(color, ARC_CASING.light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, ARC_CASING.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});
