import { describe, expect, test } from 'vitest';
import { parseRelationFilters, parseSearchParams, parseTimelineFilters } from './search-params';

describe('URL filters', () => {
  test('valid relation filters pass through', () => {
    expect(parseRelationFilters({ type: 'FLIGHTS', status: 'planned' })).toEqual({ values: { type: 'FLIGHTS', status: 'planned' }, invalid: false });
  });

  test.each([
    [{ type: 'DROP TABLE' }],
    [{ type: ['NOPE', 'FLIGHTS'] }],
    [{ status: '<script>' }],
  ])('an unknown value is dropped and reported: %j', (raw) => {
    const parsed = parseRelationFilters(raw);
    expect(parsed.invalid).toBe(true);
    expect(parsed.values).toEqual({});
  });

  test('timeline dates must be real calendar days', () => {
    expect(parseTimelineFilters({ from: '2026-02-30', to: '2026-03-31', entity: 'almaty' })).toEqual({
      values: { to: '2026-03-31', entity: 'almaty' },
      invalid: true,
    });
  });

  test.each([
    [{}, { query: '', page: 1, truncated: false }],
    [{ q: ' Шанхай ', page: '2' }, { query: 'Шанхай', page: 2, truncated: false }],
    [{ q: 'x', page: '-5' }, { query: 'x', page: 1, truncated: false }],
    [{ q: 'x', page: '99999999999' }, { query: 'x', page: 1, truncated: false }],
    [{ q: 'x', page: 'abc' }, { query: 'x', page: 1, truncated: false }],
    [{ q: 'a'.repeat(500) }, { query: 'a'.repeat(200), page: 1, truncated: true }],
  ])('search params %j', (raw, expected) => {
    expect(parseSearchParams(raw)).toEqual(expected);
  });
});
