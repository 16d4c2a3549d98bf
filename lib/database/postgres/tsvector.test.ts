import { describe, expect, test } from 'vitest';
import type { MatchPlan } from '@/lib/extract/search/compile-match';
import { compileTsquery } from '@/lib/extract/search/compile-tsquery';
import { onPostgresServer } from '@/lib/testing/test-database-url';
import type { ArticleSearchEntry } from '../full-text-scope';
import { tsvectorOf } from './tsvector';

// Runs in the postgres test project only: PostgreSQL itself reads the tsvectors we write.

const entry = (title: string, body: string, more: Partial<ArticleSearchEntry> = {}): ArticleSearchEntry => ({
  key: 1,
  articleId: 1,
  title,
  body,
  titleLemmas: '',
  bodyLemmas: '',
  entities: '_e7',
  meta: '_article _en',
  ...more,
});

const phrase = (...words: string[]): string =>
  compileTsquery({ groups: [[{ kind: 'phrase', parts: [[words]], entityTokens: [] }]], excluded: [], queryEntityTokens: [], requiredMeta: [], requiredEntities: [] } satisfies MatchPlan, 'match');

/** Whether PostgreSQL finds the tsquery in the tsvector we wrote, and the lexemes it read. */
function read(vector: string, tsquery: string) {
  return onPostgresServer(async (client) => {
    const { rows } = await client.query<{ hit: boolean; lexemes: string[]; bytes: number }>(
      'SELECT CAST($1 AS tsvector) @@ CAST($2 AS tsquery) AS hit, tsvector_to_array(CAST($1 AS tsvector)) AS lexemes, pg_column_size(CAST($1 AS tsvector)) AS bytes',
      [vector, tsquery],
    );
    return rows[0]!;
  });
}

describe('tsvectorOf', () => {
  const article = entry('almaty urumqi flights', 'the new route links almaty and urumqi');

  test.each([
    ['a phrase of the title', phrase('almaty', 'urumqi'), true],
    ['a phrase of the body', phrase('links', 'almaty', 'and'), true],
    ['the same words apart', phrase('almaty', 'flights'), false],
    ['the title’s last word and the body’s first', phrase('flights', 'the'), false],
  ])('%s', async (_, tsquery, expected) => {
    expect((await read(tsvectorOf(article), tsquery)).hit).toBe(expected);
  });

  test('holds each pair of adjacent title or body forms, none across the two', async () => {
    const { lexemes } = await read(tsvectorOf(article), "'_article'");
    expect(lexemes).toEqual(expect.arrayContaining(['almaty_urumqi', 'urumqi_flights', 'the_new', 'and_urumqi']));
    expect(lexemes).not.toContain('flights_the');
    expect(lexemes).not.toContain('_pairs');
  });

  test('a word PostgreSQL cannot index (over 2,046 bytes) is left out, and the rest is indexed', async () => {
    const long = 'ж'.repeat(1_100);
    const { hit, lexemes } = await read(tsvectorOf(entry('title', `алматы ${long} үрімжі бауырлас қала`)), phrase('бауырлас', 'қала'));
    expect(hit).toBe(true);
    expect(lexemes.some((lexeme) => lexeme.includes(long))).toBe(false);
  });

  test('an article of 100,000 distinct words fits under the 1 MB limit, filters and phrases still work', async () => {
    const words = Array.from({ length: 100_000 }, (_, index) => `сөз${index}`);
    const vector = tsvectorOf(entry('ұзын мәтін', `бауырлас қала ${words.join(' ')}`));
    for (const tsquery of ["'_article' & '_e7' & '_en'", phrase('бауырлас', 'қала'), "'_pairs'"]) {
      const { hit, bytes } = await read(vector, tsquery);
      expect(hit).toBe(true);
      expect(bytes).toBeLessThan(1_048_576);
    }
    expect((await read(vector, phrase('қала', 'бауырлас'))).hit).toBe(false);
  });
});
