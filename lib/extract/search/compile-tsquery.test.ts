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
      'a phrase: adjacent title or body forms',
      plan({ groups: [[{ kind: 'phrase', parts: [[['air', 'astana']]], entityTokens: [] }]] }),
      "((('air':AB <-> 'astana':AB)))",
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
    expect(compileTsquery(input)).toBe(expected);
  });

  test.each([
    ["an apostrophe is doubled (xi'an)", "xi'an", "'xi''an'"],
    ['operators and quotes typed by a user are dropped', "a'|!&:*(b)", "'a''b'"],
  ])('%s', (_, token, expected) => {
    expect(tsqueryLexeme(token)).toBe(expected);
  });
});
