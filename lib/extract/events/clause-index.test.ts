import { describe, expect, test } from 'vitest';
import { ClauseIndex, SpanSet } from './clause-index';

describe('ClauseIndex', () => {
  // "A met B; C opened, D left." with a strong break at the semicolon (8) and a weak one at the comma (17).
  const index = new ClauseIndex({ start: 0, end: 26 }, [
    { at: 8, strong: true },
    { at: 17, strong: false },
  ]);

  test.each([
    [0, 0],
    [7, 0],
    [9, 1],
    [25, 1],
  ])('offset %i lies in clause %i (weak breaks part no clauses)', (offset, clause) => {
    expect(index.clauseOf(offset)).toBe(clause);
  });

  test('each clause spans from after one strong break to the next', () => {
    expect([index.extentOf(0), index.extentOf(1)]).toEqual([
      { start: 0, end: 8 },
      { start: 9, end: 26 },
    ]);
  });

  test('words are dealt to the clause they start in, in order', () => {
    const dealt = index.deal([
      { start: 2, end: 5, word: 'met' },
      { start: 11, end: 17, word: 'opened' },
      { start: 21, end: 25, word: 'left' },
    ]);
    expect(dealt.in(0).map((item) => item.word)).toEqual(['met']);
    expect(dealt.in(1).map((item) => item.word)).toEqual(['opened', 'left']);
    expect(dealt.in(2)).toEqual([]);
    expect(dealt.clauses()).toEqual([0, 1]);
  });
});

describe('SpanSet', () => {
  const spans = new SpanSet([
    { start: 30, end: 40 },
    { start: 0, end: 10 },
    { start: 35, end: 50 },
  ]);

  test.each([
    [{ start: 2, end: 8 }, true],
    [{ start: 0, end: 10 }, true],
    [{ start: 8, end: 12 }, false],
    [{ start: 32, end: 48 }, true],
    [{ start: 20, end: 25 }, false],
    [{ start: 49, end: 52 }, false],
  ])('%o is covered: %s (overlapping spans are merged)', (extent, covered) => {
    expect(spans.covers(extent)).toBe(covered);
  });
});
