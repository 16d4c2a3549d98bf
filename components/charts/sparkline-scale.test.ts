import { describe, expect, test } from 'vitest';
import { barHeightPercents } from './sparkline-scale';

describe('barHeightPercents', () => {
  test.each([
    ['scales to the tallest bar', [5, 10, 0, 2.5], [50, 100, 0, 25]],
    ['lifts a small non-zero value to the minimum, keeps zero at zero', [1, 100, 0], [4, 100, 0]],
    ['all zero: no bars', [0, 0, 0], [0, 0, 0]],
    ['negative and non-finite values count as zero', [-3, Number.NaN, Number.POSITIVE_INFINITY, 4], [0, 0, 0, 100]],
    ['no values, no bars', [], []],
  ])('%s', (_case, values, expected) => {
    expect(barHeightPercents(values)).toEqual(expected);
  });

  test('the minimum is configurable', () => {
    expect(barHeightPercents([1, 1000], 10)).toEqual([10, 100]);
  });
});
