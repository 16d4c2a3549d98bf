import { describe, expect, test } from 'vitest';
import { isValidValue, valueBounds, valueGranularity, valuePrecision } from './index';

describe('valueBounds', () => {
  test.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['2026-03-15', '2026-03-15', '2026-03-15'],
    ['2026-01/2026-06', '2026-01-01', '2026-06-30'],
    ['2026/2028', '2026-01-01', '2028-12-31'],
    ['2025-12/2026-02', '2025-12-01', '2026-02-28'],
    ['2026-03-26/2026-03-28', '2026-03-26', '2026-03-28'],
    ['2026-03/2026-04-15', '2026-03-01', '2026-04-15'],
  ])('%s → %s … %s', (value, start, end) => {
    expect(valueBounds(value)).toEqual({ start, end });
  });

  test('throws on an invalid value', () => {
    expect(() => valueBounds('2026-02-30')).toThrow(/Invalid temporal value/);
  });
});

describe('isValidValue', () => {
  test.each([
    ['2026', true],
    ['2026-02', true],
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026/2028', true],
    ['2026-01/2026-06', true],
    ['2026-03/2026-04-15', true],
    ['2026-03-15/2026-03-15', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-01-00', false],
    ['26', false],
    ['2026-1-5', false],
    ['2028/2026', false],
    ['2026-06/2026-01', false],
    ['2026-03-28/2026-03-26', false],
    ['2026/2027/2028', false],
    ['', false],
    ['2026-03-15T10:00', false],
    [' 2026', false],
    ['2026/', false],
  ])('%j → %s', (value, valid) => {
    expect(isValidValue(value)).toBe(valid);
  });
});

describe('valuePrecision and valueGranularity', () => {
  test.each([
    ['2026', 'year', 'year'],
    ['2026-03', 'month', 'month'],
    ['2026-03-15', 'day', 'day'],
    ['2026/2028', 'range', 'year'],
    ['2026-01/2026-06', 'range', 'month'],
    ['2026-03-26/2026-03-28', 'range', 'day'],
    ['2026-03/2026-04-15', 'range', 'month'],
  ])('%s → %s, %s', (value, precision, granularity) => {
    expect(valuePrecision(value)).toBe(precision);
    expect(valueGranularity(value)).toBe(granularity);
  });
});
