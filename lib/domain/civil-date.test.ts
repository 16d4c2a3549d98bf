import { describe, expect, test } from 'vitest';
import {
  civilDateAtUtcMidnight,
  civilDayNumber,
  daysBetween,
  daysInMonth,
  formatCivilDate,
  fromDayNumber,
  isCivilDate,
  isLeapYear,
  parseCivilDate,
  shiftDays,
  shiftDaysClamped,
  shiftMonths,
  todayCivilDate,
  toDayNumber,
} from './civil-date';

describe('isLeapYear and daysInMonth', () => {
  test.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i is a leap year: %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  test.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
    [2026, 13, 0],
    [2026, 0, 0],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseCivilDate and isCivilDate', () => {
  test.each([
    ['2026-03-15', { year: 2026, month: 3, day: 15 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['2026-02-29', null],
    ['2026-02-30', null],
    ['2100-02-29', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-01-00', null],
    ['2026-3-15', null],
    ['2026-03', null],
    ['15.03.2026', null],
    ['2026-03-15T00:00:00Z', null],
    [' 2026-03-15', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseCivilDate(text)).toEqual(expected);
    expect(isCivilDate(text)).toBe(expected !== null);
  });
});

describe('day numbers', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-03-15', 20527],
  ])('%s is day %i', (isoDate, dayNumber) => {
    expect(civilDayNumber(isoDate)).toBe(dayNumber);
    expect(formatCivilDate(fromDayNumber(dayNumber))).toBe(isoDate);
  });

  test('agree with the host calendar on every day of four centuries', () => {
    for (let n = toDayNumber({ year: 1800, month: 1, day: 1 }); n < toDayNumber({ year: 2200, month: 1, day: 1 }); n += 1) {
      expect(formatCivilDate(fromDayNumber(n))).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
    }
  });

  test('refuse what is not a civil date', () => {
    expect(() => civilDayNumber('2026/03/15')).toThrow(RangeError);
    expect(() => civilDayNumber('2026-02-30')).toThrow(RangeError);
  });
});

describe('shiftDays', () => {
  test.each([
    ['2026-03-15', 1, '2026-03-16'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-15', 0, '2026-03-15'],
    ['2026-03-15', -540, '2024-09-21'],
    ['2026-03-15', 1100, '2029-03-19'],
  ])('%s %i days → %s', (isoDate, days, expected) => {
    expect(shiftDays(isoDate, days)).toBe(expected);
  });

  test('refuses a day it cannot write', () => {
    expect(() => shiftDays('0000-01-01', -1)).toThrow(RangeError);
    expect(() => shiftDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('shiftDaysClamped', () => {
  test.each([
    ['2026-03-15', -4096, '2014-12-27'],
    ['0001-01-05', -4096, '0000-01-01'],
    ['0000-01-01', -1, '0000-01-01'],
    ['9999-12-30', 5, '9999-12-31'],
    ['2026-03-15', 1, '2026-03-16'],
  ])('%s %i days → %s', (isoDate, days, expected) => {
    expect(shiftDaysClamped(isoDate, days)).toBe(expected);
  });
});

describe('shiftMonths', () => {
  test.each([
    ['2026-03-15', 1, '2026-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('%s %i months → %s', (isoDate, months, expected) => {
    expect(shiftMonths(isoDate, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  test.each([
    ['2026-03-15', '2026-03-15', 0],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2027-01-01', '2026-01-01', -365],
    ['2028-01-01', '2029-01-01', 366],
  ])('%s → %s: %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('todayCivilDate', () => {
  const lateEvening = new Date('2026-03-15T22:30:00Z');

  test.each([
    ['UTC', '2026-03-15'],
    ['Asia/Almaty', '2026-03-16'],
    ['Asia/Shanghai', '2026-03-16'],
    ['America/New_York', '2026-03-15'],
  ])('in %s', (timeZone, expected) => {
    expect(todayCivilDate(timeZone, lateEvening)).toBe(expected);
  });

  test('is in UTC unless told otherwise', () => {
    expect(todayCivilDate(undefined, new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
  });
});

describe('civilDateAtUtcMidnight', () => {
  test('is the start of the day in UTC', () => {
    expect(civilDateAtUtcMidnight('2026-03-15').toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(civilDateAtUtcMidnight('1969-12-31').toISOString()).toBe('1969-12-31T00:00:00.000Z');
  });
});
