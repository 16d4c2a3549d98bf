import { describe, expect, test } from 'vitest';
import { spanLevel } from './span-level';

describe('spanLevel', () => {
  test.each([
    ['2026-05-01', '2026-05-01', 0],
    ['2026-05-01', '2026-05-02', 1],
    ['2026-05-01', '2026-05-03', 2],
    ['2026-05-01', '2026-05-04', 2],
    ['2026-05-01', '2026-05-05', 3],
    ['2026-02-01', '2026-02-28', 5],
    ['2026-01-01', '2026-12-31', 9],
    ['2024-01-01', '2027-12-31', 11],
  ])('%s to %s is level %i', (start, end, level) => {
    expect(spanLevel(start, end)).toBe(level);
  });
});
