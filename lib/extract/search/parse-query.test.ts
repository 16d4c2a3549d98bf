import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isEmptyQuery, parseQuery, QUERY_LIMITS, type ParsedQuery } from './parse-query';

const word = (w: string) => ({ kind: 'word', word: w }) as const;
const prefix = (p: string) => ({ kind: 'prefix', prefix: p }) as const;
const phrase = (...words: string[]) => ({ kind: 'phrase', words }) as const;

describe('the search syntax', () => {
  test.each<[string, ParsedQuery]>([
    // words: each required, normalised (case, ё, apostrophes), repeats once
    ['Алматы Шанхай', { groups: [[word('алматы')], [word('шанхай')]], excluded: [] }],
    ['Алматыдан  алматыдан', { groups: [[word('алматыдан')]], excluded: [] }],
    ['Tokayev’s visit', { groups: [[word("tokayev's")], [word('visit')]], excluded: [] }],
    ['Ёлка', { groups: [[word('елка')]], excluded: [] }],
    // a one-letter word alone is dropped; inside a phrase it stays
    ['в Шанхае', { groups: [[word('шанхае')]], excluded: [] }],
    ['"в Шанхае"', { groups: [[phrase('в', 'шанхае')]], excluded: [] }],
    // phrases; an open quote runs to the end; a one-word phrase is a word
    ['"бауырлас қалалар" Алматы', { groups: [[phrase('бауырлас', 'қалалар')], [word('алматы')]], excluded: [] }],
    ['"sister cities', { groups: [[phrase('sister', 'cities')]], excluded: [] }],
    ['"Almaty"', { groups: [[word('almaty')]], excluded: [] }],
    ['""', { groups: [], excluded: [] }],
    // OR joins its neighbours; AND changes nothing
    ['Almaty OR Алматы flights', { groups: [[word('almaty'), word('алматы')], [word('flights')]], excluded: [] }],
    ['a1 AND b2', { groups: [[word('a1')], [word('b2')]], excluded: [] }],
    ['OR Almaty', { groups: [[word('almaty')]], excluded: [] }],
    ['Almaty OR', { groups: [[word('almaty')]], excluded: [] }],
    // lower-case or is a word
    ['Almaty or Astana', { groups: [[word('almaty')], [word('or')], [word('astana')]], excluded: [] }],
    // exclusion: -word, -"phrase", NOT word; a negated term joins no OR
    ['Almaty -Shanghai', { groups: [[word('almaty')]], excluded: [word('shanghai')] }],
    ['Almaty -"sister city"', { groups: [[word('almaty')]], excluded: [phrase('sister', 'city')] }],
    ['Almaty NOT Shanghai', { groups: [[word('almaty')]], excluded: [word('shanghai')] }],
    ['Astana -Almaty OR Urumqi', { groups: [[word('astana')], [word('urumqi')]], excluded: [word('almaty')] }],
    ['-Almaty', { groups: [], excluded: [word('almaty')] }],
    // a dash alone or inside a word is no exclusion
    ['Алматы - Шанхай', { groups: [[word('алматы')], [word('шанхай')]], excluded: [] }],
    ['Алматы-Шанхай', { groups: [[word('алматы-шанхай')]], excluded: [] }],
    // prefixes from two letters
    ['Алм*', { groups: [[prefix('алм')]], excluded: [] }],
    ['Ал*', { groups: [], excluded: [] }],
    ['a*', { groups: [], excluded: [] }],
    ['*', { groups: [], excluded: [] }],
    ['-Алм*', { groups: [], excluded: [prefix('алм')] }],
    // FTS5 syntax is text: its words are searched for, its punctuation dropped
    ['NEAR(Almaty Urumqi, 3)', { groups: [[word('near')], [word('almaty')], [word('urumqi')]], excluded: [] }],
    ['title:Almaty', { groups: [[word('title')], [word('almaty')]], excluded: [] }],
    ['^Almaty', { groups: [[word('almaty')]], excluded: [] }],
    ['{title body}: x', { groups: [[word('title')], [word('body')]], excluded: [] }],
    ['(((((', { groups: [], excluded: [] }],
    ["'; DROP TABLE Article; --", { groups: [[word('drop')], [word('table')], [word('article')]], excluded: [] }],
  ])('%s', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  test('an empty query is the archive', () => {
    expect(isEmptyQuery(parseQuery('  '))).toBe(true);
    expect(isEmptyQuery(parseQuery('-Almaty'))).toBe(false);
  });

  test('limits: groups, alternatives, exclusions, phrase length', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}x`).join(' ');
    expect(parseQuery(many).groups).toHaveLength(QUERY_LIMITS.groups);
    const ors = Array.from({ length: 10 }, (_, i) => `w${i}x`).join(' OR ');
    expect(parseQuery(ors).groups[0]).toHaveLength(QUERY_LIMITS.alternatives);
    const nots = Array.from({ length: 10 }, (_, i) => `-w${i}x`).join(' ');
    expect(parseQuery(nots).excluded).toHaveLength(QUERY_LIMITS.excluded);
    const long = `"${Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')}"`;
    expect((parseQuery(long).groups[0]![0] as { words: string[] }).words).toHaveLength(QUERY_LIMITS.phraseWords);
  });
});

describe('parsing any text', () => {
  const syntax = fc.constantFrom('"', '-', '*', ' ', 'OR', 'AND', 'NOT', '(', ')', ':', '^', '{', '}', 'NEAR', '\u0000', '\u202e', 'ё', 'Алматы', 'қ');
  const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.array(syntax, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 40 }));

  test('never throws, and yields only normalised words within the limits', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { groups, excluded } = parseQuery(input);
        expect(groups.length).toBeLessThanOrEqual(QUERY_LIMITS.groups);
        expect(excluded.length).toBeLessThanOrEqual(QUERY_LIMITS.excluded);
        for (const term of [...groups.flat(), ...excluded]) {
          const words = term.kind === 'word' ? [term.word] : term.kind === 'prefix' ? [term.prefix] : term.words;
          for (const w of words) expect(w).toMatch(/^[\p{L}\p{M}\p{N}'-]+$/u);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
