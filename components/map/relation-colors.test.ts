import { describe, expect, test } from 'vitest';
import { RELATION_TYPES } from '@/lib/extract/types';
import { ARC_CASING, MAP_RELATION_TYPES, RELATION_COLORS } from './relation-colors';

function relativeLuminance(hex: string): number {
  const channels = (hex.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

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
      expect(contrast(color, ARC_CASING.light)).toBeGreaterThanOrEqual(3);
      expect(contrast(color, ARC_CASING.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});
