import { describe, expect, test } from 'vitest';
import { axisTickDates } from './axis-ticks';

describe('axisTickDates', () => {
  test('a span of months gets a tick per month', () => {
    expect(axisTickDates('2026-01-15', '2026-04-02').map((t) => t.date)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
  });

  test('a span of a few years gets quarter ticks on quarter boundaries', () => {
    const ticks = axisTickDates('2025-02-10', '2026-12-31');
    expect(ticks[0]).toEqual({ date: '2025-04-01', step: 'quarter' });
    expect(ticks.every((t) => ['01', '04', '07', '10'].includes(t.date.slice(5, 7)))).toBe(true);
  });

  test('a long span gets yearly ticks', () => {
    expect(axisTickDates('2020-06-01', '2028-01-01').map((t) => t.date)).toEqual([
      '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01', '2028-01-01',
    ]);
  });
});
