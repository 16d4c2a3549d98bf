import { describe, expect, test } from 'vitest';
import { segmentBody } from './segment-body';

const body = 'Alpha met Beta in Gamma.\nDelta flew to Gamma.';
const span = (text: string, from = 0) => {
  const start = body.indexOf(text, from);
  return { start, end: start + text.length, key: text };
};

describe('segmentBody', () => {
  test('splits paragraphs at newlines and keeps every character once', () => {
    const paragraphs = segmentBody(body, [span('Beta'), span('Gamma', 25)]);
    expect(paragraphs).toHaveLength(2);
    const rebuilt = paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n');
    expect(rebuilt).toBe(body);
  });

  test('marks mentioned text with its mention', () => {
    const [first] = segmentBody(body, [span('Beta')]);
    expect(first?.segments.map((s) => [s.text, s.mention?.key ?? null])).toEqual([
      ['Alpha met ', null],
      ['Beta', 'Beta'],
      [' in Gamma.', null],
    ]);
  });

  test('skips overlapping and out-of-range spans instead of garbling the text', () => {
    const overlapping = { start: 2, end: 12, key: 'overlap' };
    const outside = { start: 500, end: 510, key: 'outside' };
    const paragraphs = segmentBody(body, [span('Alpha'), overlapping, outside]);
    const keys = paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.mention ? [s.mention.key] : [])));
    expect(keys).toEqual(['Alpha']);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(body);
  });
});
