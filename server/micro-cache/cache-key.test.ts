import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key';

describe('cacheKey', () => {
  it('tells addresses and query strings apart', () => {
    expect(cacheKey('/en', undefined)).not.toBe(cacheKey('/ru', undefined));
    expect(cacheKey('/en?page=1', undefined)).not.toBe(cacheKey('/en?page=2', undefined));
  });

  it('tells encodings apart, ignoring spacing and case', () => {
    expect(cacheKey('/en', 'gzip, deflate, br')).not.toBe(cacheKey('/en', undefined));
    expect(cacheKey('/en', 'gzip, deflate, br')).toBe(cacheKey('/en', 'GZIP,deflate,  br'));
    expect(cacheKey('/en', 'gzip')).not.toBe(cacheKey('/en', 'identity'));
  });

  it('cannot be forged by a path that spells another key', () => {
    expect(cacheKey('/en\ngzip', undefined)).not.toBe(cacheKey('/en', 'gzip'));
  });
});
