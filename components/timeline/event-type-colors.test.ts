import { describe, expect, test } from 'vitest';
import { EVENT_TYPES } from '@/lib/extract/types';
import { EVENT_TYPE_COLORS, TIMELINE_EVENT_TYPES, TRACK_BACKGROUND } from './event-type-colors';

function relativeLuminance(hex: string): number {
  const channels = (hex.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light = 0, dark = 0] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return (light + 0.05) / (dark + 0.05);
}

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
      expect(contrast(color, TRACK_BACKGROUND.light)).toBeGreaterThanOrEqual(3);
      expect(contrast(color, TRACK_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});
