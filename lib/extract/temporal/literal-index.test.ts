import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildLiteralIndex, presentLiterals } from './literal-index';

describe('presentLiterals', () => {
  test.each<[string, string[], string, string[]]>([
    ['a longer string hides no shorter one at the same start', ['март', 'марта'], 'в марта', ['март', 'марта']],
    ['a string inside another one', ['ай', 'айының', 'ының'], 'мамыр айының', ['ай', 'айының', 'ының']],
    ['overlapping strings at neighbouring starts', ['абв', 'бвг'], 'абвг', ['абв', 'бвг']],
    ['short strings are looked up directly', ['до', '1', 'года'], 'до 1 мая', ['1', 'до']],
    ['nothing present', ['наурыз'], 'сәуірде', []],
    ['no strings at all', [], 'text', []],
  ])('%s', (_name, literals, text, expected) => {
    expect([...presentLiterals(buildLiteralIndex(literals), text)].sort()).toEqual([...expected].sort());
  });

  test('finds exactly the strings that `includes` finds', () => {
    const letter = fc.constantFrom('а', 'б', 'в', 'г', ' ', '1');
    const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(letter, { maxLength: 40 }), (literals, letters) => {
        const text = letters.join('');
        const expected = [...new Set(literals)].filter((literal) => text.includes(literal)).sort();
        expect([...presentLiterals(buildLiteralIndex(literals), text)].sort()).toEqual(expected);
      }),
    );
  });
});
