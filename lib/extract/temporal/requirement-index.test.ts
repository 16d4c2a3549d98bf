import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildRequirementIndex, ruleMayMatch, satisfiedLists } from './requirement-index';

/** Whether a rule with these lists may match `text`, asked the slow way. */
function byIncludes(lists: readonly (readonly string[])[] | null, text: string): boolean {
  return (lists ?? []).every((list) => list.some((literal) => text.includes(literal)));
}

describe('rules that may match a text', () => {
  test.each<[string, (string[][] | null)[], string, boolean[]]>([
    ['a longer string hides no shorter one at the same start', [[['март']], [['марта']]], 'в марта', [true, true]],
    ['a string inside another one', [[['айының']], [['ының']], [['ай']]], 'мамыр айының', [true, true, true]],
    ['overlapping strings at neighbouring starts', [[['абв']], [['бвг']]], 'абвг', [true, true]],
    ['every list of a rule is needed', [[['мамыр', 'сәуір'], ['басы', 'ортасы']]], 'мамырда', [false]],
    ['short strings are looked up directly', [[['до'], ['года']], [['1']]], 'до 1 мая', [false, true]],
    ['a rule that requires nothing', [null], 'text', [true]],
    ['lists shared by rules', [[['наурыз']], [['наурыз'], ['2026']]], 'наурызда', [true, false]],
  ])('%s', (_name, requirements, text, expected) => {
    const index = buildRequirementIndex(requirements);
    const satisfied = satisfiedLists(index, text);
    expect(requirements.map((_lists, rule) => ruleMayMatch(index, satisfied, rule))).toEqual(expected);
  });

  test('agrees with includes() on any strings and text', () => {
    const letter = fc.constantFrom('а', 'б', 'в', 'г', ' ', '1');
    const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((letters) => letters.join(''));
    const rule = fc.option(fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 6 }), fc.array(letter, { maxLength: 40 }), (requirements, letters) => {
        const text = letters.join('');
        const index = buildRequirementIndex(requirements);
        const satisfied = satisfiedLists(index, text);
        expect(requirements.map((_lists, at) => ruleMayMatch(index, satisfied, at))).toEqual(
          requirements.map((lists) => byIncludes(lists, text)),
        );
      }),
    );
  });
});
