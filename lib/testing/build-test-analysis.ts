import { analyseText, type DocumentAnalysis } from '@/lib/extract/sentence/analyse-text';
import { tokenize } from '@/lib/extract/tokenize';
import type { EntityType, EvidencePlace, Language, Mention, TemporalExpression } from '@/lib/extract/types';

/**
 * Builds a document analysis by hand for the event and relation tests: mentions and dates are
 * given as the text they cover, and their offsets found with indexOf (each search starts after
 * the previous entry of its list, so a repeated word is listed once per occurrence, in order).
 * Sentences are split as in extraction. A `title` is analysed as the title line, its mentions and
 * dates given in `titleMentions` and `titleTemporals`.
 */
export type MentionSpec = readonly [text: string, key: string, type: EntityType];
export type TemporalSpec = readonly [text: string, value: string];

export interface TestDocument {
  body: string;
  language: Language;
  publishedAt?: string;
  mentions?: readonly MentionSpec[];
  temporals?: readonly TemporalSpec[];
  title?: string;
  titleMentions?: readonly MentionSpec[];
  titleTemporals?: readonly TemporalSpec[];
}

export const TEST_PUBLISHED_AT = '2026-02-19';

export function buildTestAnalysis(document: TestDocument): DocumentAnalysis {
  const texts = [];
  if (document.title !== undefined) {
    texts.push(textOf('title', document.title, document.titleMentions, document.titleTemporals, document.language));
  }
  texts.push(textOf('body', document.body, document.mentions, document.temporals, document.language));
  return { language: document.language, publishedAt: document.publishedAt ?? TEST_PUBLISHED_AT, texts };
}

/** The mentions of a test document (body first), as extraction would list them. */
export function testMentions(document: TestDocument): Mention[] {
  return locateMentions(document.body, document.mentions);
}

function textOf(
  place: EvidencePlace,
  text: string,
  mentionSpecs: readonly MentionSpec[] = [],
  temporalSpecs: readonly TemporalSpec[] = [],
  language: Language,
) {
  const mentions = locateMentions(text, mentionSpecs);
  let cursor = 0;
  const temporals: TemporalExpression[] = temporalSpecs.map(([covered, value]) => {
    const start = locate(text, covered, cursor);
    cursor = start + covered.length;
    return { text: covered, start, end: start + covered.length, value };
  });
  return analyseText({ place, text, tokens: tokenize(text), mentions, temporals }, language);
}

function locateMentions(text: string, specs: readonly MentionSpec[] = []): Mention[] {
  let cursor = 0;
  return specs.map(([covered, key, type]) => {
    const start = locate(text, covered, cursor);
    cursor = start + covered.length;
    return { text: covered, start, end: start + covered.length, entity: { key, type, names: { kk: covered, ru: covered, en: key }, known: true } };
  });
}

function locate(text: string, covered: string, from: number): number {
  const after = text.indexOf(covered, from);
  const anywhere = after >= 0 ? after : text.indexOf(covered);
  if (anywhere < 0) throw new Error(`test text «${covered}» is not in the text`);
  return anywhere;
}
