import { describe, expect, test } from 'vitest';
import { monthPartDays, monthPartOfWord, numberedMonthPart, type MonthPart } from './month-parts';

describe('the days of a part of a month', () => {
  test.each<[MonthPart, number, number, { first: number; last: number }]>([
    ['beginning', 2026, 5, { first: 1, last: 10 }],
    ['middle', 2026, 4, { first: 11, last: 20 }],
    ['end', 2026, 4, { first: 21, last: 30 }],
    ['end', 2024, 2, { first: 21, last: 29 }],
    ['end', 2025, 2, { first: 21, last: 28 }],
    ['firstHalf', 2026, 7, { first: 1, last: 15 }],
    ['secondHalf', 2026, 7, { first: 16, last: 31 }],
  ])('%s of %i-%i', (part, year, month, expected) => {
    expect(monthPartDays(part, year, month)).toEqual(expected);
  });

  test.each([
    ['kk', 'ортасында', 'middle'],
    ['kk', 'аяғына', 'end'],
    ['kk', 'басынан', 'beginning'],
    ['ru', 'конца', 'end'],
    ['ru', 'Середине', 'middle'],
    ['en', 'early', 'beginning'],
    ['en', 'mid', 'middle'],
    ['en', 'late', 'end'],
    ['kk', 'басшысы', null],
    ['ru', 'концерт', null],
  ] as const)('%s: %s is the %s', (language, word, expected) => {
    expect(monthPartOfWord(language, word)).toBe(expected);
  });

  test.each([
    ['half', 1, 'firstHalf'],
    ['half', 2, 'secondHalf'],
    ['half', 3, null],
    ['decade', 1, 'beginning'],
    ['decade', 3, 'end'],
    ['decade', 4, null],
  ] as const)('%s %i is %s', (unit, ordinal, expected) => {
    expect(numberedMonthPart(unit, ordinal)).toBe(expected);
  });
});
