import { describe, expect, test } from 'vitest';
import { tokenize } from '../tokenize';
import { compilePhrases, findAllPhrases, findPhrases, normalizeTokens, type PhraseRow } from './phrase-matcher';

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

describe('findPhrases over many documents', () => {
  test('answers stay the same when the word numbering starts over', () => {
    const text = 'Кездесуде тараптар жол картасы мен әуе байланысын талқылады.';
    const before = matches(text);
    // More distinct words than the numbering keeps: it starts over at some point in this loop.
    for (let batch = 0; batch < 25; batch++) {
      const words = Array.from({ length: 10_000 }, (_, index) => `сөз${batch}x${index}`);
      const body = words.join(' ');
      const tokens = tokenize(body);
      expect(findPhrases(body, tokens, normalizeTokens(tokens), PHRASES)).toEqual([]);
      expect(matches(text)).toEqual(before);
    }
    expect(before).toEqual(['meeting:Кездесуде', 'roadmap:жол картасы', 'air link:әуе байланысын']);
  });

  test('a word no phrase can start with is answered without the patterns, and the same way each time', () => {
    expect(matches('2026 2026 Кездесу 2026')).toEqual(['meeting:Кездесу']);
    expect(matches('2026 2026 Кездесу 2026')).toEqual(['meeting:Кездесу']);
  });
});

describe('findAllPhrases', () => {
  const CUES = compilePhrases<string>([
    { words: ['ашыл*'], value: 'launch' },
    { words: ['ашыл*'], value: 'happening' },
    { words: ['жаңа'], value: 'novelty' },
    { words: ['жаңа', 'рейс*'], value: 'flight' },
    { words: ['at'], value: 'frame', unlessFollowedBy: ['least'] },
  ]);

  function all(text: string): string[] {
    const tokens = tokenize(text);
    return findAllPhrases(text, tokens, normalizeTokens(tokens), CUES).map((match) => `${match.value}:${text.slice(match.start, match.end)}`);
  }

  test.each([
    // A word read for two lists at once, and a phrase overlapping a shorter one: every match counts.
    ['Жаңа рейс ашылды.', ['novelty:Жаңа', 'flight:Жаңа рейс', 'launch:ашылды', 'happening:ашылды']],
    ['at the forum, at least', ['frame:at']],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
