import { describe, expect, test } from 'vitest';
import { articleIdOfKey, keyRange, MAX_ARTICLE_ID, searchKey } from './search-key';

describe('index row numbers', () => {
  test('order by publication day, then article id', () => {
    const keys = [searchKey('2025-12-31', 900), searchKey('2026-01-01', 7), searchKey('2026-01-01', 8), searchKey('2026-01-02', 1)];
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });

  test('give the article id back', () => {
    expect(articleIdOfKey(searchKey('2026-02-19', 12_345))).toBe(12_345);
    expect(articleIdOfKey(searchKey('1965-06-01', MAX_ARTICLE_ID))).toBe(MAX_ARTICLE_ID);
  });

  test('a period is the range of its days, both ends included', () => {
    const { low, high } = keyRange('2026-01-01', '2026-01-31');
    expect(searchKey('2026-01-01', 1)).toBeGreaterThanOrEqual(low);
    expect(searchKey('2026-01-31', MAX_ARTICLE_ID)).toBeLessThanOrEqual(high);
    expect(searchKey('2025-12-31', MAX_ARTICLE_ID)).toBeLessThan(low);
    expect(searchKey('2026-02-01', 1)).toBeGreaterThan(high);
    expect(keyRange(undefined, undefined).low).toBe(0);
  });

  test('ids that do not fit are refused', () => {
    expect(() => searchKey('2026-01-01', MAX_ARTICLE_ID + 1)).toThrow();
    expect(() => searchKey('2026-01-01', 0)).toThrow();
  });
});
