import { describe, expect, test } from 'vitest';
import { literalOpening, PhraseStarts } from './phrase-starts';

describe('literalOpening', () => {
  test.each([
    ["кездес[\\p{L}\\p{M}\\p{N}'-]*", 'кез'],
    ['байланыс(?!ты$)', 'бай'],
    ['conferences?', 'con'],
    ['ab?c', 'a'],
    ['a+', ''],
    ['1-(?:й|я)', '1-'],
    ['(?:was|were)', ''],
    ['visit|tour', ''],
    ['встреч(?:а|и)|сбор', ''],
    ['[аб]ыл', ''],
    ['\\p{L}+ды', ''],
    ['т.', 'т'],
    ['ә', 'ә'],
  ])('%s opens with «%s»', (pattern, opening) => {
    expect(literalOpening(pattern, 3)).toBe(opening);
  });
});

describe('PhraseStarts', () => {
  const starts = new PhraseStarts([{ opening: 'кез' }, { opening: 'жо' }, { opening: 'ә' }, { firstChars: '[вг]' }]);

  test.each([
    ['кездесу', true],
    ['кеше', false],
    ['жол', true],
    ['жоспар', true],
    ['әуе', true],
    ['визит', true],
    ['город', true],
    ['сапар', false],
    ['2026', false],
    // Words shorter than two characters are always looked up.
    ['к', true],
    ['', true],
  ])('%s may start a phrase: %s', (word, expected) => {
    expect(starts.mayStart(word)).toBe(expected);
  });

  test('a pattern with no known start lets every word through', () => {
    expect(new PhraseStarts([{ opening: 'кез' }, null]).mayStart('сапар')).toBe(true);
  });
});
