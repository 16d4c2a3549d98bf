import { describe, expect, test } from 'vitest';
import { lemmasOfForm, MAX_INDEXED_WORDS, searchDocumentOf } from './search-document';

describe('what the index holds of an article', () => {
  test('one normalised form per word, in order, title and body apart', () => {
    const document = searchDocumentOf('Алматыда жиын өтті', 'Шаңхай мен Алматының бауырлас қалалары, Ё-моё!', 'kk');
    expect(document.title).toBe('алматыда жиын өтті');
    expect(document.body).toBe('шаңхай мен алматының бауырлас қалалары е-мое');
  });

  test('the lemmas of each word, besides the word, in its article’s language', () => {
    const document = searchDocumentOf(null, 'Алматыдан Шаңхайға ұшты', 'kk');
    expect(document.bodyLemmas.split(' ')).toEqual(expect.arrayContaining(['алматы', 'шаңхай']));
    expect(document.bodyLemmas.split(' ')).not.toContain('алматыдан');
    expect(searchDocumentOf(null, 'Рейсы в Шанхае', 'ru').bodyLemmas.split(' ')).toEqual(expect.arrayContaining(['рейс', 'шанхай']));
    expect(searchDocumentOf(null, 'sister cities', 'en').bodyLemmas.split(' ')).toContain('city');
  });

  test.each([
    // Latin words of a Kazakh article are English; Kazakh letters are Kazakh in any article
    ['kk', 'Partners’ meeting', 'partner'],
    ['en', 'a visit to Шымкентке', 'шымкент'],
    ['ru', 'визит в Алматыға', 'алматы'],
  ] as const)('%s article: %s gives %s', (language, body, lemma) => {
    expect(searchDocumentOf(null, body, language).bodyLemmas.split(' ')).toContain(lemma);
  });

  test('a hyphenated word gives its parts and their lemmas', () => {
    expect(lemmasOfForm('алматы-шанхай', 'ru')).toEqual(expect.arrayContaining(['алматы', 'шанхай']));
    expect(lemmasOfForm('алматы-шаңхайға', 'kk')).toEqual(expect.arrayContaining(['алматы', 'шаңхай']));
    expect(lemmasOfForm('ҚХР-дың'.toLowerCase(), 'kk')).toContain('қхр');
  });

  test('the lexicon lists each form under itself and each of its lemmas, once', () => {
    const { lexicon } = searchDocumentOf('Алматыда', 'Алматыда және Алматыдан', 'kk');
    expect(lexicon).toEqual(
      expect.arrayContaining([
        ['алматыда', 'алматыда'],
        ['алматы', 'алматыда'],
        ['алматыдан', 'алматыдан'],
        ['алматы', 'алматыдан'],
      ]),
    );
    expect(new Set(lexicon.map((pair) => pair.join('|'))).size).toBe(lexicon.length);
  });

  test('every token is one the index’s tokenizer keeps whole', () => {
    const document = searchDocumentOf('«Xi’s» визит — 2026-да', 'Ұлан-Батор, ҚХР-дың; e\u0301lan 5G «Бауырлас» Nur‑Sultan’s', 'kk');
    for (const field of [document.title, document.body, document.titleLemmas, document.bodyLemmas]) {
      for (const token of field.split(' ').filter(Boolean)) expect(token).toMatch(/^[\p{L}\p{M}\p{N}'-]+$/u);
    }
  });

  test('a hostile run of words stops at the cap', () => {
    const document = searchDocumentOf(null, 'сөз '.repeat(MAX_INDEXED_WORDS + 10), 'kk');
    expect(document.body.split(' ')).toHaveLength(MAX_INDEXED_WORDS);
  });
});
