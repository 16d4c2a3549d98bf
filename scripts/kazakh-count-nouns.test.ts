import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPluralNounsAfterCounts, pluralBranches, pluralWordsInCounts } from './kazakh-count-nouns';

describe('pluralBranches', () => {
  it('reads the branches of a plural argument, leaving out exact-number ones', () => {
    expect(pluralBranches('{count, plural, =0 {Мақала жоқ} one {# мақала} other {# мақала}}')).toEqual(['# мақала', '# мақала']);
  });

  it('reads nested placeholders inside a branch and several arguments in one message', () => {
    expect(pluralBranches('{a, plural, one {# мақалада} other {# мақалада}} {b, plural, other {«{q}» # рет}}')).toEqual([
      '# мақалада',
      '# мақалада',
      '«{q}» # рет',
    ]);
  });
});

describe('pluralWordsInCounts', () => {
  it.each([
    ['{count, plural, other {# қалалар байланысы}}', ['қалалар']],
    ['{count, plural, other {# мақалалардың}}', ['мақалалардың']],
    ['{count, plural, other {# елдер}}', ['елдер']],
    ['{count, plural, other {# әуе рейстері}}', ['рейстері']],
    ['{count, plural, other {# адамдармен}}', ['адамдармен']],
  ])('finds the plural noun in %s', (message, words) => {
    expect(pluralWordsInCounts(message)).toEqual(words);
  });

  it.each([
    '{count, plural, other {# қала байланысы}}',
    '{count, plural, other {# хабар}}', // -бар is not the plural suffix
    '{count, plural, other {# сапар}}',
    '{count, plural, other {# қатар}}', // a singular word that ends like a plural
    '{count, plural, =0 {Байланыстар жоқ} other {# байланыс}}', // an exact-number branch shows no number
    'Барлық байланыстар', // not a count message
  ])('accepts %s', (message) => {
    expect(pluralWordsInCounts(message)).toEqual([]);
  });
});

describe('the Kazakh catalogue', () => {
  it('has a singular noun after every number', () => {
    const catalogue = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'messages', 'kk.json'), 'utf8'));
    expect(findPluralNounsAfterCounts(catalogue)).toEqual([]);
  });

  it('reports a count message with a plural noun by its key', () => {
    expect(findPluralNounsAfterCounts({ Dashboard: { figureRelations: '{count, plural, other {қалалар байланысы}}' } })).toEqual([
      'Dashboard.figureRelations: a noun after a number stays singular in Kazakh (қалалар)',
    ]);
  });
});
