import { describe, expect, test } from 'vitest';
import { contrastRatio } from '@/lib/testing/contrast';
import { CHART_BACKGROUND, SERIES_COLORS, seriesColor } from './series-colors';

describe('SERIES_COLORS', () => {
  test('has eight distinct colours', () => {
    expect(SERIES_COLORS).toHaveLength(8);
    expect(new Set(SERIES_COLORS).size).toBe(SERIES_COLORS.length);
  });

  test.each(SERIES_COLORS.map((color, index) => [index, color]))('series %i (%s) has 3:1 contrast on the light and the dark card', (_index, color) => {
    expect(contrastRatio(color, CHART_BACKGROUND.light)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(color, CHART_BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
  });

  test('seriesColor follows the palette and repeats past its end', () => {
    expect(seriesColor(0)).toBe(SERIES_COLORS[0]);
    expect(seriesColor(7)).toBe(SERIES_COLORS[7]);
    expect(seriesColor(8)).toBe(SERIES_COLORS[0]);
    expect(seriesColor(-1)).toBe(SERIES_COLORS[7]);
  });
});
