import { describe, expect, test } from 'vitest';
import { bearerMatches } from './bearer-matches';

const SECRET = 'the-shared-secret-of-this-test-0123456789';

describe('bearerMatches', () => {
  test('accepts exactly "Bearer <secret>"', () => {
    expect(bearerMatches(`Bearer ${SECRET}`, SECRET)).toBe(true);
  });

  test.each([
    ['no header', null],
    ['an empty header', ''],
    ['the secret without the scheme', SECRET],
    ['another scheme', `Basic ${SECRET}`],
    ['a wrong secret of the same length', `Bearer ${SECRET.slice(0, -1)}X`],
    ['a prefix of the secret', `Bearer ${SECRET.slice(0, 10)}`],
    ['the secret with more after it', `Bearer ${SECRET}x`],
    ['an empty bearer', 'Bearer '],
  ])('refuses %s', (_label, header) => {
    expect(bearerMatches(header, SECRET)).toBe(false);
  });
});
