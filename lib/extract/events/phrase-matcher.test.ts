import { describe, expect, test } from 'vitest';
import { tokenize } from '../tokenize';
import { compilePhrases, findPhrases, normalizeTokens, type PhraseRow } from './phrase-matcher';

const ROWS: PhraseRow<string>[] = [
  { words: ['кездес*'], value: 'meeting' },
  { words: ['байланыс(?!ты$)*'], value: 'ties' },
  { words: ['әуе', 'байланыс*'], value: 'air link' },
  { words: ['жол', 'карта*'], value: 'roadmap' },
  { words: ['келісім*'], value: 'agreement', unlessFollowedBy: ['білдір*'] },
  { words: ['conferences?'], value: 'conference', unlessPrecededBy: ['press'] },
  { words: ['встреч(?:а|и|е|у|ей)'], value: 'meeting' },
];
const PHRASES = compilePhrases(ROWS);

function matches(text: string): string[] {
  const tokens = tokenize(text);
  return findPhrases(text, tokens, normalizeTokens(tokens), PHRASES).map((match) => `${match.value}:${text.slice(match.start, match.end)}`);
}

describe('findPhrases', () => {
  test.each([
    ['Кездесуде тараптар кездесті.', ['meeting:Кездесуде', 'meeting:кездесті']],
    ['Әуе байланысы мен іскерлік байланыстар.', ['air link:Әуе байланысы', 'ties:байланыстар']],
    ['Осыған байланысты жол картасы қабылданды.', ['roadmap:жол картасы']],
    ['Жол, картасы', []],
    ['Ол келісімін білдірді, бірақ келісімге қол қойылмады.', ['agreement:келісімге']],
    ['A press conference and a conference.', ['conference:conference']],
    ['Встречи и встречный план', ['meeting:Встречи']],
    // ё is folded to е before matching.
    ['Встрёча', ['meeting:Встрёча']],
  ])('%s', (text, expected) => {
    expect(matches(text)).toEqual(expected);
  });
});
