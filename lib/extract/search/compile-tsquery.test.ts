import { describe, expect, test } from 'vitest';
import type { MatchPlan } from './compile-match';
import { compileTsquery, tsqueryLexeme } from './compile-tsquery';

const plan = (overrides: Partial<MatchPlan>): MatchPlan => ({
  groups: [],
  excluded: [],
  queryEntityTokens: [],
  requiredMeta: [],
  requiredEntities: [],
  ...overrides,
});

describe('compileTsquery', () => {
  test.each<[string, MatchPlan, string]>([
    ['no terms: every article', plan({}), "'_article'"],
    [
      'a Kazakh word with its lemma, or a mention of the entity it names',
      plan({ groups: [[{ kind: 'word', tokens: ['алматыдан', 'алматы'], entityTokens: ['_e7'] }]] }),
      "(('алматыдан' | 'алматы' | '_e7'))",
    ],
    ['a prefix', plan({ groups: [[{ kind: 'prefix', prefix: 'шаңха' }]] }), "('шаңха':*)"],
    [
      'a phrase of two words: their pair, or adjacent title or body forms in an article too long to hold every pair',
      plan({ groups: [[{ kind: 'phrase', parts: [[['air', 'astana']]], entityTokens: [] }]] }),
      "((('air_astana' | '_pairs' & 'air':AB <-> 'astana':AB)))",
    ],
    [
      'a Russian phrase of three words in two forms: each form its own pairs',
      plan({ groups: [[{ kind: 'phrase', parts: [[['алматы', 'и', 'шанхаем'], ['алматы', 'и', 'шанхай']]], entityTokens: [] }]] }),
      "((('алматы':AB <-> 'и':AB <-> 'шанхаем':AB & ('алматы_и' & 'и_шанхаем' | '_pairs')) | ('алматы':AB <-> 'и':AB <-> 'шанхай':AB & ('алматы_и' & 'и_шанхай' | '_pairs'))))",
    ],
    [
      'a quoted single Kazakh word has no pair',
      plan({ groups: [[{ kind: 'phrase', parts: [[['қала']]], entityTokens: [] }]] }),
      "((('қала':AB)))",
    ],
    [
      'two words, a required language and an excluded word',
      plan({
        groups: [
          [{ kind: 'word', tokens: ['рейс'], entityTokens: [] }],
          [{ kind: 'word', tokens: ['сиань'], entityTokens: [] }],
        ],
        requiredMeta: ['_lang_ru'],
        excluded: [{ kind: 'word', tokens: ['груз'], entityTokens: [] }],
      }),
      "(((('рейс')) & (('сиань'))) & '_lang_ru') & !(('груз'))",
    ],
  ])('%s', (_, input, expected) => {
    expect(compileTsquery(input, 'match')).toBe(expected);
  });

  test('to rank, a phrase asks for its words alone', () => {
    const phrase = plan({ groups: [[{ kind: 'phrase', parts: [[['бауырлас', 'қалалар']]], entityTokens: [] }]] });
    expect(compileTsquery(phrase, 'rank')).toBe("((('бауырлас':AB <-> 'қалалар':AB)))");
  });

  test.each([
    ["an apostrophe is doubled (xi'an)", "xi'an", "'xi''an'"],
    ['operators and quotes typed by a user are dropped', "a'|!&:*(b)", "'a''b'"],
  ])('%s', (_, token, expected) => {
    expect(tsqueryLexeme(token)).toBe(expected);
  });
});
