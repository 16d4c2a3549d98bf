import { describe, expect, test } from 'vitest';
import { articleTerms, lookupPrefix, queryWords, sharesLemma } from './search-terms';

describe('search terms', () => {
  test('an article contributes each word form once, normalised', () => {
    expect(articleTerms('Алматыда, алматыда және Алматыға! Ё-моё')).toEqual(['алматыда', 'және', 'алматыға', 'е-мое']);
  });

  test('query words are normalised and deduplicated', () => {
    expect(queryWords('  Шанхай  шанхай "Almaty" a ')).toEqual(['шанхай', 'almaty']);
  });

  test.each([
    ['шаңхайда', 'шаңхай'],
    ['шаңхайдағы', 'шаңхай'],
    ['шанхае', 'шанхай'],
    ['шанхаем', 'шанхай'],
    ['астаны', 'астана'],
    ['токаевым', 'токаев'],
    ['tokayev’s', 'tokayev'],
    ['consulates', 'consulate'],
  ])('the form «%s» matches the query word «%s»', (form, word) => {
    expect(form.startsWith(lookupPrefix(word))).toBe(true);
    expect(sharesLemma(form, word)).toBe(true);
  });

  test.each([
    ['шанхайский', 'шанхай'],
    ['астрахань', 'астана'],
    ['алматинский', 'алматы'],
  ])('the form «%s» does not match «%s»', (form, word) => {
    expect(sharesLemma(form, word)).toBe(false);
  });
});

test('two different words whose lemma guesses overlap do not match', () => {
  expect(sharesLemma('мэром', 'мэрия')).toBe(false);
});
