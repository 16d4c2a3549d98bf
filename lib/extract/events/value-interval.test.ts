import { describe, expect, test } from 'vitest';
import { placeRelativeTo, toDayInterval, valuesNested, widthInDays } from './value-interval';

describe('toDayInterval', () => {
  test.each([
    ['2026', { start: '2026-01-01', end: '2026-12-31' }],
    ['2026-02', { start: '2026-02-01', end: '2026-02-28' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2026-03-15', { start: '2026-03-15', end: '2026-03-15' }],
    ['2026-01/2026-06', { start: '2026-01-01', end: '2026-06-30' }],
    ['2026/2028', { start: '2026-01-01', end: '2028-12-31' }],
    ['2026-03-26/2026-03-28', { start: '2026-03-26', end: '2026-03-28' }],
  ])('%s covers its days', (value, interval) => {
    expect(toDayInterval(value)).toEqual(interval);
  });

  test.each(['', 'spring', '2026-13x', '2028/2026', '2026/2027/2028'])('%s is not a value', (value) => {
    expect(toDayInterval(value)).toBeNull();
  });

  test('width in days', () => {
    expect(widthInDays({ start: '2026-03-26', end: '2026-03-28' })).toBe(3);
  });
});

describe('valuesNested', () => {
  test.each([
    ['2026', '2026-01/2026-06', true],
    ['2026-01/2026-06', '2026', true],
    ['2026/2028', '2026-02-19', true],
    ['2026-03', '2026-03-15', true],
    ['2026-03-15', '2026-03-15', true],
    ['2026-03', '2026-04', false],
    ['2026-01/2026-06', '2026-05/2026-08', false],
  ])('%s and %s → %s', (a, b, nested) => {
    expect(valuesNested(a, b)).toBe(nested);
  });
});

describe('placeRelativeTo', () => {
  test.each([
    ['2026-03-15', 'after'],
    ['2026-02-18', 'before'],
    ['2026', 'around'],
    ['2026-02-19', 'around'],
    ['2025', 'before'],
    ['2026-01/2026-06', 'around'],
  ] as const)('%s relative to 2026-02-19 is %s', (value, place) => {
    expect(placeRelativeTo(value, '2026-02-19')).toBe(place);
  });
});
