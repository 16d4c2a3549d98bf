import { describe, expect, test } from 'vitest';
import { countLabelAt, seriesField, toChartRows, type MentionSeries } from './mention-volume-data';

const almaty: MentionSeries = { key: 'almaty', name: 'Алматы', counts: [3, 0, 12] };
const shanghai: MentionSeries = { key: 'city.shanghai', name: 'Шанхай', counts: [1, 5], countLabels: ['1', '5'] };

describe('toChartRows', () => {
  test('one row per month with the finished label and each series under its own field', () => {
    const rows = toChartRows({ months: ['2026-01', '2026-02', '2026-03'], monthLabels: ['қаң.', 'ақп.', 'нау.'], series: [almaty, shanghai] });
    expect(rows).toEqual([
      { month: '2026-01', label: 'қаң.', s0: 3, s1: 1 },
      { month: '2026-02', label: 'ақп.', s0: 0, s1: 5 },
      { month: '2026-03', label: 'нау.', s0: 12, s1: 0 },
    ]);
  });

  test('series fields never contain the entity key, so dots in keys cannot become data paths', () => {
    const [row] = toChartRows({ months: ['2026-01'], monthLabels: ['Jan'], series: [shanghai] });
    expect(Object.keys(row ?? {})).toEqual(['month', 'label', seriesField(0)]);
  });

  test('a missing month label falls back to the month itself; a non-finite count reads as 0', () => {
    const rows = toChartRows({ months: ['2026-01', '2026-02'], monthLabels: ['Jan'], series: [{ key: 'x', name: 'X', counts: [Number.NaN, 2] }] });
    expect(rows).toEqual([
      { month: '2026-01', label: 'Jan', s0: 0 },
      { month: '2026-02', label: '2026-02', s0: 2 },
    ]);
  });
});

describe('countLabelAt', () => {
  const cases: [string, MentionSeries, number, string][] = [
    ['the server label when given', { key: 'a', name: 'A', counts: [1234], countLabels: ['1 234'] }, 0, '1 234'],
    ['the plain integer otherwise, never a locale format', { key: 'a', name: 'A', counts: [1234] }, 0, '1234'],
    ['0 for a month without a count', { key: 'a', name: 'A', counts: [] }, 3, '0'],
  ];
  test.each(cases)('%s', (_case, series, monthIndex, expected) => {
    expect(countLabelAt(series, monthIndex)).toBe(expected);
  });
});
