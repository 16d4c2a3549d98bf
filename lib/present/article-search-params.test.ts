import { describe, expect, test } from 'vitest';
import { articleSearchQuery, parseArticleSearch } from './article-search-params';

describe('the URL of search and the archive', () => {
  test('reads the query, sort, filters and page', () => {
    expect(
      parseArticleSearch({ q: ' Алматы ', sort: 'oldest', language: 'kk', source: 'seeds', entity: 'almaty', from: '2026-01-01', to: '2026-12-31', page: '3' }),
    ).toEqual({
      state: { query: 'Алматы', sort: 'oldest', language: 'kk', source: 'seeds', entity: 'almaty', from: '2026-01-01', to: '2026-12-31', page: 3 },
      truncated: false,
      invalid: false,
    });
  });

  test.each([
    [{ sort: 'random' }],
    [{ language: 'de' }],
    [{ from: '2026-02-30' }],
    [{ to: 'tomorrow' }],
    [{ entity: 'x'.repeat(500) }],
  ])('a bad value drops its filter and is reported: %j', (raw) => {
    const { state, invalid } = parseArticleSearch(raw);
    expect(invalid).toBe(true);
    expect([state.sort, state.language, state.from, state.to, state.entity]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  test('a period the wrong way round is turned round; repeated values take the first', () => {
    const { state } = parseArticleSearch({ from: '2027-01-01', to: '2026-01-01', language: ['ru', 'kk'] });
    expect([state.from, state.to, state.language]).toEqual(['2026-01-01', '2027-01-01', 'ru']);
  });

  test('a link changes what it says, drops what is empty, and goes back to the first page', () => {
    const { state } = parseArticleSearch({ q: 'Almaty', language: 'en', page: '4' });
    expect(articleSearchQuery(state, { language: undefined })).toEqual({ q: 'Almaty' });
    expect(articleSearchQuery(state, { sort: 'newest' })).toEqual({ q: 'Almaty', language: 'en', sort: 'newest' });
    expect(articleSearchQuery(state, { page: 5 })).toEqual({ q: 'Almaty', language: 'en', page: '5' });
  });
});
