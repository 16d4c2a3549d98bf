import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, round, summarizeLatencies } from './stats';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1, unsorted on purpose

  it('picks the value at rank ⌈p·n⌉ of the sorted samples', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7, 3, 5], 50)).toBe(5);
    expect(percentile([7, 3, 5], 34)).toBe(5);
    expect(percentile([7, 3, 5], 33)).toBe(3);
  });

  it('gives the smallest sample for p = 0 and NaN for no samples', () => {
    expect(percentile([4, 2, 9], 0)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rejects a percentile outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('median', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides by the baseline', () => {
    expect(ratio(800, 1000)).toBe(0.8);
  });

  it('has no ratio against a zero or missing baseline', () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(5, Number.NaN)).toBeNull();
    expect(ratio(Number.POSITIVE_INFINITY, 3)).toBeNull();
  });
});

describe('summarizeLatencies', () => {
  it('reports count, percentiles and maximum of the samples', () => {
    const samples = [12, 1, 3, 2, 40, 5, 4, 6, 7, 8];
    expect(summarizeLatencies(samples)).toEqual({ count: 10, medianMs: 5.5, p50Ms: 5, p95Ms: 40, p99Ms: 40, maxMs: 40 });
  });
});

describe('round', () => {
  it('keeps the given number of decimals', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(0.1 + 0.2, 2)).toBe(0.3);
  });
});
