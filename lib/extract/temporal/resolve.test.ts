import { describe, expect, test } from 'vitest';
import { parseCivilDate } from '../../domain/civil-date';
import type { Season } from './periods';
import type { RelativeModifier } from './relative';
import {
  resolveMonthNear,
  resolveSeason,
  resolveSeasonNear,
  resolvePoint,
  resolveInterval,
  resolveWeekday,
  shiftYears,
  toValue,
  type Resolution,
  type WeekdayPlacement,
} from './resolve';

function day(iso: string) {
  const parsed = parseCivilDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
}

function value(resolution: Resolution | null): string | null {
  return resolution ? toValue(resolution) : null;
}

describe('resolveWeekday', () => {
  // 2026-02-19 is a Thursday.
  test.each<[string, number, WeekdayPlacement, string]>([
    ['2026-02-19', 4, 'onOrBefore', '2026-02-19'],
    ['2026-02-21', 4, 'onOrBefore', '2026-02-19'],
    ['2026-02-19', 5, 'onOrBefore', '2026-02-13'],
    ['2026-02-19', 4, 'before', '2026-02-12'],
    ['2026-02-19', 1, 'before', '2026-02-16'],
    ['2026-02-19', 1, 'after', '2026-02-23'],
    ['2026-02-19', 4, 'after', '2026-02-26'],
    ['2026-02-19', 4, 'onOrAfter', '2026-02-19'],
    ['2026-02-19', 6, 'onOrAfter', '2026-02-21'],
    ['2026-01-01', 7, 'onOrBefore', '2025-12-28'],
  ])('published %s, weekday %i, %s → %s', (published, weekday, placement, expected) => {
    expect(value(resolveWeekday(weekday, placement, day(published)))).toBe(expected);
  });
});

describe('seasons', () => {
  test.each<[Season, number, string]>([
    ['spring', 2026, '2026-03/2026-05'],
    ['summer', 2026, '2026-06/2026-08'],
    ['autumn', 2025, '2025-09/2025-11'],
    ['winter', 2026, '2025-12/2026-02'],
    ['summerNavigation', 2024, '2024-03/2024-10'],
    ['winterNavigation', 2025, '2025-10/2026-03'],
  ])('%s %i → %s', (season, year, expected) => {
    expect(value(resolveSeason(season, year, true))).toBe(expected);
  });

  test.each<[Season, RelativeModifier, string, string]>([
    ['summer', 'this', '2026-02-19', '2026-06/2026-08'],
    ['autumn', 'this', '2026-02-19', '2026-09/2026-11'],
    ['winter', 'this', '2026-02-19', '2025-12/2026-02'],
    ['winter', 'this', '2026-10-05', '2026-12/2027-02'],
    ['winter', 'this', '2026-04-05', '2025-12/2026-02'],
    ['summer', 'last', '2026-02-19', '2025-06/2025-08'],
    ['summer', 'last', '2026-10-01', '2026-06/2026-08'],
    ['summer', 'next', '2026-07-01', '2027-06/2027-08'],
    ['spring', 'next', '2026-02-19', '2026-03/2026-05'],
    ['winter', 'last', '2026-06-10', '2025-12/2026-02'],
    ['summerNavigation', 'this', '2026-02-25', '2026-03/2026-10'],
    ['winterNavigation', 'this', '2026-02-25', '2025-10/2026-03'],
    ['winterNavigation', 'this', '2026-09-01', '2026-10/2027-03'],
  ])('%s (%s) published %s → %s', (season, modifier, published, expected) => {
    expect(value(resolveSeasonNear(season, modifier, day(published)))).toBe(expected);
  });
});

describe('resolveMonthNear', () => {
  test.each<[number, RelativeModifier, string, string]>([
    [11, 'last', '2026-02-19', '2025-11'],
    [1, 'last', '2026-02-19', '2026-01'],
    [2, 'last', '2026-02-19', '2025-02'],
    [3, 'next', '2026-02-19', '2026-03'],
    [2, 'next', '2026-02-19', '2027-02'],
    [9, 'this', '2026-02-19', '2026-09'],
  ])('month %i (%s) published %s → %s', (month, modifier, published, expected) => {
    expect(value(resolveMonthNear(month, modifier, day(published)))).toBe(expected);
  });
});

describe('shiftYears', () => {
  test.each<[string, number, Resolution | null, string]>([
    ['a day range', -1, resolveInterval({ year: 2026, month: 1, day: 1 }, { year: 2026, month: 1, day: 3 }, true), '2025-01-01/2025-01-03'],
    ['a leap day', -1, resolveInterval({ year: 2024, month: 2, day: 21 }, { year: 2024, month: 2, day: 29 }, true), '2023-02-21/2023-02-28'],
    ['a month range', -2, resolveInterval({ year: 2025, month: 1 }, { year: 2025, month: 5 }, true), '2023-01/2023-05'],
    ['a year', -1, resolvePoint({ year: 2024 }, true), '2023'],
  ])('%s moved by %i years', (_name, years, resolution, expected) => {
    expect(resolution && value(shiftYears(resolution, years))).toBe(expected);
  });
});
