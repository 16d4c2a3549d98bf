import { describe, expect, it } from 'vitest';
import { formatDayInput, isReversedPeriod, parseDayInput } from './day-input';

describe('parseDayInput', () => {
  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026-3-5', '2026-03-05'],
    ['15.03.2026', '2026-03-15'],
    ['5.3.2026', '2026-03-05'],
    ['15/03/2026', '2026-03-15'],
    [' 29.02.2028 ', '2028-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDayInput(text)).toBe(iso);
  });

  it.each(['30.02.2026', '2026-13-01', '03/15/2026', '15.03.26', 'наурыз', '', '2026-03-15T00:00'])('rejects %s', (text) => {
    expect(parseDayInput(text)).toBeNull();
  });
});

describe('formatDayInput', () => {
  it.each([
    ['kk', '15.03.2026'],
    ['ru', '15.03.2026'],
    ['en', '2026-03-15'],
  ] as const)('writes a day as %s does', (locale, text) => {
    expect(formatDayInput('2026-03-15', locale)).toBe(text);
    expect(parseDayInput(text)).toBe('2026-03-15');
  });
});

describe('isReversedPeriod', () => {
  it.each([
    ['2026-04-01', '2026-03-01', true],
    ['2026-03-01', '2026-03-01', false],
    ['2026-03-01', '2026-04-01', false],
    [undefined, '2026-03-01', false],
    ['2026-03-01', undefined, false],
  ])('from %s to %s: %s', (from, to, reversed) => {
    expect(isReversedPeriod(from, to)).toBe(reversed);
  });
});
