import { describe, expect, test } from 'vitest';
import { findHits, mergeRanges, type HitPattern } from './find-hits';
import { buildSnippet, leadOf } from './snippet';

const pattern = (lemmas: string[], extra: Partial<HitPattern> = {}): HitPattern => ({ lemmas: new Set(lemmas), prefixes: [], phrases: [], ...extra });
const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('hits in the original text', () => {
  test.each([
    ['kk', 'Делегация Алматыдан Шаңхайға ұшып, Алматының әкімімен кездесті.', ['алматы'], ['Алматыдан', 'Алматының']],
    ['ru', 'Рейсы из Шанхая в Алматы: в Шанхае обсудили рейс.', ['шанхай'], ['Шанхая', 'Шанхае']],
    ['en', 'Sister cities: a sister city agreement.', ['city'], ['cities', 'city']],
    ['kk', 'Шаңхай қаласының әкімі', ['қала'], ['қаласының']],
  ] as const)('%s: %s', (language, text, lemmas, expected) => {
    expect(marked(text, findHits(text, language, pattern([...lemmas])))).toEqual(expected);
  });

  test('prefixes mark the words that start with them', () => {
    const text = 'Алматы мен Алтай';
    expect(marked(text, findHits(text, 'kk', pattern([], { prefixes: ['алм'] })))).toEqual(['Алматы']);
  });

  test('a phrase marks its run of words, in order only', () => {
    const text = 'Шаңхай мен Алматының байланысы; Алматы мен Шаңхай.';
    const phrase = [new Set(['шаңхай']), new Set(['мен']), new Set(['алматы', 'алматының'])];
    expect(marked(text, findHits(text, 'kk', pattern([], { phrases: [phrase] })))).toEqual(['Шаңхай мен Алматының']);
  });

  test('overlapping ranges merge', () => {
    expect(mergeRanges([[5, 9], [0, 3], [2, 6], [10, 12]])).toEqual([[0, 9], [10, 12]]);
  });
});

describe('snippets', () => {
  test('a snippet is cut around the first hit, at spaces, and marks the hits inside', () => {
    const body = `${'word '.repeat(100)}target ${'tail '.repeat(100)}`;
    const start = body.indexOf('target');
    const snippet = buildSnippet(body, [[start, start + 6]], 30)!;
    expect(snippet.clippedStart && snippet.clippedEnd).toBe(true);
    expect(snippet.text.startsWith('word')).toBe(true);
    expect(snippet.text.endsWith('tail')).toBe(true);
    expect(marked(snippet.text, snippet.hits)).toEqual(['target']);
  });

  test('a snippet stays within the paragraph of its hit', () => {
    const body = 'First paragraph here.\nThe hit is here.\nLast one.';
    const start = body.indexOf('hit');
    expect(buildSnippet(body, [[start, start + 3]])?.text).toBe('The hit is here.');
  });

  test('no hit, no snippet; a lead is the start of the first paragraph', () => {
    expect(buildSnippet('text', [])).toBeNull();
    expect(leadOf('Short.')).toEqual({ text: 'Short.', clipped: false });
    expect(leadOf('One.\nTwo.')).toEqual({ text: 'One.', clipped: true });
    const lead = leadOf(`${'word '.repeat(100)}`, 30);
    expect(lead.clipped).toBe(true);
    expect(lead.text.length).toBeLessThanOrEqual(30);
    expect(lead.text.endsWith('word')).toBe(true);
  });
});
