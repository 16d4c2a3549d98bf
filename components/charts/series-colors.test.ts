import { describe, expect, test } from 'vitest';
import { CHART_BACKGROUND, SERIES_COLORS, seriesColor } from './series-colors';

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

describe('SERIES_COLORS', () => {
  test('has eight distinct colours', () => {
    expect(SERIES_COLORS).toHaveLength(8);
    expect(new Set(SERIES_COLORS).size).toBe(SERIES_COLORS.length);
  });

  test.each(SERIES_COLORS.map((color, index) => [index, color]))('series %i (%s) has 3:1 contrast on the light and the dark card', (_index, color) => {
    expect(contrast(color, CHART_BACKGROUND.light)).toBeGreaterThanOrEqual(3);
    expect(contrast(color, CHART_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
  });

  test('seriesColor follows the palette and repeats past its end', () => {
    expect(seriesColor(0)).toBe(SERIES_COLORS[0]);
    expect(seriesColor(7)).toBe(SERIES_COLORS[7]);
    expect(seriesColor(8)).toBe(SERIES_COLORS[0]);
    expect(seriesColor(-1)).toBe(SERIES_COLORS[7]);
  });
});
