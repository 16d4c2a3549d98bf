import type { EntityType, Language, Mention, Sentence, TemporalExpression } from '../types';
import type { ExtractionContext } from './extraction-context';

/**
 * Builds an extraction context by hand for the event and relation tests: mentions and dates are
 * given as the text they cover, and their offsets found with indexOf (each search starts after
 * the previous entry of its list, so a repeated word is listed once per occurrence, in order).
 * Sentences end after . ! ? followed by whitespace, and at line breaks.
 */
export type MentionSpec = readonly [text: string, key: string, type: EntityType];
export type TemporalSpec = readonly [text: string, value: string];

export interface TestDocument {
  body: string;
  language: Language;
  publishedAt?: string;
  mentions?: readonly MentionSpec[];
  temporals?: readonly TemporalSpec[];
}

export const TEST_PUBLISHED_AT = '2026-02-19';

export function buildTestContext(document: TestDocument): ExtractionContext {
  const { body } = document;
  let cursor = 0;
  const mentions: Mention[] = (document.mentions ?? []).map(([text, key, type]) => {
    const start = locate(body, text, cursor);
    cursor = start + text.length;
    return { text, start, end: start + text.length, entity: { key, type, names: { kk: text, ru: text, en: key }, known: true } };
  });
  cursor = 0;
  const temporals: TemporalExpression[] = (document.temporals ?? []).map(([text, value]) => {
    const start = locate(body, text, cursor);
    cursor = start + text.length;
    return { text, start, end: start + text.length, value };
  });
  return {
    body,
    language: document.language,
    publishedAt: document.publishedAt ?? TEST_PUBLISHED_AT,
    sentences: splitTestSentences(body),
    mentions,
    temporals,
  };
}

function locate(body: string, text: string, from: number): number {
  const after = body.indexOf(text, from);
  const anywhere = after >= 0 ? after : body.indexOf(text);
  if (anywhere < 0) throw new Error(`test text «${text}» is not in the body`);
  return anywhere;
}

function splitTestSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /(?<=[.!?])\s+|\n+/g;
  let start = 0;
  for (const match of body.matchAll(boundary)) {
    push(body, start, match.index, sentences);
    start = match.index + match[0].length;
  }
  push(body, start, body.length, sentences);
  return sentences;
}

function push(body: string, start: number, end: number, sentences: Sentence[]): void {
  if (end > start) sentences.push({ text: body.slice(start, end), start, end });
}
