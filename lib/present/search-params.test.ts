import { describe, expect, test } from 'vitest';
import { pageWindow, parseRelationFilters, parseSearchParams, parseTimelineFilters } from './search-params';

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

describe('pageWindow', () => {
  test.each([
    [{}, 95, 30, { page: 1, pages: 4, offset: 0 }],
    [{ page: '3' }, 95, 30, { page: 3, pages: 4, offset: 60 }],
    [{ page: '9' }, 95, 30, { page: 4, pages: 4, offset: 90 }],
    [{ page: '2' }, 0, 30, { page: 1, pages: 1, offset: 0 }],
    [{ page: '-1' }, 95, 30, { page: 1, pages: 4, offset: 0 }],
  ])('%o over %i items of %i per page', (raw, total, size, expected) => {
    expect(pageWindow(raw, total, size)).toEqual(expected);
  });

  test('reads the parameter it is given', () => {
    expect(pageWindow({ page: '1', events: '2' }, 45, 20, 'events')).toEqual({ page: 2, pages: 3, offset: 20 });
  });
});
