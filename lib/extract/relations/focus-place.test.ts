import { describe, expect, test } from 'vitest';
import { testMentions, type MentionSpec } from '@/lib/testing/build-test-analysis';
import { findFocusPlace } from './focus-place';

describe('findFocusPlace', () => {
  test.each<[string, string, MentionSpec[], string | null]>([
    [
      'the most-mentioned city',
      'Астана. Шаңхай. Шаңхайда. Алматы.',
      [['Астана', 'astana', 'CITY'], ['Шаңхай', 'shanghai', 'CITY'], ['Шаңхайда', 'shanghai', 'CITY'], ['Алматы', 'almaty', 'CITY']],
      'shanghai',
    ],
    ['the earliest on a tie', 'Urumqi. Aktau.', [['Urumqi', 'urumqi', 'CITY'], ['Aktau', 'aktau', 'CITY']], 'urumqi'],
    [
      'countries are not places',
      'Kazakhstan. Kazakhstan. Almaty.',
      [['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['Almaty', 'almaty', 'CITY']],
      'almaty',
    ],
    ['none without places', 'Tokayev.', [['Tokayev', 'tokayev', 'PERSON']], null],
  ])('%s', (_name, body, mentions, expected) => {
    expect(findFocusPlace(testMentions({ language: 'en', body, mentions }))).toBe(expected);
  });
});
