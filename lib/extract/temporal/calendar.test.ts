import { describe, expect, test } from 'vitest';
import { addDays, addMonths, isoWeekday } from './calendar';

describe('calendar arithmetic', () => {
  test.each([
    ['2026-02-19', 4],
    ['2026-02-23', 1],
    ['2026-03-01', 7],
    ['2000-01-01', 6],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (iso, weekday) => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    expect(isoWeekday({ year, month, day })).toBe(weekday);
  });

  test('adds days and months across year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
  });
});
